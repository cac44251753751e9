'use server';
import { defineAction } from '@/lib/actions/define-action';
import { importTrustSchema, syncNowSchema, toggleSignerSchema, trustSourceSchema } from '@/lib/trust/schema';
import { importTrustedSigners, setTrustedSignerEnabled } from '@/lib/trust/signers';
import { saveTrustSource, syncTrustSourceNow } from '@/lib/trust/sync/sources';
import { UserInputError } from '@/lib/auth/errors';

const PATH = '/quan-tri/danh-sach-tin-cay';

export const importTrustAction = defineAction(importTrustSchema, async (actor, input) => {
  const sources = await Promise.all(input.files.map(async (f) => ({ name: f.name || 'tệp', data: new Uint8Array(await f.arrayBuffer()) })));
  if (input.pasted.trim()) sources.push({ name: 'Nội dung dán', data: new TextEncoder().encode(input.pasted) });
  const report = await importTrustedSigners(actor, sources);
  const parts = [`Đã nhập ${report.imported.length} chứng thư.`];
  if (report.alreadyPresent.length) parts.push(`Đã có sẵn: ${report.alreadyPresent.join(', ')}.`);
  if (report.warnings.length) parts.push(`Lưu ý: ${report.warnings.join(' ')}`);
  if (report.problems.length) parts.push(`Bỏ qua: ${report.problems.join(' ')}`);
  return { message: parts.join(' '), revalidate: [PATH] };
});

export const toggleSignerAction = defineAction(toggleSignerSchema, async (actor, input) => {
  const signer = await setTrustedSignerEnabled(actor, input.id, input.enabled);
  return { message: `${signer.enabled ? 'Đã bật lại' : 'Đã tắt'} chứng thư ${signer.kid}.`, revalidate: [PATH] };
});

export const saveTrustSourceAction = defineAction(trustSourceSchema, async (actor, input) => {
  await saveTrustSource(actor, input);
  return { message: `Đã lưu nguồn danh sách tin cậy; đồng bộ mỗi ${input.intervalHours} giờ. Bấm “Đồng bộ ngay” để tải lần đầu.`, revalidate: [PATH] };
});

export const syncTrustSourceAction = defineAction(syncNowSchema, async (actor) => {
  const result = await syncTrustSourceNow(actor);
  if (!result.ok) throw new UserInputError(`Đồng bộ thất bại, danh sách không đổi: ${result.error}`);
  const parts = [`Đã đồng bộ: thêm ${result.added}, gỡ ${result.removed}, giữ nguyên ${result.unchanged} chứng thư.`];
  if (result.keptApart) parts.push(`${result.keptApart} chứng thư nguồn có ghi đã được thêm tay nên giữ nguyên như cũ.`);
  if (result.ignored.length) parts.push(`Bỏ qua ${result.ignored.length} mục: ${result.ignored.slice(0, 5).join('; ')}${result.ignored.length > 5 ? '…' : ''}.`);
  return { message: parts.join(' '), revalidate: [PATH] };
});
