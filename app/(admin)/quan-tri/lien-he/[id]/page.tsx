import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/auth/errors';
import { getContactForAdmin } from '@/lib/contacts/queries';
import { PageHeader } from '@/components/ui/page-header';
import { ContactForm } from '@/components/contacts/contact-form';
import { DeleteButton } from '@/components/ui/delete-button';
import { deleteContactAction, updateContactAction } from '../actions';

export const metadata: Metadata = { title: 'Liên hệ' };

export default async function ContactAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('contacts.manage', undefined, `/quan-tri/lien-he/${id}`);
  const contact = await getContactForAdmin(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={contact.name} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <ContactForm action={updateContactAction} contact={contact} />
        <aside className="card h-fit">
          <h2>Xoá liên hệ</h2>
          <p className="my-2 text-sm text-slate-600">Liên hệ sẽ không còn trên trang công khai.</p>
          <DeleteButton action={deleteContactAction} id={contact.id} label="Xoá liên hệ" confirmText="Xoá liên hệ này?" />
        </aside>
      </div>
    </>
  );
}
