import type { Metadata } from 'next';
import { SubmitButton } from '@/components/ui/submit-button';
import { unsubscribeAction } from '../../actions';

export const metadata: Metadata = { title: 'Huỷ nhận thư', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ xong?: string; loi?: string }> };

// The link in every mail: one button, no sign-in. (Mail clients use the RFC 8058 POST instead.)
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { xong, loi } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <h1>Huỷ nhận thư báo tài liệu mới</h1>
      {xong ? (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">Đã huỷ. Địa chỉ của bạn đã bị xoá và sẽ không nhận thêm thư nào.</p>
      ) : (
        <form action={unsubscribeAction.bind(null, token)} className="mt-3">
          {loi ? <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">Liên kết huỷ không đúng.</p> : null}
          <SubmitButton variant="danger" pendingText="Đang huỷ…">Huỷ nhận thư</SubmitButton>
        </form>
      )}
    </div>
  );
}
