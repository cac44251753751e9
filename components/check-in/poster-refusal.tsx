import Link from 'next/link';
import type { PosterResolution } from '@/lib/posters/resolve';

type Reason = Extract<PosterResolution, { ok: false }>['reason'];

const MESSAGES: Record<Reason, { title: string; body: string }> = {
  malformed: {
    title: 'Không đọc được mã chốt',
    body: 'Đường dẫn này không phải mã QR của chốt kiểm soát. Hãy quét lại mã trên áp phích, hoặc nhập mã 6 ký tự in dưới mã QR.',
  },
  forged: {
    title: 'Mã QR không hợp lệ',
    body: 'Mã QR này không do Sở Thông tin và Truyền thông cấp hoặc đã bị sửa đổi. Không khai báo qua mã này; hãy báo cho cán bộ tại chốt.',
  },
  revoked: {
    title: 'Mã QR đã bị thu hồi',
    body: 'Áp phích này đã được thay bằng mã mới. Hãy quét mã trên áp phích mới tại chốt, hoặc hỏi cán bộ mã 6 ký tự mới.',
  },
  unknown: {
    title: 'Không tìm thấy chốt kiểm soát',
    body: 'Mã này không ứng với chốt kiểm soát, tổ tuần tra nào. Hãy kiểm tra lại mã trên áp phích hoặc hỏi cán bộ tại chốt.',
  },
};

/** The clear refusal a citizen sees for a bad poster link or code; it never names a checkpoint. */
export function PosterRefusal({ reason }: { reason: Reason }) {
  const message = MESSAGES[reason];
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-red-300 bg-red-50 p-6" aria-labelledby="refusal-title">
      <h1 id="refusal-title" className="text-2xl text-red-900">{message.title}</h1>
      <p className="mt-2 text-red-900">{message.body}</p>
      <p className="mt-4">
        <Link href="/c" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white no-underline">
          Nhập mã chốt
        </Link>
      </p>
    </section>
  );
}

export function refusalMessage(reason: Reason): string {
  return `${MESSAGES[reason].title}. ${MESSAGES[reason].body}`;
}
