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
import { ResendMailButton, RemindAllButton } from '@/components/letters/mail-controls';
import { MAIL_STATUS_LABELS } from '@/lib/letters/status';
import { mailEnabled } from '@/lib/mail/config';
import { MAIL_OFF_MESSAGE } from '@/lib/letters/delivery';
import { reissueLinkAction, remindUnconfirmedAction, resendLetterMailAction } from '../actions';

export const metadata: Metadata = { title: 'Theo dõi nhận văn bản' };

type Props = { params: Promise<{ materialId: string }>; searchParams: Promise<{ loc?: string }> };

const MAIL_STYLE = { queued: 'text-slate-700', sending: 'text-slate-700', sent: 'text-green-800', failed: 'text-red-800 font-semibold', cancelled: 'text-slate-500' };
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
  const mailOn = mailEnabled();
  const unconfirmed = receipts.filter((r) => r.status !== 'confirmed').length;
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
      {mailOn ? null : <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{MAIL_OFF_MESSAGE}</p>}
      <div className="mb-4 flex flex-wrap gap-2">
        {pendingOnly
          ? <Link href={`/quan-tri/van-ban-gui/${letter.id}`} className={buttonClass('secondary')}>Hiện tất cả đơn vị</Link>
          : <Link href={`/quan-tri/van-ban-gui/${letter.id}?loc=chua-xac-nhan`} className={buttonClass('secondary')}>Chỉ đơn vị chưa xác nhận</Link>}
        <a href={exportUrl} className={buttonClass('secondary')} download>Xuất CSV (tất cả)</a>
        <a href={`${exportUrl}?chua-xac-nhan=1`} className={buttonClass('secondary')} download>Xuất CSV chưa xác nhận</a>
        <Link href="/quan-tri/van-ban-gui/dia-chi-email" className={buttonClass('secondary')}>Địa chỉ e-mail đơn vị nhận</Link>
        {mailOn && unconfirmed > 0 ? <RemindAllButton action={remindUnconfirmedAction} materialId={letter.id} pending={unconfirmed} /> : null}
      </div>
      {shown.length === 0 ? (
        <EmptyState title={pendingOnly ? 'Mọi đơn vị đã xác nhận.' : 'Chưa gửi tới đơn vị nào.'} />
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Tình trạng nhận văn bản của từng đơn vị</caption>
            <thead>
              <tr>
                <th scope="col">Đơn vị nhận</th><th scope="col">Trạng thái</th><th scope="col">Gửi lúc</th><th scope="col">E-mail</th>
                <th scope="col">Mở lần đầu</th><th scope="col">Xác nhận</th><th scope="col">Liên kết</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id} data-recipient={r.recipientName}>
                  <td>{r.recipientName}<span className="block text-xs text-slate-500">{LIST_LABELS[r.list]}</span></td>
                  <td><span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[r.status]}`}>{RECEIPT_STATUS_LABELS[r.status]}</span></td>
                  <td className="whitespace-nowrap">{formatDateTime(r.sentAt)}</td>
                  <td className="min-w-48" data-mail-status={r.mail?.status ?? 'none'}>
                    {r.mail ? (
                      <>
                        <span className={MAIL_STYLE[r.mail.status]}>{MAIL_STATUS_LABELS[r.mail.status]}</span>
                        {r.mail.status === 'sent' && r.mail.sentAt ? <span className="block text-xs text-slate-500">{formatDateTime(r.mail.sentAt)}</span> : null}
                        {r.mail.lastError && r.mail.status !== 'sent' ? <span className="block text-xs text-slate-600">Lý do: {r.mail.lastError}</span> : null}
                      </>
                    ) : <span className="text-slate-500">{mailOn ? 'Chưa gửi e-mail' : '—'}</span>}
                    {mailOn ? <ResendMailButton action={resendLetterMailAction} receiptId={r.id} recipientName={r.recipientName} /> : null}
                  </td>
                  <td className="whitespace-nowrap">{r.openedAt ? `${formatDateTime(r.openedAt)} (${r.openCount} lần)` : '—'}</td>
                  <td className="whitespace-nowrap">
                    {r.confirmedAt ? <>{formatDateTime(r.confirmedAt)}{r.confirmerName ? <span className="block text-xs">{[r.confirmerName, r.confirmerTitle].filter(Boolean).join(', ')}</span> : null}<span className="block text-xs text-slate-500">{CONFIRMED_VIA_LABELS[r.confirmedVia ?? ''] ?? ''}</span></> : '—'}
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
