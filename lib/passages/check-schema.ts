import { z } from 'zod';
import { isCalendarDate, localDateOf } from '@/lib/verification/local-date';
import { userText } from '@/lib/validation/text';
import { normalizeIdNumber, normalizePhone } from './phone';

// The shape of one check as devices send it (contracts.md). Pure, so the console and the
// check-in page can validate with the same schema before queueing.

export const PASSAGE_METHODS = ['direct', 'officer_scan', 'citizen_scan'] as const;
export const PASSAGE_SOURCES = ['bluezone', 'pc_covid', 'health_book', 'paper', 'vaccine_passport', 'none'] as const;
export const OFFICER_METHODS = ['direct', 'officer_scan'] as const;

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const numberish = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : blankToUndefined(v));

const optionalNormalized = (normalize: (raw: string) => string | null, message: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: message }).max(40, message).optional().transform((value, ctx) => {
      if (value === undefined || !value.trim()) return undefined;
      const normalized = normalize(value);
      if (!normalized) ctx.addIssue({ code: 'custom', message });
      return normalized ?? undefined;
    }),
  );

const citizenSchema = z.object({
  name: z.preprocess(blankToUndefined, userText({ error: 'Họ và tên không hợp lệ.' }).trim().max(100, 'Họ và tên quá dài (tối đa 100 ký tự).').optional()),
  birthYear: z.preprocess(
    numberish,
    z.number({ message: 'Năm sinh phải là số.' }).int('Năm sinh phải là số nguyên.')
      .min(1900, 'Năm sinh không hợp lệ.')
      .refine((y) => y <= new Date().getFullYear(), 'Năm sinh không được sau năm nay.')
      .optional(),
  ),
  phone: optionalNormalized(normalizePhone, 'Số điện thoại không hợp lệ (ví dụ 0905 123 456).'),
  idNumber: optionalNormalized(normalizeIdNumber, 'Số CCCD/CMND gồm 12 hoặc 9 chữ số.'),
}, { error: 'Thông tin người được kiểm tra không hợp lệ.' });

export const checkInputSchema = z
  .object({
    idempotencyKey: z.string({ error: 'Thiếu mã lượt kiểm tra.' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'Mã lượt kiểm tra không hợp lệ.'),
    method: z.enum(PASSAGE_METHODS, { message: 'Cách kiểm tra không hợp lệ.' }),
    checkpointId: z.preprocess(blankToUndefined, z.uuid('Chốt không hợp lệ.').optional()),
    posterToken: z.preprocess(blankToUndefined, z.string({ error: 'Mã áp phích không hợp lệ.' }).max(200, 'Mã áp phích không hợp lệ.').optional()),
    source: z.enum(PASSAGE_SOURCES, { message: 'Chọn nguồn chứng nhận.' }),
    vaccine: z.preprocess(blankToUndefined, z.string({ error: 'Mã vắc-xin không hợp lệ.' }).regex(/^[A-Za-z0-9/._ -]{1,64}$/, 'Mã vắc-xin không hợp lệ.').optional()),
    doses: z.preprocess(numberish, z.number({ message: 'Số mũi phải là số.' }).int('Số mũi phải là số nguyên.').min(0, 'Số mũi không hợp lệ.').max(9, 'Số mũi không hợp lệ.').optional()),
    lastDoseOn: z.preprocess(blankToUndefined, z.string({ error: 'Ngày tiêm mũi cuối không hợp lệ.' }).refine(isCalendarDate, 'Ngày tiêm mũi cuối không hợp lệ.').optional()),
    hc1: z.preprocess(blankToUndefined, z.string({ error: 'Mã chứng nhận không hợp lệ.' }).max(8000, 'Mã chứng nhận quá dài.').startsWith('HC1:', 'Mã chứng nhận phải bắt đầu bằng HC1:').optional()),
    checkedAt: z.iso.datetime({ offset: true, message: 'Thời điểm kiểm tra không hợp lệ.' }),
    deviceId: z.preprocess(blankToUndefined, z.string({ error: 'Mã thiết bị không hợp lệ.' }).regex(/^[A-Za-z0-9_-]{8,64}$/, 'Mã thiết bị không hợp lệ.').optional()),
    citizen: z.preprocess(blankToUndefined, citizenSchema.optional()),
    provisionalResult: z.unknown().optional(),
  }, { error: 'Mỗi lượt kiểm tra phải là một đối tượng JSON.' })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.method === 'citizen_scan') {
      if (!c.posterToken) issue('posterToken', 'Thiếu mã áp phích của chốt.');
      if (!c.citizen?.phone) issue('citizen.phone', 'Nhập số điện thoại.');
    } else if (!c.checkpointId) issue('checkpointId', 'Chọn chốt kiểm soát.');
    if (c.method === 'officer_scan' && !c.hc1) issue('hc1', 'Thiếu mã QR chứng nhận đã quét.');
    if (c.method === 'direct' && c.hc1) issue('hc1', 'Kiểm tra trực tiếp không kèm mã chứng nhận.');
    if (!c.hc1 && c.source !== 'none' && c.doses === undefined) issue('doses', 'Chọn số mũi đã tiêm.');
    if (!c.hc1 && (c.doses ?? 0) > 0 && !c.lastDoseOn) issue('lastDoseOn', 'Nhập ngày tiêm mũi cuối.');
    // Zod still runs this when a field above failed: compare with the check's day only when
    // checkedAt is a real instant, or a bad date would throw instead of being refused.
    if (c.lastDoseOn && !Number.isNaN(Date.parse(c.checkedAt))) {
      if (c.lastDoseOn < '2020-01-01') issue('lastDoseOn', 'Ngày tiêm mũi cuối không hợp lệ.');
      else if (c.lastDoseOn > localDateOf(c.checkedAt)) issue('lastDoseOn', 'Ngày tiêm mũi cuối không thể sau ngày kiểm tra.');
    }
  });

export type CheckInput = z.input<typeof checkInputSchema>;
export type ParsedCheck = z.output<typeof checkInputSchema>;
