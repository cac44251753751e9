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
