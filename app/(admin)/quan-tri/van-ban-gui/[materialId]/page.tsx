import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/auth/errors';
import { getLetterTracking } from '@/lib/letters/tracking';
import { LIST_LABELS } from '@/lib/letters/labels';
import { CONFIRMED_VIA_LABELS, RECEIPT_STATUS_LABELS } from '@/lib/letters/status';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ReissueLinkButton } from '@/components/letters/reissue-link-button';
import { reissueLinkAction } from '../actions';

export const metadata: Metadata = { title: 'Theo dõi nhận văn bản' };

type Props = { params: Promise<{ materialId: string }>; searchParams: Promise<{ loc?: string }> };

const STATUS_STYLE = { sent: 'bg-slate-100 text-slate-800', opened: 'bg-amber-100 text-amber-900', confirmed: 'bg-green-100 text-green-900' };

export default async function LetterTrackingPage({ params, searchParams }: Props) {
  const { materialId } = await params;
  const actor = await requirePageActor('letters.manage', undefined, `/quan-tri/van-ban-gui/${materialId}`);
  const { letter, receipts } = await getLetterTracking(actor, materialId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const pendingOnly = (await searchParams).loc === 'chua-xac-nhan';
  const shown = pendingOnly ? receipts.filter((r) => r.status !== 'confirmed') : receipts;
  const count = (s: string) => receipts.filter((r) => r.status === s).length;
  const exportUrl = `/api/letters/${letter.id}/receipts`;
  return (
    <>
      <PageHeader
        title={letter.title}
        description={[letter.documentNumber && `Số ${letter.documentNumber}`, letter.issuedOn && `ngày ${formatDate(letter.issuedOn)}`, letter.issuer].filter(Boolean).join(' · ')}
        actions={<LinkButton href={`/quan-tri/van-ban-gui/moi?vanBan=${letter.id}`}>Gửi thêm đơn vị</LinkButton>}
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[['Đã gửi', receipts.length], ['Chưa mở', count('sent')], ['Đã mở, chưa xác nhận', count('opened')], ['Đã xác nhận', count('confirmed')]].map(([label, value]) => (
          <div key={label} className="card"><dt className="text-sm text-slate-600">{label}</dt><dd className="text-2xl font-bold">{value}</dd></div>
        ))}
      </dl>
      <div className="mb-4 flex flex-wrap gap-2">
        {pendingOnly
          ? <Link href={`/quan-tri/van-ban-gui/${letter.id}`} className={buttonClass('secondary')}>Hiện tất cả đơn vị</Link>
          : <Link href={`/quan-tri/van-ban-gui/${letter.id}?loc=chua-xac-nhan`} className={buttonClass('secondary')}>Chỉ đơn vị chưa xác nhận</Link>}
        <a href={exportUrl} className={buttonClass('secondary')} download>Xuất CSV (tất cả)</a>
        <a href={`${exportUrl}?chua-xac-nhan=1`} className={buttonClass('secondary')} download>Xuất CSV chưa xác nhận</a>
      </div>
      {shown.length === 0 ? (
        <EmptyState title={pendingOnly ? 'Mọi đơn vị đã xác nhận.' : 'Chưa gửi tới đơn vị nào.'} />
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Tình trạng nhận văn bản của từng đơn vị</caption>
            <thead>
              <tr>
                <th scope="col">Đơn vị nhận</th><th scope="col">Trạng thái</th><th scope="col">Gửi lúc</th>
                <th scope="col">Mở lần đầu</th><th scope="col">Xác nhận</th><th scope="col">Liên kết</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id} data-recipient={r.recipientName}>
                  <td>{r.recipientName}<span className="block text-xs text-slate-500">{LIST_LABELS[r.list]}</span></td>
                  <td><span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[r.status]}`}>{RECEIPT_STATUS_LABELS[r.status]}</span></td>
                  <td className="whitespace-nowrap">{formatDateTime(r.sentAt)}</td>
                  <td className="whitespace-nowrap">{r.openedAt ? `${formatDateTime(r.openedAt)} (${r.openCount} lần)` : '—'}</td>
                  <td className="whitespace-nowrap">
                    {r.confirmedAt ? <>{formatDateTime(r.confirmedAt)}<span className="block text-xs text-slate-500">{CONFIRMED_VIA_LABELS[r.confirmedVia ?? ''] ?? ''}</span></> : '—'}
                  </td>
                  <td className="min-w-72"><ReissueLinkButton action={reissueLinkAction} receiptId={r.id} recipientName={r.recipientName} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
