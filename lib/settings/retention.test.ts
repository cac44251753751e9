import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, settings } from '@/db/schema';
import { DEFAULT_RETENTION_DAYS, getRetentionSetting, readRetentionDays, RETENTION_KEY, setRetentionDays } from './retention';

const { db } = useTestDatabase();

describe('retention setting', () => {
  it('defaults to 21 days', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(21);
    expect(await readRetentionDays()).toBe(21);
  });

  it.each([
    ['admin', 'allowed'], ['police', 'forbidden'], ['district', 'forbidden'], ['viewer', 'forbidden'], ['officer', 'forbidden'],
  ] as const)('%s changing or reading it → %s', async (role, expected) => {
    const actor = await makeActor(role);
    expect(await outcomeOf(() => setRetentionDays(actor, 30))).toBe(expected);
    expect(await outcomeOf(() => getRetentionSetting(actor))).toBe(expected);
  });

  it('is audited with before and after, and bad values are refused with nothing written', async () => {
    const admin = await makeActor('admin');
    await setRetentionDays(admin, 14);
    expect(await readRetentionDays()).toBe(14);
    const audits = await db().select().from(auditLogs).where(eq(auditLogs.entityId, RETENTION_KEY));
    expect(audits.at(-1)).toMatchObject({ action: 'setting.update', actorId: admin.id, after: { days: 14 } });
    expect(await outcomeOf(() => setRetentionDays(admin, 0))).toBe('invalid');
    expect(await outcomeOf(() => setRetentionDays(admin, 181))).toBe('invalid');
    expect(await outcomeOf(() => setRetentionDays(null, 10))).toBe('unauthenticated');
    const [row] = await db().select().from(settings).where(eq(settings.key, RETENTION_KEY));
    expect(row.value).toBe(14);
  });
});
