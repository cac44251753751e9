import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, checkpoints, checkpointOfficers } from '@/db/schema';
import type { Actor, Role } from '@/lib/auth/roles';
import { foldVietnamese } from '@/lib/text/fold';

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

// A real argon2id hash of "Demo@2021", so factories skip the ~30 ms hashing per user.
export const TEST_PASSWORD = 'Demo@2021';
const TEST_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$+cONjPWz5T9nKjzzkQ2kRw$aIQmXAtSpBh+q02VBQlHks5dKDpHgdRE80gxKpuILoM';

export async function makeCheckpoint(districtCode = '524', overrides: Partial<typeof checkpoints.$inferInsert> = {}) {
  const name = overrides.name ?? unique('Chốt thử ');
  const [row] = await getDb()
    .insert(checkpoints)
    .values({ kind: 'fixed', name, districtCode, searchText: foldVietnamese(name), ...overrides })
    .returning();
  return row;
}

/** A user in the database and the Actor a session for it would produce. */
export async function makeActor(role: Role, options: { districtCode?: string; checkpointIds?: string[] } = {}): Promise<Actor> {
  const districtCode = options.districtCode ?? (role === 'district' || role === 'officer' ? '524' : null);
  const [user] = await getDb()
    .insert(users)
    .values({ username: unique(`${role}.`), fullName: `Người thử ${role}`, role, districtCode, passwordHash: TEST_PASSWORD_HASH })
    .returning();
  const checkpointIds = options.checkpointIds ?? [];
  if (checkpointIds.length) {
    await getDb().insert(checkpointOfficers).values(checkpointIds.map((checkpointId) => ({ checkpointId, userId: user.id })));
  }
  return { id: user.id, username: user.username, fullName: user.fullName, role, districtCode, checkpointIds };
}

export async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row;
}
