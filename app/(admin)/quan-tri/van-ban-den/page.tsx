import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listIncomingLetters } from '@/lib/letters/incoming';
import { LIST_LABELS } from '@/lib/letters/labels';
import { CONFIRMED_VIA_LABELS } from '@/lib/letters/status';
import { districtName } from '@/lib/geo/districts';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button';
import { ConfirmIncomingButton } from '@/components/letters/confirm-incoming-button';
import { confirmIncomingAction } from './actions';

export const metadata: Metadata = { title: 'Văn bản đến' };

export default async function IncomingLettersPage() {
  const actor = await requirePageActor('letters.confirm', undefined, '/quan-tri/van-ban-den');
  const letters = await listIncomingLetters(actor);
  const pending = letters.filter((l) => !l.confirmedAt).length;
  return (
    <>
      <PageHeader
        title="Văn bản đến"
        description={`Văn bản Sở TT&TT gửi UBND và Phòng VH&TT ${districtName(actor.districtCode)}. ${pending ? `${pending} văn bản chưa xác nhận.` : 'Đã xác nhận hết.'}`}
      />
      {letters.length === 0 ? (
        <EmptyState title="Chưa có văn bản nào gửi tới đơn vị." />
      ) : (
        <ul className="grid gap-4">
          {letters.map((l) => {
            const fileUrl = `/api/files/incoming/${l.id}`;
            return (
              <li key={l.id} className="card" data-letter={l.title}>
                <p className="text-sm text-slate-600">{LIST_LABELS[l.list]}: {l.recipientName} · gửi lúc {formatDateTime(l.sentAt)}</p>
                <h2 className="mt-1">{l.title}</h2>
                <p className="text-sm text-slate-600">{[l.issuer, l.documentNumber && `Số ${l.documentNumber}`, l.issuedOn && `ngày ${formatDate(l.issuedOn)}`].filter(Boolean).join(' · ')}</p>
                <p className="mt-2 whitespace-pre-line text-sm">{l.summary}</p>
                {l.note && <p className="mt-2 rounded bg-brand-50 px-3 py-2 text-sm">Lời nhắn: {l.note}</p>}
                <div className="mt-3 flex flex-wrap items-start gap-2">
                  {l.hasFile && <a href={`${fileUrl}?xem=1`} target="_blank" rel="noopener" className={buttonClass('secondary')}>Xem văn bản</a>}
                  {l.hasFile && <a href={fileUrl} download className={buttonClass('secondary')}>Tải về</a>}
                  {l.confirmedAt ? (
                    <p role="status" className="inline-flex min-h-11 items-center rounded-md bg-green-50 px-3 text-sm text-green-900">
                      Đã xác nhận lúc {formatDateTime(l.confirmedAt)} ({CONFIRMED_VIA_LABELS[l.confirmedVia ?? '']?.toLowerCase() ?? ''})
                    </p>
                  ) : (
                    <ConfirmIncomingButton action={confirmIncomingAction} receiptId={l.id} userName={actor.fullName} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
