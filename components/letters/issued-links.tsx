'use client';
import { LIST_LABELS } from '@/lib/letters/labels';
import type { IssuedLinkView } from './send-state';

/**
 * The personal links just issued, with their QR codes. Only hashes are stored, so this is the one
 * moment they can be copied or printed; a lost link is replaced from the tracking page.
 */
export function IssuedLinks({ links }: { links: IssuedLinkView[] }) {
  return (
    <section aria-labelledby="lien-ket-moi" className="card mt-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="lien-ket-moi">Liên kết riêng của từng đơn vị</h2>
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md border border-slate-400 px-4 text-sm font-semibold no-print">
          In danh sách
        </button>
      </div>
      <p className="my-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Liên kết chỉ hiện một lần này (cổng chỉ lưu mã băm). Hãy sao chép, gửi hoặc in ngay; nếu mất, dùng “Cấp lại liên kết” ở trang theo dõi.
      </p>
      <ul className="grid gap-3 md:grid-cols-2">
        {links.map((link) => (
          <li key={link.receiptId} className="flex gap-3 rounded border border-slate-200 p-3" data-recipient={link.recipientName}>
            <img src={link.qr} alt={`Mã QR liên kết của ${link.recipientName}`} width={120} height={120} className="shrink-0" />
            <div className="min-w-0 flex-1">
              <p className="font-semibold">{link.recipientName}</p>
              <p className="text-xs text-slate-600">{LIST_LABELS[link.list]}</p>
              <label className="mt-1 block text-xs text-slate-600" htmlFor={`link-${link.receiptId}`}>Liên kết</label>
              <input id={`link-${link.receiptId}`} readOnly value={link.url} className="input font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
