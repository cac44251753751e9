import { LIST_LABELS } from '@/lib/letters/labels';
import type { IssuedLinkView } from './send-state';

/** Prints only the QR sheet of the links on screen (globals.css hides the rest while printing). */
export function printQrSheet() {
  document.body.dataset.printing = 'qr-sheet';
  window.addEventListener('afterprint', () => delete document.body.dataset.printing, { once: true });
  window.print();
}

/** A printable page of large QR codes, one per recipient, each with its name and link in words. */
export function QrSheet({ links }: { links: IssuedLinkView[] }) {
  return (
    <div className="qr-sheet hidden" aria-hidden="true">
      {links.map((link) => (
        <figure key={link.receiptId}>
          <img src={link.qr} alt="" width={160} height={160} />
          <figcaption>
            <strong>{link.recipientName}</strong> ({LIST_LABELS[link.list]})
            <br />
            <span>{link.url}</span>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
