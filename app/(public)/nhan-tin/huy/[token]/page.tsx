import type { Metadata } from 'next';
import { MailLinkPage } from '@/components/comms/mail-link-page';
import { unsubscribeAction } from '../../actions';

export const metadata: Metadata = { title: 'Huỷ nhận thư', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ xong?: string; loi?: string }> };

// The link in every mail. (Mail clients use the RFC 8058 POST instead.)
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { xong, loi } = await searchParams;
  return (
    <MailLinkPage
      title="Huỷ nhận thư báo tài liệu mới" done={!!xong} failed={!!loi} action={unsubscribeAction.bind(null, token)}
      doneText="Đã huỷ. Địa chỉ của bạn đã bị xoá và sẽ không nhận thêm thư nào." failedText="Liên kết huỷ không đúng."
      button="Huỷ nhận thư" pendingText="Đang huỷ…" variant="danger"
    />
  );
}
