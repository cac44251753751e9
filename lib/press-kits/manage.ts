import 'server-only';
import { eq, inArray, like } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { materials, pressKitItems, pressKits } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { firstFreeSlug, slugify } from '@/lib/text/slug';
import { isUuid } from '@/lib/validation/ids';
import type { CreatePressKitInput, UpdatePressKitInput } from './schema';

async function checkMaterials(tx: Tx, ids: string[]) {
  const found = await tx.select({ id: materials.id, status: materials.status }).from(materials).where(inArray(materials.id, ids));
  if (found.length !== ids.length || found.some((m) => m.status === 'archived')) {
    throw new UserInputError('Có tài liệu không còn tồn tại hoặc đã lưu trữ; hãy chọn lại.', { materialIds: ['Chọn lại tài liệu.'] });
  }
}

async function setItems(tx: Tx, kitId: string, ids: string[]) {
  await tx.delete(pressKitItems).where(eq(pressKitItems.kitId, kitId));
  await tx.insert(pressKitItems).values(ids.map((materialId, position) => ({ kitId, materialId, position })));
}

function publishedAt(status: string, before?: { status: string; publishedAt: Date | null }): Date | null {
  if (status === 'draft') return null;
  if (before?.publishedAt && before.status !== 'draft') return before.publishedAt;
  return status === 'published' ? new Date() : null;
}

export async function createPressKit(actor: Actor | null, input: CreatePressKitInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'materials.manage');
  return getDb().transaction(async (tx) => {
    await checkMaterials(tx, input.materialIds);
    const base = slugify(input.title);
    const taken = await tx.select({ slug: pressKits.slug }).from(pressKits).where(like(pressKits.slug, `${base}%`));
    const [kit] = await tx
      .insert(pressKits)
      .values({
        slug: firstFreeSlug(base, taken.map((r) => r.slug)), title: input.title, description: input.description,
        status: input.status, publishedAt: publishedAt(input.status), createdBy: actor.id, updatedBy: actor.id,
      })
      .returning();
    await setItems(tx, kit.id, input.materialIds);
    await recordAudit(tx, actor, { action: 'press_kit.create', entityType: 'press_kit', entityId: kit.id, after: { ...kit, materialIds: input.materialIds } });
    return { id: kit.id, slug: kit.slug };
  });
}

async function loadKit(tx: Tx, id: string) {
  const [kit] = isUuid(id) ? await tx.select().from(pressKits).where(eq(pressKits.id, id)).for('update') : [];
  if (!kit) throw new NotFoundError('Không tìm thấy bộ tài liệu.');
  const items = await tx.select({ id: pressKitItems.materialId }).from(pressKitItems).where(eq(pressKitItems.kitId, id)).orderBy(pressKitItems.position);
  return { kit, materialIds: items.map((i) => i.id) };
}

export async function updatePressKit(actor: Actor | null, input: UpdatePressKitInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'materials.manage');
  return getDb().transaction(async (tx) => {
    const before = await loadKit(tx, input.id);
    await checkMaterials(tx, input.materialIds);
    const [after] = await tx
      .update(pressKits)
      .set({
        title: input.title, description: input.description, status: input.status,
        publishedAt: publishedAt(input.status, before.kit), updatedBy: actor.id, updatedAt: new Date(),
      })
      .where(eq(pressKits.id, input.id))
      .returning();
    await setItems(tx, input.id, input.materialIds);
    await recordAudit(tx, actor, {
      action: 'press_kit.update', entityType: 'press_kit', entityId: input.id,
      before: { ...before.kit, materialIds: before.materialIds }, after: { ...after, materialIds: input.materialIds },
    });
    return { id: after.id, slug: after.slug };
  });
}

export async function deletePressKit(actor: Actor | null, id: string): Promise<void> {
  assertCan(actor, 'materials.manage');
  await getDb().transaction(async (tx) => {
    const before = await loadKit(tx, id);
    await tx.delete(pressKits).where(eq(pressKits.id, id));
    await recordAudit(tx, actor, { action: 'press_kit.delete', entityType: 'press_kit', entityId: id, before: { ...before.kit, materialIds: before.materialIds } });
  });
}
