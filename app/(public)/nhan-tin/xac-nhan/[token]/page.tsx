import type { Metadata } from 'next';
import { MailLinkPage } from '@/components/comms/mail-link-page';
import { confirmSubscriptionAction } from '../../actions';

export const metadata: Metadata = { title: 'Xác nhận đăng ký nhận thư', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ xong?: string; loi?: string }> };

// The link in the confirmation mail.
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { xong, loi } = await searchParams;
  return (
    <MailLinkPage
      title="Xác nhận đăng ký nhận thư" done={!!xong} failed={!!loi} action={confirmSubscriptionAction.bind(null, token)}
      doneText="Đã xác nhận. Bạn sẽ nhận thư khi có tài liệu mới." failedText="Liên kết xác nhận không đúng hoặc địa chỉ đã huỷ đăng ký."
      intro="Bấm nút dưới đây để bắt đầu nhận thư báo tài liệu mới." button="Xác nhận đăng ký" pendingText="Đang xác nhận…"
    />
  );
}
