import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, passageDailyStats, passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { ingestChecks } from './ingest';
import { voidPassage, VOID_WINDOW_MS } from './void';
import { aggregateMismatches } from './aggregate-check';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

async function storedAt(checkpointId: string, officer: Actor, receivedAt = new Date()) {
  const [outcome] = await ingestChecks([directCheck(checkpointId, { checkedAt: receivedAt.toISOString() })], as(officer, receivedAt));
  if (outcome.status !== 'stored') throw new Error(JSON.stringify(outcome));
  return outcome.passage;
}

describe('voidPassage allow/deny', () => {
  it.each([
    ['an officer of the checkpoint', 'allowed', 'officer', true],
    ['an officer of another checkpoint', 'not_found', 'officer', false],
    ['admin', 'forbidden', 'admin', false],
    ['police', 'forbidden', 'police', false],
    ['the district', 'forbidden', 'district', false],
    ['viewer', 'forbidden', 'viewer', false],
  ] as const)('%s → %s', async (_label, expected, role, assigned) => {
    const cp = await makeCheckpoint('524');
    const recorder = await makeActor('officer', { checkpointIds: [cp.id] });
    const passage = await storedAt(cp.id, recorder);
    const other = await makeCheckpoint('534');
    const actor = await makeActor(role, { checkpointIds: role === 'officer' ? [assigned ? cp.id : other.id] : [] });
    expect(await outcomeOf(() => voidPassage(actor, passage.id))).toBe(expected);
    const [row] = await db().select().from(passages).where(eq(passages.id, passage.id));
    expect(row.voidedAt !== null).toBe(expected === 'allowed');
  });

  it('refuses signed-out callers and unknown ids', async () => {
    const officer = await makeActor('officer');
    expect(await outcomeOf(() => voidPassage(null, 1))).toBe('unauthenticated');
    expect(await outcomeOf(() => voidPassage(officer, 987_654_321))).toBe('not_found');
  });
});

describe('voiding', () => {
  it('takes the passage out of every count in the same transaction, audits it, and repeats harmlessly', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const passage = await storedAt(cp.id, officer);
    const first = await voidPassage(officer, passage.id);
    const again = await voidPassage(officer, passage.id);
    expect(first.status).toBe('voided');
    expect(again).toMatchObject({ status: 'already_voided', passage: { id: passage.id, voidedAt: first.passage.voidedAt } });
    expect(await aggregateMismatches(db())).toEqual([]);
    const [daily] = await db().select().from(passageDailyStats).where(eq(passageDailyStats.checkpointId, cp.id));
    expect(daily.count).toBe(0);
    const audits = await db().select().from(auditLogs).where(and(eq(auditLogs.action, 'passage.void'), eq(auditLogs.entityId, String(passage.id))));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(officer.id);
  });

  it('is allowed for 15 minutes after the check reached the server, then refused', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const receivedAt = new Date(Date.now() - 60_000);
    const inTime = await storedAt(cp.id, officer, receivedAt);
    const late = await storedAt(cp.id, officer, receivedAt);
    expect(await outcomeOf(() => voidPassage(officer, inTime.id, new Date(receivedAt.getTime() + VOID_WINDOW_MS)))).toBe('allowed');
    expect(await outcomeOf(() => voidPassage(officer, late.id, new Date(receivedAt.getTime() + VOID_WINDOW_MS + 1000)))).toBe('invalid');
    const [row] = await db().select().from(passages).where(eq(passages.id, late.id));
    expect(row.voidedAt).toBeNull();
  });
});
