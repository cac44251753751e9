'use client';
import { LIST_LABELS } from '@/lib/letters/labels';
import { CopyButton } from '@/components/ui/copy-button';
import type { IssuedLinkView } from './send-state';
import { QrSheet, printQrSheet } from './qr-sheet';

/**
 * The personal links just issued, with their QR codes. Only hashes are stored, so this is the one
 * moment they can be copied or printed; a lost link is replaced from the tracking page.
 */
export function IssuedLinks({ links, title = 'Liên kết riêng của từng đơn vị' }: { links: IssuedLinkView[]; title?: string }) {
  const all = links.map((l) => `${l.recipientName}: ${l.url}`).join('\n');
  return (
    <section aria-label={title} className="mt-3 rounded-md border border-slate-300 bg-white p-3" data-testid="issued-links">
      <p className="font-semibold">{title}</p>
      <p className="my-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Liên kết chỉ hiện một lần này (cổng chỉ lưu mã băm). Hãy sao chép, gửi hoặc in ngay; nếu mất, dùng “Cấp lại liên kết” ở trang theo dõi.
      </p>
      {links.length > 1 && (
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <CopyButton text={all} label={`Sao chép tất cả (${links.length})`} />
          <button type="button" onClick={printQrSheet} className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold">
            In tờ mã QR
          </button>
        </div>
      )}
      <ul className="divide-y divide-slate-200">
        {links.map((link) => (
          <li key={link.receiptId} className="flex flex-wrap items-start gap-3 py-2" data-recipient={link.recipientName}>
            <img src={link.qr} alt={`Mã QR liên kết của ${link.recipientName}`} width={96} height={96} className="shrink-0" />
            <div className="min-w-[14rem] flex-1">
              <p className="font-semibold">
                {link.recipientName} <span className="text-xs font-normal text-slate-600">· {LIST_LABELS[link.list]}</span>
              </p>
              <p className="my-1 break-all font-mono text-sm" data-testid="issued-link-url">{link.url}</p>
              {link.emailQueued ? <p className="mb-1 text-sm text-green-800">Đã xếp hàng gửi e-mail cho đơn vị.</p> : null}
              <CopyButton text={link.url} label="Sao chép liên kết" />
            </div>
          </li>
        ))}
      </ul>
      {links.length === 1 && (
        <button type="button" onClick={printQrSheet} className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold">
          In mã QR
        </button>
      )}
      <QrSheet links={links} />
    </section>
  );
}
