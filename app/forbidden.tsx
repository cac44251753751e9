import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1>Không có quyền truy cập</h1>
      <p className="mt-3 text-slate-700">Tài khoản của bạn không được phép xem trang này. Nếu cần quyền, hãy liên hệ quản trị viên Sở TT&TT.</p>
      <p className="mt-6">
        <Link href="/">Về trang chủ</Link>
      </p>
    </main>
  );
}
