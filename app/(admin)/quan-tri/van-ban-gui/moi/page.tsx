import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listSendableLetters, listSentRecipientKeys } from '@/lib/letters/send';
import { RECIPIENT_GROUPS } from '@/lib/letters/recipients';
import { publicBaseUrl } from '@/lib/config/base-url';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { SendLetterForm } from '@/components/letters/send-letter-form';
import { mailEnabled } from '@/lib/mail/config';
import { MAIL_OFF_MESSAGE } from '@/lib/letters/delivery';
import { sendLetterAction } from '../actions';

export const metadata: Metadata = { title: 'Gửi văn bản' };

export default async function SendLetterPage({ searchParams }: { searchParams: Promise<{ vanBan?: string }> }) {
  const actor = await requirePageActor('letters.manage', undefined, '/quan-tri/van-ban-gui/moi');
  const [letters, sentKeys, { vanBan }] = await Promise.all([listSendableLetters(actor), listSentRecipientKeys(actor), searchParams]);
  const { warning } = publicBaseUrl();
  return (
    <>
      <PageHeader title="Gửi văn bản tới đơn vị" description="Mỗi đơn vị nhận một liên kết riêng (kèm mã QR) để mở văn bản và bấm “Xác nhận đã nhận”." />
      <p role="status" className="mb-4 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
        {mailEnabled()
          ? <>E-mail đang bật: đơn vị có địa chỉ (xem <Link className="underline" href="/quan-tri/van-ban-gui/dia-chi-email">Địa chỉ e-mail đơn vị nhận</Link>) nhận liên kết riêng qua e-mail ngay khi gửi.</>
          : MAIL_OFF_MESSAGE}
      </p>
      {warning && <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{warning}</p>}
      {letters.length === 0 ? (
        <EmptyState title="Chưa có văn bản nào để gửi.">Hãy đăng một tài liệu loại “Văn bản chỉ đạo” ở mục Tài liệu trước.</EmptyState>
      ) : (
        <SendLetterForm
          action={sendLetterAction}
          letters={letters}
          groups={RECIPIENT_GROUPS}
          sentKeys={sentKeys}
          initialLetter={letters.some((l) => l.id === vanBan) ? vanBan : undefined}
        />
      )}
    </>
  );
}
