import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { checkpoints, passages, verificationRules } from '@/db/schema';
import { forgetRuleCache } from '@/lib/rules/in-force';
import { ingestChecks } from './ingest';
import { aggregateMismatches } from './aggregate-check';
import { hashIdNumber, hashPhone } from './personal-data';
import { as, citizenCheck, directCheck, makePosterToken, newKey } from './test-helpers';

const { db } = useTestDatabase();

const countByKey = async (key: string) => (await db().select().from(passages).where(eq(passages.idempotencyKey, key))).length;

describe('bad text in a batch', () => {
  it('refuses each bad item as invalid_input in Vietnamese and stores its valid neighbours', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const person = (name: string) => ({ name, phone: '0905 123 456' });
    const items = [
      directCheck(cp.id, { citizen: person('Nguyễn\u0000Văn A') }),
      directCheck(cp.id),
      directCheck(cp.id, { citizen: person('Trần \udc00 B') }),
      directCheck(cp.id, { checkedAt: 'yesterday', lastDoseOn: '2021-08-01' }),
      directCheck(cp.id, { citizen: person('Lê\u202Egnp.exe C') }),
    ];
    const outcomes = await ingestChecks(items, as(officer));
    expect(outcomes.map((o) => (o.status === 'refused' ? o.reason : o.status))).toEqual(['invalid_input', 'stored', 'invalid_input', 'invalid_input', 'stored']);
    for (const o of [outcomes[0], outcomes[2], outcomes[3]]) expect(o).toMatchObject({ message: expect.stringMatching(/không hợp lệ/) });
    expect(outcomes[0]).toMatchObject({ message: expect.stringContaining('ký tự điều khiển') });
    const stored = await db().select().from(passages).where(eq(passages.checkpointId, cp.id));
    expect(stored.map((p) => p.citizenName)).toEqual(expect.arrayContaining([null, 'Lêgnp.exe C']));
    expect(stored).toHaveLength(2);
  });
});

describe('what a check says reaches the database unchanged', () => {
  it('keeps quotes, backslashes, Vietnamese marks and emoji in names through the JSON rows (composed to NFC)', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const names = ['Nguyễn "Bé" Văn', 'Trần \\ Thị \\u0041', "O'Neil Lê 😀", 'Hoànǵ Ngọc̣ (tổ hợp)'];
    const items = names.map((name, i) => directCheck(cp.id, { citizen: { name, birthYear: 1980 + i, idNumber: `05109000012${i}` } }));
    const outcomes = await ingestChecks(items, as(officer));
    expect(outcomes.map((o) => o.status)).toEqual(names.map(() => 'stored'));
    const stored = await db().select().from(passages).where(eq(passages.checkpointId, cp.id));
    const byKey = new Map(stored.map((p) => [p.idempotencyKey, p]));
    items.forEach((item, i) => {
      const row = byKey.get(item.idempotencyKey)!;
      expect([row.citizenName, row.birthYear, row.idNumberHash, row.checkedAt.toISOString()]).toEqual([names[i].normalize('NFC'), 1980 + i, hashIdNumber(`05109000012${i}`), new Date(item.checkedAt).toISOString()]);
    });
  });
});

describe('recording a check: allow/deny per role', () => {
  it.each([
    ['officer assigned to the checkpoint', 'stored', 'officer', true],
    ['officer of another checkpoint', 'forbidden', 'officer', false],
    ['admin', 'forbidden', 'admin', false],
    ['police', 'forbidden', 'police', false],
    ['district of the checkpoint', 'forbidden', 'district', false],
    ['viewer', 'forbidden', 'viewer', false],
  ] as const)('%s → %s', async (_label, expected, role, assigned) => {
    const cp = await makeCheckpoint('524');
    const other = await makeCheckpoint('524');
    const actor = await makeActor(role, { checkpointIds: role === 'officer' ? [assigned ? cp.id : other.id] : [] });
    const item = directCheck(cp.id);
    const [outcome] = await ingestChecks([item], as(actor));
    expect(outcome.status === 'refused' ? outcome.reason : outcome.status).toBe(expected);
    expect(await countByKey(item.idempotencyKey)).toBe(expected === 'stored' ? 1 : 0);
  });

  it('refuses a signed-out officer method with 401 reason, and another district is no different', async () => {
    const cp = await makeCheckpoint('534');
    const binhSonOfficer = await makeActor('officer', { checkpointIds: [(await makeCheckpoint('524')).id] });
    const [signedOut] = await ingestChecks([directCheck(cp.id)], as(null));
    const [foreign] = await ingestChecks([directCheck(cp.id)], as(binhSonOfficer));
    expect(signedOut).toMatchObject({ status: 'refused', reason: 'unauthenticated' });
    expect(foreign).toMatchObject({ status: 'refused', reason: 'forbidden' });
  });
});

