import { z } from 'zod';

const MAX_FILE = 10 * 1024 * 1024;

/** File inputs send one empty, nameless File when nothing was chosen. */
const files = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((f) => !(f instanceof File && f.size === 0 && !f.name)),
  z.array(z.instanceof(File, { message: 'Tệp không hợp lệ.' }).refine((f) => f.size <= MAX_FILE, 'Mỗi tệp tối đa 10 MB.')).max(50, 'Tối đa 50 tệp mỗi lần.'),
);

export const importTrustSchema = z
  .object({
    files,
    pasted: z.string().max(MAX_FILE, 'Nội dung dán vào quá dài.').optional().default(''),
  })
  .refine((v) => v.files.length > 0 || v.pasted.trim() !== '', { message: 'Chọn tệp chứng thư hoặc dán nội dung PEM/JSON.', path: ['files'] });

export const toggleSignerSchema = z.object({
  id: z.uuid('Chứng thư không hợp lệ.'),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

/** The official source: its address, the key that signs its list (or "unsigned", ticked), how often. */
export const trustSourceSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Nhập địa chỉ của danh sách.')
    .max(2000, 'Địa chỉ quá dài.')
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'Địa chỉ phải bắt đầu bằng https:// (hoặc http://).'),
  publicKeyPem: z.string().max(10_000, 'Khoá công khai quá dài.').optional().default(''),
  unsigned: z.array(z.literal('yes')).optional().default([]).transform((v) => v.includes('yes')),
  intervalHours: z.coerce
    .number({ message: 'Nhập số giờ.' })
    .int('Nhập số giờ nguyên.')
    .min(1, 'Ít nhất 1 giờ.')
    .max(168, 'Nhiều nhất 168 giờ (7 ngày).'),
});

export const syncNowSchema = z.object({});
