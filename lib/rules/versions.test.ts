import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, verificationRules } from '@/db/schema';
import { createRuleVersion, listRuleVersions, rulesForConsole } from './versions';
import { ruleInForceAt } from './in-force';
import { createRuleVersionSchema } from './schema';

const { db } = useTestDatabase();

const input = (over: Record<string, unknown> = {}) =>
  createRuleVersionSchema.parse({
    effectiveDate: '2030-01-01', effectiveTime: '00:00', requiredDoses: '3', 'singleDoseVaccines': ['EU/1/20/1525'],
    otherSingleDoseVaccines: 'X-Vac, Y-Vac', daysAfterLastDose: '14', validityDays: '', recoveryDays: '180', note: 'Theo văn bản thử 1/BYT', ...over,
  });

describe('rule settings allow/deny', () => {
  it.each([
    ['admin', 'allowed'], ['police', 'forbidden'], ['district', 'forbidden'], ['viewer', 'forbidden'], ['officer', 'forbidden'],
  ] as const)('%s adding a version or listing history → %s', async (role, expected) => {
    const actor = await makeActor(role);
    const before = (await db().select().from(verificationRules)).length;
    expect(await outcomeOf(() => createRuleVersion(actor, input()))).toBe(expected);
    expect(await outcomeOf(() => listRuleVersions(actor))).toBe(expected);
    expect((await db().select().from(verificationRules)).length).toBe(before + (expected === 'allowed' ? 1 : 0));
  });

  it('refuses signed-out callers; every role may read the rule for the console', async () => {
    expect(await outcomeOf(() => createRuleVersion(null, input()))).toBe('unauthenticated');
    expect(await outcomeOf(() => rulesForConsole(null))).toBe('unauthenticated');
    for (const role of ['admin', 'police', 'district', 'viewer', 'officer'] as const) {
      expect(await outcomeOf(async () => rulesForConsole(await makeActor(role)))).toBe('allowed');
    }
  });
});

describe('rule versions', () => {
  it('adds a numbered, audited version that applies from its effective instant, and keeps history', async () => {
    const admin = await makeActor('admin');
    const now = new Date('2029-12-31T12:00:00Z');
    const created = await createRuleVersion(admin, input(), now);
    expect(created).toMatchObject({ requiredDoses: 3, singleDoseVaccines: ['EU/1/20/1525', 'X-Vac', 'Y-Vac'], validityDays: null, recoveryDays: 180 });
    expect(created.effectiveFrom).toBe('2029-12-31T17:00:00.000Z');
    expect((await ruleInForceAt(new Date('2029-12-31T16:59:59Z'))).version).toBe(1);
    expect((await ruleInForceAt(new Date('2029-12-31T17:00:00Z'))).version).toBe(created.version);
    const history = await listRuleVersions(admin, now);
    expect(history[0]).toMatchObject({ version: created.version, state: 'scheduled', createdByName: admin.fullName });
    expect(history.find((v) => v.version === 1)?.state).toBe('current');
    const console = await rulesForConsole(admin, now);
    expect(console.current.version).toBe(1);
    expect(console.upcoming.map((r) => r.version)).toContain(created.version);
    const [audit] = await db().select().from(auditLogs).where(and(eq(auditLogs.action, 'rule.create'), eq(auditLogs.entityId, String(created.version))));
    expect(audit).toMatchObject({ actorId: admin.id, entityId: String(created.version) });
  });

  it('refuses a start less than five minutes ahead and writes nothing', async () => {
    const admin = await makeActor('admin');
    const before = (await db().select().from(verificationRules)).length;
    const now = new Date('2030-06-01T00:00:00+07:00');
    const soon = input({ effectiveDate: '2030-06-01', effectiveTime: '00:04' });
    expect(await outcomeOf(() => createRuleVersion(admin, soon, now))).toBe('invalid');
    expect((await db().select().from(verificationRules)).length).toBe(before);
  });

  it('explains bad input in Vietnamese', () => {
    const parsed = createRuleVersionSchema.safeParse({ effectiveDate: '31/12/2030', effectiveTime: '25:00', requiredDoses: '0', daysAfterLastDose: 'x', note: '' });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['Chọn ngày bắt đầu hiệu lực.', 'Giờ bắt đầu hiệu lực dạng HH:mm (24 giờ).', 'Số mũi từ 1 đến 5.', 'Số ngày từ 0 đến 90.']));
  });
});
