import { z } from 'zod';
import { optionalUserText, userText } from '@/lib/validation/text';
import { AUDIENCES, LANGUAGES, MATERIAL_KINDS, TOPICS } from './catalog';

const optionalText = (max: number, message: string) => optionalUserText(max, message);

/** `datetime-local` input (yyyy-MM-ddTHH:mm) read as Asia/Ho_Chi_Minh time (UTC+7, no DST). */
export const localDateTime = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(v);
    const date = match ? new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}+07:00`) : null;
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'Thời điểm đăng không hợp lệ (ngày/tháng/năm giờ:phút).' });
      return z.NEVER;
    }
    return date;
  });

/** An empty file input sends a nameless, empty File: that means "no new file". */
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 && !v.name ? undefined : v),
  z.instanceof(File, { message: 'Tệp không hợp lệ.' }).optional(),
);

const materialFields = {
  kind: z.enum(MATERIAL_KINDS, { message: 'Chọn loại tài liệu.' }),
  title: userText().trim().min(3, 'Nhập tiêu đề (ít nhất 3 ký tự).').max(300, 'Tiêu đề quá dài (tối đa 300 ký tự).'),
  summary: userText({ multiline: true }).trim().min(10, 'Nhập trích yếu hoặc tóm tắt (ít nhất 10 ký tự).').max(2000, 'Trích yếu quá dài (tối đa 2.000 ký tự).'),
  body: optionalUserText(20_000, 'Nội dung quá dài (tối đa 20.000 ký tự).', { multiline: true }),
  documentNumber: optionalText(60, 'Số hiệu quá dài.').refine(
    (v) => !v || /^[\p{L}\p{N}][\p{L}\p{N}/.\-_ ]*$/u.test(v),
    'Số hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 1088/STTT).',
  ),
  issuedOn: optionalText(10, 'Ngày ban hành không hợp lệ.').refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Ngày ban hành không hợp lệ.'),
  issuer: optionalText(200, 'Tên cơ quan ban hành quá dài.'),
  language: z.enum(LANGUAGES, { message: 'Chọn ngôn ngữ.' }).default('vi'),
  audiences: z.array(z.enum(AUDIENCES, { message: 'Đối tượng không hợp lệ.' })).default([]),
  topics: z.array(z.enum(TOPICS, { message: 'Chủ đề không hợp lệ.' })).default([]),
  status: z.enum(['draft', 'published', 'archived'], { message: 'Chọn trạng thái.' }),
  publishAt: localDateTime,
  videoUrl: optionalText(500, 'Địa chỉ video quá dài.').refine(
    (v) => !v || /^https:\/\/[^\s]+$/.test(v),
    'Địa chỉ video phải bắt đầu bằng https://',
  ),
  caption: optionalText(500, 'Chú thích quá dài (tối đa 500 ký tự).'),
  credit: optionalText(200, 'Nguồn ảnh quá dài (tối đa 200 ký tự).'),
  file: optionalFile,
};

type Fields = { kind: string; documentNumber?: string; issuedOn?: string; issuer?: string; videoUrl?: string };

function kindRules(v: Fields, ctx: z.RefinementCtx) {
  if (v.kind === 'official_letter') {
    if (!v.issuedOn) ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'Văn bản cần ngày ban hành.' });
    if (!v.issuer) ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'Văn bản cần cơ quan ban hành.' });
  }
}

export const createMaterialSchema = z.object(materialFields).superRefine(kindRules);
export const updateMaterialSchema = z.object({ id: z.uuid('Tài liệu không hợp lệ.'), ...materialFields }).superRefine(kindRules);

export type CreateMaterialInput = z.infer<typeof createMaterialSchema>;
export type UpdateMaterialInput = z.infer<typeof updateMaterialSchema>;

export const materialIdSchema = z.object({ id: z.uuid('Tài liệu không hợp lệ.') });
