import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { contacts } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { isUuid } from '@/lib/validation/ids';
import type { CreateContactInput, UpdateContactInput } from './schema';

const columns = (input: CreateContactInput) => ({
  kind: input.kind, name: input.name, title: input.title ?? null, unit: input.unit ?? null, phone: input.phone ?? null,
  email: input.email ?? null, address: input.address ?? null, notes: input.notes ?? null, position: input.position,
});

// Contacts are published on purpose (that is the directory's job), so the audit keeps them whole.
export async function createContact(actor: Actor | null, input: CreateContactInput): Promise<{ id: string }> {
  assertCan(actor, 'contacts.manage');
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(contacts).values(columns(input)).returning();
    await recordAudit(tx, actor, { action: 'contact.create', entityType: 'contact', entityId: row.id, after: { ...row, contactPhone: row.phone } });
    return { id: row.id };
  });
}

async function load(tx: Tx, id: string) {
  const [row] = isUuid(id) ? await tx.select().from(contacts).where(eq(contacts.id, id)).for('update') : [];
  if (!row) throw new NotFoundError('Không tìm thấy liên hệ.');
  return row;
}

export async function updateContact(actor: Actor | null, input: UpdateContactInput): Promise<void> {
  assertCan(actor, 'contacts.manage');
  await getDb().transaction(async (tx) => {
    const before = await load(tx, input.id);
    const [after] = await tx.update(contacts).set({ ...columns(input), updatedAt: new Date() }).where(eq(contacts.id, input.id)).returning();
    await recordAudit(tx, actor, {
      action: 'contact.update', entityType: 'contact', entityId: input.id,
      before: { ...before, contactPhone: before.phone }, after: { ...after, contactPhone: after.phone },
    });
  });
}

export async function deleteContact(actor: Actor | null, id: string): Promise<void> {
  assertCan(actor, 'contacts.manage');
  await getDb().transaction(async (tx) => {
    const before = await load(tx, id);
    await tx.delete(contacts).where(eq(contacts.id, id));
    await recordAudit(tx, actor, { action: 'contact.delete', entityType: 'contact', entityId: id, before: { ...before, contactPhone: before.phone } });
  });
}
