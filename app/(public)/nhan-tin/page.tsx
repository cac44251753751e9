import type { Metadata } from 'next';
import { mailEnabled } from '@/lib/mail/config';
import { SubscribeForm } from './subscribe-form';

export const metadata: Metadata = { title: 'Nhận thư báo tài liệu mới' };

export default function SubscribePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1>Nhận thư báo tài liệu mới</h1>
      <p className="my-3 text-slate-700">
        Dành cho phóng viên, cơ quan, đơn vị: mỗi khi thư viện đăng một tài liệu mới (văn bản, hướng dẫn, thông cáo báo chí…),
        bạn nhận một e-mail kèm liên kết. Sau khi đăng ký, hãy bấm liên kết trong thư xác nhận; chưa xác nhận thì không nhận thư nào.
      </p>
      <p className="mb-4 text-sm text-slate-700">
        Địa chỉ e-mail chỉ được lưu để gửi các thư này, không dùng vào việc khác, không chia sẻ. Mỗi thư có liên kết “Huỷ nhận thư”
        (một lần bấm); huỷ là địa chỉ bị xoá ngay.
      </p>
      {mailEnabled() ? <SubscribeForm /> : <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2">E-mail đang tắt: tạm thời chưa đăng ký được.</p>}
    </div>
  );
}