describe('what the server decides', () => {
  it('judges itself, ignores the device verdict, and sets evidence by method', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const checkedAt = '2026-01-10T03:00:00.000Z';
    const receivedAt = new Date('2026-01-10T03:01:00Z');
    const outcomes = await ingestChecks(
      [
        directCheck(cp.id, { doses: 1, lastDoseOn: '2025-12-01', checkedAt, provisionalResult: 'valid' }),
        directCheck(cp.id, { doses: 2, lastDoseOn: '2026-01-01', checkedAt }),
        directCheck(cp.id, { doses: 1, vaccine: 'EU/1/20/1525', lastDoseOn: '2025-12-27', checkedAt }),
        directCheck(cp.id, { source: 'none', doses: undefined, lastDoseOn: undefined, checkedAt }),
      ],
      as(officer, receivedAt),
    );
    expect(outcomes.map((o) => (o.status === 'stored' ? o.passage.result : o.status))).toEqual(['incomplete_doses', 'under_14_days', 'valid', 'unverified']);
    expect(outcomes.every((o) => o.status === 'stored' && o.passage.evidence === 'officer_seen' && o.passage.ruleVersion === 1)).toBe(true);
  });

  it('judges with the rule version in force at checked_at, not at arrival', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    await db().insert(verificationRules).values({
      version: 2, effectiveFrom: new Date('2026-02-01T00:00:00+07:00'), requiredDoses: 3, singleDoseVaccines: [], daysAfterLastDose: 14, note: 'thử',
    });
    forgetRuleCache();
    const receivedAt = new Date('2026-02-02T03:00:00Z');
    const before = directCheck(cp.id, { checkedAt: '2026-01-31T16:59:00Z', lastDoseOn: '2025-12-01' });
    const after = directCheck(cp.id, { checkedAt: '2026-01-31T17:00:00Z', lastDoseOn: '2025-12-01' });
    const [a, b] = await ingestChecks([before, after], as(officer, receivedAt));
    expect(a).toMatchObject({ status: 'stored', passage: { ruleVersion: 1, result: 'valid' } });
    expect(b).toMatchObject({ status: 'stored', passage: { ruleVersion: 2, result: 'incomplete_doses' } });
    await db().delete(verificationRules).where(eq(verificationRules.version, 2));
    forgetRuleCache();
  });

  it('stores a scanned certificate the server could not verify as invalid_certificate (see certificate.test.ts)', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const item = directCheck(cp.id, { method: 'officer_scan', source: 'vaccine_passport', hc1: 'HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEXWK G2EP4J0B' });
    const [outcome] = await ingestChecks([item], as(officer));
    expect(outcome).toMatchObject({ status: 'stored', passage: { result: 'invalid_certificate', evidence: 'certificate_checked' } });
    expect(await countByKey(item.idempotencyKey)).toBe(1);
  });
});

describe('checked_at bounds', () => {
  it.each([
    [4 * 60_000 + 59_000, 'stored'],
    [5 * 60_000 + 1_000, 'checked_at_future'],
    [-(7 * 86_400_000 - 60_000), 'stored'],
    [-(7 * 86_400_000 + 60_000), 'checked_at_too_old'],
  ])('a check %i ms from arrival → %s', async (offset, expected) => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const receivedAt = new Date('2026-03-10T03:00:00Z');
    const item = directCheck(cp.id, { checkedAt: new Date(receivedAt.getTime() + offset).toISOString() });
    const [outcome] = await ingestChecks([item], as(officer, receivedAt));
    expect(outcome.status === 'refused' ? outcome.reason : outcome.status).toBe(expected);
    expect(await countByKey(item.idempotencyKey)).toBe(expected === 'stored' ? 1 : 0);
  });

  it('still answers duplicate for a stored check retried after the 7 days', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const item = directCheck(cp.id, { checkedAt: '2026-03-01T03:00:00Z' });
    await ingestChecks([item], as(officer, new Date('2026-03-01T03:05:00Z')));
    const [late] = await ingestChecks([item], as(officer, new Date('2026-03-20T03:00:00Z')));
    expect(late.status).toBe('duplicate');
  });
});

