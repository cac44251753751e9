import { LETTER_SUPPORT_CONTACTS, telHref } from '@/lib/config/site';

export default function ReceiptNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1>Liên kết văn bản không dùng được</h1>
      <p className="mt-3 text-slate-700">
        Liên kết không đúng, hoặc đã được thay bằng liên kết mới. Hãy liên hệ Sở Thông tin và Truyền thông để được cấp lại:
      </p>
      <ul className="mt-3 space-y-1">
        {LETTER_SUPPORT_CONTACTS.map((c) => (
          <li key={c.phone}><a href={telHref(c.phone)} className="inline-flex min-h-11 items-center">{c.name.replace(/^Ông /, '')} — {c.phone}</a></li>
        ))}
      </ul>
    </div>
  );
}
