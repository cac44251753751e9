import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listTrustedSigners, type SignerValidity } from '@/lib/trust/signers';
import { demoPassportsExist } from '@/lib/trust/demo-passports';
import { LinkButton } from '@/components/ui/button';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { ImportForm } from './import-form';
import { getTrustSource } from '@/lib/trust/sync/sources';
import { SourceForm } from './source-form';
import { SyncStatus } from './sync-status';
import { ToggleButton } from './toggle-button';

export const metadata: Metadata = { title: 'Danh sách tin cậy' };

const VALIDITY: Record<SignerValidity, { text: string; className: string }> = {
  valid: { text: 'Còn hiệu lực', className: 'bg-green-100 text-green-900' },
  expired: { text: 'Chứng thư đã hết hạn', className: 'bg-amber-100 text-amber-900' },
  not_yet_valid: { text: 'Chưa đến ngày hiệu lực', className: 'bg-amber-100 text-amber-900' },
};

export default async function TrustListPage() {
  const actor = await requirePageActor('trust.manage', undefined, '/quan-tri/danh-sach-tin-cay');
  const signers = await listTrustedSigners(actor);
  const demo = await demoPassportsExist(actor);
  const source = await getTrustSource(actor);
  return (
    <>
      <PageHeader
        title="Danh sách tin cậy"
        description="Chứng thư của các cơ quan ký chứng nhận tiêm chủng (hộ chiếu vắc-xin, mã HC1). Máy chủ chỉ công nhận chữ ký của chứng thư đang bật; bàn kiểm soát giữ bản sao để kiểm tra khi mất mạng."
        actions={demo ? <LinkButton variant="secondary" href="/quan-tri/ho-chieu-mau">Hộ chiếu mẫu để thử (bản demo)</LinkButton> : undefined}
      />
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="chung-thu" className="card overflow-x-auto p-0">
          <h2 id="chung-thu" className="px-4 pt-4">
            Chứng thư ({signers.filter((s) => s.enabled).length} đang bật / {signers.length})
          </h2>
          {signers.length === 0 ? (
            <div className="p-4">
              <EmptyState title="Chưa có chứng thư nào.">Mọi mã QR chứng nhận sẽ bị báo “không rõ cơ quan ký” cho đến khi nhập chứng thư.</EmptyState>
            </div>
          ) : (
            <table className="table mt-2">
              <caption className="sr-only">Chứng thư ký chứng nhận, theo quốc gia</caption>
              <thead>
                <tr>
                  <th scope="col">Quốc gia</th>
                  <th scope="col">Mã khoá (kid)</th>
                  <th scope="col">Nguồn</th>
                  <th scope="col">Thuật toán</th>
                  <th scope="col">Hiệu lực chứng thư</th>
                  <th scope="col">Trạng thái</th>
                </tr>
              </thead>
              <tbody>
                {signers.map((s) => (
                  <tr key={s.id} data-kid={s.kid}>
                    <td>{s.country || '—'}</td>
                    <td>
                      <code className="text-sm">{s.kid}</code>
                      <p className="max-w-xs truncate text-xs text-slate-600" title={s.subject}>{s.subject}</p>
                    </td>
                    <td>{s.synced ? 'Đồng bộ' : 'Thêm tay'}</td>
                    <td>{s.algorithm}</td>
                    <td className="whitespace-nowrap">
                      {formatDate(s.notBefore)} – {formatDate(s.notAfter)}
                      <span className={`ml-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${VALIDITY[s.validity].className}`}>{VALIDITY[s.validity].text}</span>
                    </td>
                    <td>
                      <p className="mb-1 text-sm">{s.enabled ? 'Đang bật' : s.syncRemovedAt ? `Nguồn đã gỡ ${formatDateTime(s.syncRemovedAt)}` : `Đã tắt ${formatDateTime(s.disabledAt)}`}</p>
                      <ToggleButton id={s.id} enabled={s.enabled} kid={s.kid} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="space-y-4">
          {source && <SyncStatus source={source} />}
          <SourceForm saved={source && { url: source.url, publicKeyPem: source.publicKeyPem ?? '', unsigned: source.unsigned, intervalHours: source.intervalHours }} />
          <ImportForm />
          <p className="text-sm text-slate-600">
            Chứng thư đã hết hạn vẫn được nhập (kèm cảnh báo): chứng nhận do nó ký trước đó vẫn xác minh được, hạn của từng chứng nhận do chính chứng nhận ghi. Chứng thư thêm tay không bao giờ bị lần đồng bộ gỡ hay sửa; chứng thư nguồn thôi ghi thì bị tắt (không xoá) và được bật lại nếu nguồn ghi lại. Mỗi lần nhập, tắt, bật, đồng bộ đều được ghi vào nhật ký thao tác.
          </p>
        </div>
      </div>
    </>
  );
}
