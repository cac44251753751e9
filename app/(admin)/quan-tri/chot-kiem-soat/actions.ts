'use server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { checkpointStatusSchema, createCheckpointSchema, updateCheckpointSchema } from '@/lib/checkpoints/schema';
import { createCheckpoint, setCheckpointStatus, updateCheckpoint } from '@/lib/checkpoints/manage';
import { importCheckpointsCsv } from '@/lib/checkpoints/csv/import';
import { rotatePoster } from '@/lib/posters/rotate';
import { issueMissingPosters } from '@/lib/posters/issue-missing';
import { formatManualCode } from '@/lib/posters/manual-code';

const LIST = '/quan-tri/chot-kiem-soat';

export const createCheckpointAction = defineAction(createCheckpointSchema, async (actor, input) => {
  const { id } = await createCheckpoint(actor, input);
  return { revalidate: [LIST], redirectTo: `${LIST}/${id}?created=1` };
});

export const updateCheckpointAction = defineAction(updateCheckpointSchema, async (actor, input) => {
  await updateCheckpoint(actor, input);
  return { revalidate: [LIST, `${LIST}/${input.id}`], redirectTo: `${LIST}/${input.id}?saved=1` };
});

const STATUS_MESSAGES = {
  active: 'Chốt đã hoạt động trở lại.',
  paused: 'Đã tạm dừng chốt: trang khai báo của chốt báo không nhận khai báo.',
  closed: 'Đã đóng chốt: trang khai báo của chốt báo chốt đã đóng.',
};

// Pausing or closing turns citizens away from then on: the confirmation dialog must have been seen.
const confirmedStatusSchema = checkpointStatusSchema
  .extend({ confirmed: z.string().optional() })
  .refine((v) => v.status === 'active' || v.confirmed === 'yes', { message: 'Xác nhận trước khi tạm dừng hoặc đóng chốt.', path: ['confirmed'] });

export const setCheckpointStatusAction = defineAction(confirmedStatusSchema, async (actor, { id, status }) => {
  await setCheckpointStatus(actor, id, status);
  return { message: STATUS_MESSAGES[status], revalidate: [LIST, `${LIST}/${id}`] };
});

const rotateSchema = z
  .object({ id: z.uuid('Chốt không hợp lệ.'), expectedVersion: z.coerce.number().int().min(0), confirm: z.string().optional() })
  .refine((v) => v.expectedVersion === 0 || v.confirm === 'on', { message: 'Xác nhận việc đổi mã QR: áp phích đang dán sẽ ngừng hoạt động.', path: ['confirm'] });

export const rotatePosterAction = defineAction(rotateSchema, async (actor, { id, expectedVersion }) => {
  const { version, manualCode, revokedVersion } = await rotatePoster(actor, id, expectedVersion);
  return {
    message: revokedVersion
      ? `Đã tạo mã QR phiên bản ${version} (mã nhập tay ${formatManualCode(manualCode)}). Mã phiên bản ${revokedVersion} và mã nhập tay cũ đã bị thu hồi: hãy in và dán áp phích mới.`
      : `Đã tạo mã QR địa điểm phiên bản ${version} (mã nhập tay ${formatManualCode(manualCode)}).`,
    revalidate: [LIST, `${LIST}/${id}`],
  };
});

export const importCheckpointsAction = defineAction(
  z.object({ file: z.instanceof(File, { message: 'Chọn tệp CSV để nhập.' }).refine((f) => f.size > 0, 'Chọn tệp CSV để nhập.') }),
  async (actor, { file }) => {
    const { created, updated, written } = await importCheckpointsCsv(actor, new Uint8Array(await file.arrayBuffer()));
    // Links to what was written, so the admin can check the rows (the first 50; the list has all).
    const links = written.slice(0, 50).map((c) => ({ href: `${LIST}/${c.id}`, label: c.name }));
    if (written.length > 50) links.push({ href: LIST, label: `… và ${written.length - 50} chốt khác: xem danh sách chốt` });
    return { message: `Đã nhập xong: thêm ${created} chốt, cập nhật ${updated} chốt.`, rowLinks: links, revalidate: [LIST] };
  },
);

export const issueMissingPostersAction = defineAction(z.object({ district: z.string().optional() }), async (actor, { district }) => {
  const { issued } = await issueMissingPosters(actor, district || undefined);
  return { message: issued ? `Đã tạo mã QR địa điểm cho ${issued} chốt.` : 'Mọi chốt đang hoạt động đều đã có mã QR.', revalidate: [LIST, `${LIST}/ap-phich`] };
});
