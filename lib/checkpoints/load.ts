import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import type { Permission } from '@/lib/auth/permissions';
import { assertCan, assertCanSee } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';

export type CheckpointRow = typeof checkpoints.$inferSelect;

/**
 * One checkpoint the actor may act on with `permission`, locked for update when asked.
 * Another district's checkpoint answers "not found", exactly like a missing one.
 */
export async function loadCheckpointFor(
  db: Executor, actor: Actor | null, permission: Permission, id: string, options: { lock?: boolean } = {},
): Promise<CheckpointRow> {
  assertCan(actor, permission);
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy chốt kiểm soát.');
  const query = db.select().from(checkpoints).where(eq(checkpoints.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Không tìm thấy chốt kiểm soát.');
  assertCanSee(actor, permission, { districtCode: row.districtCode });
  return row;
}
