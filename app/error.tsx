'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1>Đã có lỗi xảy ra</h1>
      <p className="mt-3 text-slate-700">Trang chưa tải được. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng.</p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
        Thử lại
      </button>
    </main>
  );
}
