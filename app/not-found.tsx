import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1>Không tìm thấy trang</h1>
      <p className="mt-3 text-slate-700">Trang bạn tìm không tồn tại hoặc bạn không có quyền xem.</p>
      <p className="mt-6">
        <Link href="/">Về trang chủ</Link>
      </p>
    </main>
  );
}
