import 'server-only';
import { and, asc, eq, ne, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';

/** Open checkpoints an actor may assign officers to (their district's, or the province's). */
export async function listAssignableCheckpoints(actor: Actor | null) {
  assertCan(actor, 'users.manage_officers');
  const where: SQL[] = [ne(checkpoints.status, 'closed')];
  const scope = districtScope(actor);
  if (scope) where.push(eq(checkpoints.districtCode, scope));
  return getDb()
    .select({ id: checkpoints.id, name: checkpoints.name, districtCode: checkpoints.districtCode })
    .from(checkpoints)
    .where(and(...where))
    .orderBy(asc(checkpoints.districtCode), asc(checkpoints.name));
}
