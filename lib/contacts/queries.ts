import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { contacts } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { DEPARTMENT_NAME, LETTER_SUPPORT_CONTACTS } from '@/lib/config/site';

export interface PublicContact {
  id: string;
  kind: 'agency' | 'person';
  name: string;
  title: string | null;
  unit: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  /** One of the support contacts named by the letter itself. */
  letterSupport: boolean;
}

const digits = (phone: string | null) => (phone ?? '').replace(/\D/g, '');

// The letter's own support contacts come from configuration, not the table: they are always
// there and always first, even on a fresh installation.
const LETTER_CONTACTS: PublicContact[] = LETTER_SUPPORT_CONTACTS.map((c, i) => ({
  id: `ho-tro-${i + 1}`, kind: 'person', name: c.name, title: c.title, unit: DEPARTMENT_NAME, phone: c.phone,
  email: null, address: null, notes: 'Đầu mối hỗ trợ nêu trong công văn ngày 21/09/2021.', letterSupport: true,
}));

/** The public directory: the letter's support contacts, then the stored ones in their order. */
export async function listPublicContacts(): Promise<PublicContact[]> {
  const rows = await getDb().select().from(contacts).orderBy(asc(contacts.position), asc(contacts.name));
  const letterPhones = new Set(LETTER_CONTACTS.map((c) => digits(c.phone)));
  const stored = rows
    .filter((r) => !r.phone || !letterPhones.has(digits(r.phone)))
    .map((r) => ({
      id: r.id, kind: r.kind, name: r.name, title: r.title, unit: r.unit, phone: r.phone, email: r.email,
      address: r.address, notes: r.notes, letterSupport: false,
    }));
  return [...LETTER_CONTACTS, ...stored];
}

export async function getPublicContact(id: string): Promise<PublicContact> {
  const letter = LETTER_CONTACTS.find((c) => c.id === id);
  if (letter) return letter;
  const found = isUuid(id) ? (await listPublicContacts()).find((c) => c.id === id) : undefined;
  if (!found) throw new NotFoundError('Không tìm thấy liên hệ.');
  return found;
}

export async function listContactsForAdmin(actor: Actor | null) {
  assertCan(actor, 'contacts.manage');
  return getDb().select().from(contacts).orderBy(asc(contacts.position), asc(contacts.name));
}

export async function getContactForAdmin(actor: Actor | null, id: string) {
  assertCan(actor, 'contacts.manage');
  const [row] = isUuid(id) ? await getDb().select().from(contacts).where(eq(contacts.id, id)) : [];
  if (!row) throw new NotFoundError('Không tìm thấy liên hệ.');
  return row;
}
