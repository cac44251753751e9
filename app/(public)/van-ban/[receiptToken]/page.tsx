import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/auth/errors';
import { openReceipt } from '@/lib/letters/receipt';
import { LIST_LABELS } from '@/lib/letters/recipients';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { formatBytes } from '@/lib/text/bytes';
import { DEPARTMENT_NAME } from '@/lib/config/site';
import { buttonClass } from '@/components/ui/button';
import { ReceiptConfirmForm } from '@/components/letters/receipt-confirm-form';
import { Paragraphs } from '@/components/comms/paragraphs';
import { getCurrentUser } from '@/lib/auth/current-user';
import { confirmReceiptAction } from './actions';

// A personal link: never indexed, never cached.
export const metadata: Metadata = { title: 'Văn bản gửi đơn vị', robots: { index: false, follow: false } };

type Props = { params: Promise<{ receiptToken: string }>; searchParams: Promise<{ 'xac-nhan'?: string }> };

export default async function ReceiptPage({ params, searchParams }: Props) {
  const { receiptToken } = await params;
  const { receipt, letter } = await openReceipt(receiptToken).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const query = await searchParams;
  const justConfirmed = query['xac-nhan'] === '1';
  // A signed-in user of the recipient's own district finds the name prefilled.
  const user = await getCurrentUser().catch(() => null);
  const ownDistrict = !!user && !!receipt.districtCode && user.districtCode === receipt.districtCode;
  const fileUrl = `/api/files/receipts/${receiptToken}`;
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-700">{DEPARTMENT_NAME} gửi</p>
      <p className="mt-1 text-lg font-semibold">
        {LIST_LABELS[receipt.list]}: {receipt.recipientName}
        {receipt.list === 'cc' && <span className="font-normal text-slate-600"> (để biết)</span>}
      </p>
      <p className="text-sm text-slate-600">Gửi lúc {formatDateTime(receipt.sentAt)}</p>
      <div className="card mt-4">
        <p className="text-sm text-slate-700">
          {[letter.issuer, letter.documentNumber && `Số ${letter.documentNumber}`, letter.issuedOn && `ngày ${formatDate(letter.issuedOn)}`].filter(Boolean).join(' · ')}
        </p>
        <h1 className="mt-1">{letter.title}</h1>
        <p className="mt-3 whitespace-pre-line text-slate-800">{letter.summary}</p>
        {letter.body && <Paragraphs text={letter.body} />}
        {letter.fileName && (
          <p className="mt-4 flex flex-wrap gap-2">
            {letter.fileMime === 'application/pdf' && <a href={`${fileUrl}?xem=1`} target="_blank" rel="noopener" className={buttonClass('secondary')}>Xem văn bản (mở thẻ mới)</a>}
            <a href={fileUrl} download className={buttonClass('secondary')}>Tải về ({formatBytes(letter.fileSize)})</a>
          </p>
        )}
      </div>
      {receipt.note && (
        <div className="card mt-4">
          <h2>Lời nhắn của Sở</h2>
          <p className="mt-1 whitespace-pre-line">{receipt.note}</p>
        </div>
      )}
      <div className="card mt-4">
        {receipt.confirmedAt ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {justConfirmed ? 'Cảm ơn. ' : ''}Đơn vị đã xác nhận nhận văn bản lúc {formatDateTime(receipt.confirmedAt)}
            {receipt.confirmerName ? ` (${[receipt.confirmerName, receipt.confirmerTitle].filter(Boolean).join(', ')})` : ''}.
          </p>
        ) : (
          <ReceiptConfirmForm action={confirmReceiptAction.bind(null, receiptToken)} recipientName={receipt.recipientName} userName={ownDistrict ? user!.fullName : undefined} />
        )}
      </div>
    </article>
  );
}
