import Link from 'next/link';
import { LETTER_SUPPORT_CONTACTS, telHref } from '@/lib/config/site';

const WAYS = [
  { title: 'Ứng dụng Bluezone hoặc PC-Covid', body: 'Khai báo đủ thông tin cá nhân, chứng nhận tiêm vắc-xin hiện trong ứng dụng.' },
  { title: 'Sổ sức khỏe điện tử', body: 'Cài ứng dụng, khai báo thông tin; chứng nhận tiêm chủng hiện trên màn hình.' },
  { title: 'Giấy chứng nhận bản giấy', body: 'Giấy do cơ sở tiêm chủng cấp.' },
  { title: 'Hộ chiếu vắc-xin (mã QR)', body: 'Mã QR chứng nhận tiêm chủng quốc tế; cán bộ chốt quét để xác minh chữ ký.' },
];

export default function HomePage() {
  return (
    <>
      <section className="rounded-xl bg-brand-50 p-6">
        <h1 className="text-2xl sm:text-3xl">Chứng nhận tiêm chủng tại chốt kiểm soát</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          Qua chốt kiểm soát, tổ tuần tra: mở camera hoặc Zalo, quét mã QR dán tại chốt, khai báo rồi đưa màn hình cho cán bộ.
          Hợp lệ khi đã tiêm đủ 2 mũi và mũi cuối đã qua 14 ngày.
        </p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/c" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white no-underline">
            Nhập mã chốt
          </Link>
          <Link href="/huong-dan" className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold no-underline">
            Xem hướng dẫn
          </Link>
        </p>
      </section>
      <section className="mt-8" aria-labelledby="cach-chung-nhan">
        <h2 id="cach-chung-nhan">Các cách chứng nhận đã tiêm vắc-xin</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {WAYS.map((w) => (
            <li key={w.title} className="card">
              <p className="font-semibold">{w.title}</p>
              <p className="mt-1 text-sm text-slate-700">{w.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="ho-tro">
        <h2 id="ho-tro">Liên hệ hỗ trợ</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {LETTER_SUPPORT_CONTACTS.map((c) => (
            <li key={c.phone} className="card">
              <p className="font-semibold">{c.name}</p>
              <p className="text-sm text-slate-700">{c.title}</p>
              <a href={telHref(c.phone)} className="mt-1 inline-flex min-h-11 items-center font-semibold">Gọi {c.phone}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
