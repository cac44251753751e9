import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/auth/errors';
import { openReceipt } from '@/lib/letters/receipt';
import { LIST_LABELS } from '@/lib/letters/recipients';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { formatBytes } from '@/lib/text/bytes';
import { DEPARTMENT_NAME } from '@/lib/config/site';
import { buttonClass } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { Paragraphs } from '@/components/comms/paragraphs';
import { getCurrentUser } from '@/lib/auth/current-user';
import { confirmReceiptAction } from './actions';

// A personal link: never indexed, never cached.
export const metadata: Metadata = { title: 'Văn bản gửi đơn vị', robots: { index: false, follow: false } };

type Props = { params: Promise<{ receiptToken: string }>; searchParams: Promise<{ 'xac-nhan'?: string; loi?: string; ten?: string; chucVu?: string }> };

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
  const short = (v: string | undefined) => (v ?? '').slice(0, 120);
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
          <form action={confirmReceiptAction.bind(null, receiptToken)}>
            <h2>Xác nhận đã nhận văn bản</h2>
            <p className="my-2 text-sm text-slate-700">
              Bấm nút dưới đây để báo cho Sở TT&TT biết {receipt.recipientName} đã nhận được văn bản. Chỉ cần xác nhận một lần.
            </p>
            {query.loi ? <p id="confirm-error" role="alert" className="mb-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{short(query.loi)}</p> : null}
            <div className="mb-3">
              <label htmlFor="confirmerName" className="label">Họ và tên người xác nhận <span className="text-accent-600" aria-hidden="true">*</span></label>
              <input id="confirmerName" name="confirmerName" className="input w-full" required minLength={2} maxLength={120} autoComplete="name"
                defaultValue={short(query.ten) || (ownDistrict ? user!.fullName : '')} aria-describedby={query.loi ? 'confirm-error' : undefined} />
            </div>
            <div className="mb-3">
              <label htmlFor="confirmerTitle" className="label">Chức vụ <span className="text-accent-600" aria-hidden="true">*</span></label>
              <input id="confirmerTitle" name="confirmerTitle" className="input w-full" required minLength={2} maxLength={120} autoComplete="organization-title"
                defaultValue={short(query.chucVu)} placeholder="Ví dụ: Chánh Văn phòng UBND huyện" />
            </div>
            <SubmitButton pendingText="Đang gửi xác nhận…">Xác nhận đã nhận</SubmitButton>
          </form>
        )}
      </div>
    </article>
  );
}
