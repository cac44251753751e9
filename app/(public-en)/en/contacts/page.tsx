import type { Metadata } from 'next';
import { listPublicContacts } from '@/lib/contacts/queries';
import { buttonClass } from '@/components/ui/button';
import { ContactCard } from '@/components/comms/contact-card';

export const metadata: Metadata = { title: 'Contacts' };

export default async function EnglishContacts() {
  const contacts = await listPublicContacts();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>Contacts</h1>
          <p className="mt-2 max-w-3xl text-slate-700">Tap a number to call, or save the contacts to your phone as a vCard. Names and units are given in Vietnamese.</p>
        </div>
        <a href="/api/contacts/vcard" download className={buttonClass('secondary')}>Save all contacts (vCard)</a>
      </div>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {contacts.map((c) => <ContactCard key={c.id} contact={c} lang="en" />)}
      </ul>
    </>
  );
}
