'use server';
import { defineAction } from '@/lib/actions/define-action';
import { importTrustSchema, toggleSignerSchema } from '@/lib/trust/schema';
import { importTrustedSigners, setTrustedSignerEnabled } from '@/lib/trust/signers';

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
