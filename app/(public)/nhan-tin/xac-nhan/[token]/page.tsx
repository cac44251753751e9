import type { Metadata } from 'next';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmSubscriptionAction } from '../../actions';

export const metadata: Metadata = { title: 'Xác nhận đăng ký nhận thư', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ xong?: string; loi?: string }> };

// A button, not a GET that confirms: mail scanners open links, only a person presses the button.
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { xong, loi } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <h1>Xác nhận đăng ký nhận thư</h1>
      {xong ? (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">Đã xác nhận. Bạn sẽ nhận thư khi có tài liệu mới.</p>
      ) : (
        <form action={confirmSubscriptionAction.bind(null, token)} className="mt-3">
          {loi ? <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">Liên kết xác nhận không đúng hoặc địa chỉ đã huỷ đăng ký.</p> : null}
          <p className="mb-3">Bấm nút dưới đây để bắt đầu nhận thư báo tài liệu mới.</p>
          <SubmitButton pendingText="Đang xác nhận…">Xác nhận đăng ký</SubmitButton>
        </form>
      )}
    </div>
  );
}
