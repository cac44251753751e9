import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, settings } from '@/db/schema';
import { ALERT_THRESHOLDS_KEY, DEFAULT_ALERT_THRESHOLDS, getAlertThresholds, readAlertThresholds, setAlertThresholds } from './alert-thresholds';

const { db } = useTestDatabase();

describe('alert thresholds setting', () => {
  it('defaults until saved, then is audited with before and after', async () => {
    expect(await readAlertThresholds()).toEqual(DEFAULT_ALERT_THRESHOLDS);
    const admin = await makeActor('admin');
    await setAlertThresholds(admin, { ...DEFAULT_ALERT_THRESHOLDS, silentHours: 5 });
    expect((await readAlertThresholds()).silentHours).toBe(5);
    const [audit] = await db().select().from(auditLogs).where(eq(auditLogs.entityId, ALERT_THRESHOLDS_KEY));
    expect(audit).toMatchObject({ action: 'setting.update', before: { silentHours: 3 }, after: { silentHours: 5 } });
  });

  it.each([['admin', 'allowed'], ['police', 'forbidden'], ['district', 'forbidden'], ['viewer', 'forbidden'], ['officer', 'forbidden']] as const)('%s → %s', async (role, expected) => {
    const actor = await makeActor(role);
    expect(await outcomeOf(() => setAlertThresholds(actor, DEFAULT_ALERT_THRESHOLDS))).toBe(expected);
    expect(await outcomeOf(() => getAlertThresholds(actor))).toBe(expected);
  });

  it('refuses out-of-range values and writes nothing', async () => {
    const admin = await makeActor('admin');
    const before = await db().select().from(settings).where(eq(settings.key, ALERT_THRESHOLDS_KEY));
    expect(await outcomeOf(() => setAlertThresholds(admin, { ...DEFAULT_ALERT_THRESHOLDS, silentHours: 0 }))).toBe('invalid');
    expect(await outcomeOf(() => setAlertThresholds(admin, { ...DEFAULT_ALERT_THRESHOLDS, usualDays: 15 }))).toBe('invalid');
    expect(await db().select().from(settings).where(eq(settings.key, ALERT_THRESHOLDS_KEY))).toEqual(before);
  });
});
