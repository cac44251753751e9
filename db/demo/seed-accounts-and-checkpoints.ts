import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { users, checkpoints, checkpointOfficers } from '../schema';
import { hashPassword } from '@/lib/auth/password';
import { communesOf } from '@/lib/geo/districts';
import { foldVietnamese } from '@/lib/text/fold';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { DEMO_CHECKPOINTS } from './checkpoint-list';
import { stableId } from './stable-id';

function communeCode(districtCode: string, name?: string): string | null {
  if (!name) return null;
  return communesOf(districtCode).find((c) => c.name.endsWith(name))?.code ?? null;
}

export async function seedDemoCheckpoints(db: Db): Promise<void> {
  for (const c of DEMO_CHECKPOINTS) {
    const commune = communeCode(c.districtCode, c.commune);
    await db
      .insert(checkpoints)
      .values({
        id: stableId('checkpoint', c.name), kind: c.kind, name: c.name, districtCode: c.districtCode, communeCode: commune,
        address: c.address, latitude: c.latitude ?? null, longitude: c.longitude ?? null, responsibleUnit: c.responsibleUnit,
        phone: c.phone ?? null, smartphoneCount: c.smartphoneCount, hasMobileData: c.hasMobileData, installedApps: c.installedApps,
        status: c.status ?? 'active', shiftNotes: c.shiftNotes ?? null,
        searchText: foldVietnamese([c.name, c.address, c.responsibleUnit].join(' ')),
      })
      .onConflictDoNothing();
  }
}

export async function seedDemoAccounts(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    await db
      .insert(users)
      .values({ id: stableId('user', a.username), username: a.username, fullName: a.fullName, role: a.role, districtCode: a.districtCode ?? null, passwordHash })
      .onConflictDoNothing();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, a.username));
    for (const name of a.checkpoints ?? []) {
      await db.insert(checkpointOfficers).values({ userId: user.id, checkpointId: stableId('checkpoint', name) }).onConflictDoNothing();
    }
  }
}