describe('idempotency', () => {
  it('stores a key once: the same body again is a duplicate, a different body is refused', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const item = directCheck(cp.id, { citizen: { phone: '0905 123 456' } });
    const [first] = await ingestChecks([item], as(officer));
    const [again] = await ingestChecks([{ ...item, citizen: { phone: '+84905123456' } }], as(officer));
    const [changed] = await ingestChecks([{ ...item, doses: 3 }], as(officer));
    expect(first.status).toBe('stored');
    expect(again).toMatchObject({ status: 'duplicate', passage: { id: first.status === 'stored' ? first.passage.id : -1 } });
    expect(changed).toMatchObject({ status: 'refused', reason: 'idempotency_conflict' });
    expect(await countByKey(item.idempotencyKey)).toBe(1);
  });

  it('answers per item in a batch, and a repeat inside the batch is a duplicate', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const good = directCheck(cp.id);
    const outcomes = await ingestChecks([good, { ...good }, { nonsense: true }, directCheck(cp.id, { doses: -1 }), directCheck(cp.id)], as(officer));
    expect(outcomes.map((o) => (o.status === 'refused' ? o.reason : o.status))).toEqual(['stored', 'duplicate', 'invalid_input', 'invalid_input', 'stored']);
    expect(outcomes[3]).toMatchObject({ idempotencyKey: expect.any(String), fields: { doses: ['Số mũi không hợp lệ.'] } });
    expect(outcomes[2].idempotencyKey).toBeNull();
  });

  it('lets concurrent retries of the same checks make one passage each, without errors', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const items = Array.from({ length: 20 }, () => directCheck(cp.id));
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => ingestChecks(i % 2 ? items : [...items].reverse(), as(officer))));
    const keys = items.map((i) => i.idempotencyKey);
    expect(await db().select().from(passages).where(inArray(passages.idempotencyKey, keys))).toHaveLength(20);
    const stored = runs.flat().filter((o) => o.status === 'stored').length;
    expect(stored).toBe(20);
    expect(runs.flat().every((o) => o.status === 'stored' || o.status === 'duplicate')).toBe(true);
    expect(await aggregateMismatches(db())).toEqual([]);
  });
});

describe('citizen check-in from a poster', () => {
  it('stores a self-declared check with hashed phone and ID, and never the ID in clear', async () => {
    const cp = await makeCheckpoint('524');
    const token = await makePosterToken(cp.id);
    const item = citizenCheck(token, { citizen: { name: 'Trần Thị B', birthYear: 1990, phone: '+84 905.123.456', idNumber: '051 090 000 123' } });
    const [outcome] = await ingestChecks([item], as(null));
    expect(outcome).toMatchObject({ status: 'stored', passage: { method: 'citizen_scan', evidence: 'self_declared', checkpointId: cp.id, result: 'valid' } });
    const [row] = await db().select().from(passages).where(eq(passages.idempotencyKey, item.idempotencyKey));
    expect(row).toMatchObject({ phone: '0905123456', phoneHash: hashPhone('0905123456'), idNumberHash: hashIdNumber('051090000123'), citizenName: 'Trần Thị B', birthYear: 1990, districtCode: '524', officerId: null });
    expect(JSON.stringify(row)).not.toContain('051090000123');
  });

  it('refuses forged, revoked and paused-checkpoint tokens, and a missing phone, storing nothing', async () => {
    const cp = await makeCheckpoint('524');
    const old = await makePosterToken(cp.id);
    const current = await makePosterToken(cp.id);
    const paused = await makeCheckpoint('524');
    const pausedToken = await makePosterToken(paused.id);
    await db().update(checkpoints).set({ status: 'paused' }).where(eq(checkpoints.id, paused.id));
    const forged = `${current.slice(0, -2)}${current.endsWith('AA') ? 'BB' : 'AA'}`;
    const items = [citizenCheck(old), citizenCheck(forged), citizenCheck(pausedToken), citizenCheck(current, { citizen: { name: 'X' } }), citizenCheck(current)];
    const outcomes = await ingestChecks(items, as(null));
    expect(outcomes.map((o) => (o.status === 'refused' ? o.reason : o.status))).toEqual(['poster_revoked', 'poster_forged', 'checkpoint_not_accepting', 'invalid_input', 'stored']);
    expect(await db().select().from(passages).where(inArray(passages.idempotencyKey, items.slice(0, 4).map((i) => i.idempotencyKey)))).toHaveLength(0);
  });
});
