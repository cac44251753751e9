import { z } from 'zod';
import { userText } from '@/lib/validation/text';
import { communeBelongsTo, isDistrictCode } from '@/lib/geo/districts';
import { CHECKPOINT_APPS, CHECKPOINT_KINDS, CHECKPOINT_STATUSES } from './labels';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
// userText() also puts text in NFC, so text typed on any keyboard (some send decomposed marks)
// prints and matches alike.
const optionalText = (max: number, label: string, options: { multiline?: boolean } = {}) =>
  z.preprocess(blankToUndefined, userText(options).trim().max(max, `${label} quá dài (tối đa ${max} ký tự).`).optional());

// People type "15,3956" as often as "15.3956" (Vietnamese Excel uses the comma).
const coordinate = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => {
      const value = blankToUndefined(v);
      return typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value;
    },
    z.number({ message }).min(min, message).max(max, message).optional(),
  );

const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

export const checkpointFields = {
  kind: z.enum(CHECKPOINT_KINDS, { message: 'Chọn loại: chốt kiểm soát hoặc tổ tuần tra.' }),
  name: userText({ error: 'Nhập tên chốt.' }).trim().min(3, 'Nhập tên chốt (ít nhất 3 ký tự).').max(150, 'Tên chốt quá dài (tối đa 150 ký tự).'),
  districtCode: z.string({ message: 'Chọn huyện, thị xã, thành phố.' }).refine(isDistrictCode, 'Chọn huyện, thị xã, thành phố.'),
  communeCode: z.preprocess(blankToUndefined, z.string().optional()),
  address: optionalText(300, 'Địa chỉ'),
  // Quảng Ngãi, Lý Sơn included, lies within these bounds.
  latitude: coordinate(14.3, 15.7, 'Vĩ độ phải là số trong phạm vi tỉnh Quảng Ngãi (14,3 đến 15,7).'),
  longitude: coordinate(108.0, 109.4, 'Kinh độ phải là số trong phạm vi tỉnh Quảng Ngãi (108,0 đến 109,4).'),
  responsibleUnit: optionalText(200, 'Đơn vị phụ trách'),
  phone: optionalText(20, 'Số điện thoại').refine((v) => !v || /^[0-9+][0-9 .]{7,19}$/.test(v), 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–15 số).'),
  smartphoneCount: z.preprocess(
    (v) => (blankToUndefined(v) === undefined ? 0 : Number(v)),
    z.number({ message: 'Số điện thoại thông minh phải là số nguyên từ 0 đến 50.' }).int('Số điện thoại thông minh phải là số nguyên từ 0 đến 50.').min(0, 'Số điện thoại thông minh phải là số nguyên từ 0 đến 50.').max(50, 'Số điện thoại thông minh phải là số nguyên từ 0 đến 50.'),
  ),
  hasMobileData: flag,
  installedApps: z.array(z.enum(CHECKPOINT_APPS, { message: 'Ứng dụng không có trong danh sách.' })).default([]),
  shiftNotes: optionalText(1000, 'Ghi chú ca trực', { multiline: true }),
};

type Shape = { districtCode: string; communeCode?: string; latitude?: number; longitude?: number };

const communeInDistrict = (v: Shape) => !v.communeCode || communeBelongsTo(v.communeCode, v.districtCode);
const communeMessage = { message: 'Xã, phường không thuộc huyện đã chọn.', path: ['communeCode'] };
const bothCoordinates = (v: Shape) => (v.latitude === undefined) === (v.longitude === undefined);
const coordinatesMessage = { message: 'Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.', path: ['longitude'] };

export const createCheckpointSchema = z
  .object(checkpointFields)
  .refine(communeInDistrict, communeMessage)
  .refine(bothCoordinates, coordinatesMessage);

export const updateCheckpointSchema = z
  .object({ id: z.uuid('Chốt không hợp lệ.'), ...checkpointFields })
  .refine(communeInDistrict, communeMessage)
  .refine(bothCoordinates, coordinatesMessage);

export const checkpointStatusSchema = z.object({
  id: z.uuid('Chốt không hợp lệ.'),
  status: z.enum(CHECKPOINT_STATUSES, { message: 'Trạng thái không hợp lệ.' }),
});

export type CheckpointInput = z.infer<typeof createCheckpointSchema>;
export type UpdateCheckpointInput = z.infer<typeof updateCheckpointSchema>;
