import { telHref } from '@/lib/config/site';
import type { PublicContact } from '@/lib/contacts/queries';
import type { Lang } from '@/lib/materials/catalog';

const TEXT = {
  vi: { call: 'Gọi', email: 'Gửi email', vcard: 'Lưu danh bạ (vCard)', support: 'Đầu mối hỗ trợ theo công văn' },
  en: { call: 'Call', email: 'Email', vcard: 'Save contact (vCard)', support: 'Support contact named in the letter' },
};

const actionClass = 'inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-semibold no-underline hover:bg-brand-50 hover:no-underline';

/** A contact with tap-to-call, email and vCard links, each a 44 px target. */
export function ContactCard({ contact, lang }: { contact: PublicContact; lang: Lang }) {
  const t = TEXT[lang];
  return (
    <li className="card flex flex-col gap-1">
      {contact.letterSupport && <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t.support}</p>}
      <h3 className="text-base font-semibold">{contact.name}</h3>
      {contact.title && <p className="text-sm text-slate-700">{contact.title}</p>}
      {contact.unit && <p className="text-sm text-slate-700">{contact.unit}</p>}
      {contact.address && <p className="text-sm text-slate-600">{contact.address}</p>}
      {contact.notes && <p className="text-xs text-slate-600">{contact.notes}</p>}
      <p className="mt-2 flex flex-wrap gap-2">
        {contact.phone && (
          <a href={telHref(contact.phone)} className={actionClass} aria-label={`${t.call} ${contact.name}: ${contact.phone}`}>
            {t.call} {contact.phone}
          </a>
        )}
        {contact.email && <a href={`mailto:${contact.email}`} className={actionClass}>{contact.email}</a>}
        <a href={`/api/contacts/${contact.id}/vcard`} className={actionClass} download>{t.vcard}</a>
      </p>
    </li>
  );
}
