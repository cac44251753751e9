'use server';
import { defineAction } from '@/lib/actions/define-action';
import { contactIdSchema, createContactSchema, updateContactSchema } from '@/lib/contacts/schema';
import { createContact, deleteContact, updateContact } from '@/lib/contacts/manage';

const PAGES = ['/', '/lien-he', '/en', '/en/contacts', '/quan-tri/lien-he'];

export const createContactAction = defineAction(createContactSchema, async (actor, input) => {
  await createContact(actor, input);
  return { revalidate: PAGES, redirectTo: '/quan-tri/lien-he?created=1' };
});

export const updateContactAction = defineAction(updateContactSchema, async (actor, input) => {
  await updateContact(actor, input);
  return { message: 'Đã lưu thay đổi.', revalidate: PAGES };
});

export const deleteContactAction = defineAction(contactIdSchema, async (actor, { id }) => {
  await deleteContact(actor, id);
  return { revalidate: PAGES, redirectTo: '/quan-tri/lien-he?deleted=1' };
});
