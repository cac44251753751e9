import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { PageHeader } from '@/components/ui/page-header';
import { ContactForm } from '@/components/contacts/contact-form';
import { createContactAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm liên hệ' };

export default async function NewContactPage() {
  await requirePageActor('contacts.manage', undefined, '/quan-tri/lien-he/moi');
  return (
    <>
      <PageHeader title="Thêm liên hệ" />
      <ContactForm action={createContactAction} />
    </>
  );
}
