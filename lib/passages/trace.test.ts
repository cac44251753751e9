import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { ingestChecks } from './ingest';
import { tracePerson } from './trace';
import { voidPassage } from './void';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

const T = new Date(Date.now() - 3 * 3_600_000);
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

async function record(officer: Actor, checkpointId: string, minutes: number, citizen: { name?: string; phone?: string; idNumber?: string }) {
  const [o] = await ingestChecks([directCheck(checkpointId, { checkedAt: at(minutes).toISOString(), citizen })], as(officer, at(minutes)));
  if (o.status !== 'stored') throw new Error(JSON.stringify(o));
  return o.passage.id;
}

async function scene() {
  const a = await makeCheckpoint('524');
  const b = await makeCheckpoint('534');
  const officer = await makeActor('officer', { checkpointIds: [a.id, b.id] });
  const phone = `09${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
  const own1 = await record(officer, a.id, 0, { name: 'Người cần tra', phone, idNumber: '051090000999' });
  const own2 = await record(officer, a.id, 10, { name: 'Người cần tra', phone });
  const near = await record(officer, a.id, 25, { name: 'Tiếp xúc gần', phone: '0912000001' });
  const earlier = await record(officer, a.id, -30, { name: 'Trước 30 phút', phone: '0912000002' });
  await record(officer, a.id, 45, { name: 'Quá xa', phone: '0912000003' });
  await record(officer, b.id, 5, { name: 'Chốt khác', phone: '0912000004' });
  const voided = await record(officer, a.id, 5, { name: 'Đã huỷ', phone: '0912000005' });
  await voidPassage(officer, voided, at(6));
  return { phone, own: [own1, own2], contacts: [earlier, near] };
}

const reason = 'Ca bệnh ngày 20/09, yêu cầu của CDC tỉnh';

describe('tracePerson allow/deny', () => {
  it.each([
    ['admin', 'allowed'], ['police', 'allowed'], ['district', 'forbidden'], ['viewer', 'forbidden'], ['officer', 'forbidden'],
  ] as const)('%s → %s', async (role, expected) => {
    const actor = await makeActor(role);
    expect(await outcomeOf(() => tracePerson(actor, { kind: 'phone', value: '0905000000', reason }))).toBe(expected);
  });

  it('refuses signed-out callers and a look-up without a reason, auditing nothing', async () => {
    const police = await makeActor('police');
    expect(await outcomeOf(() => tracePerson(null, { kind: 'phone', value: '0905000000', reason }))).toBe('unauthenticated');
    expect(await outcomeOf(() => tracePerson(police, { kind: 'phone', value: '0905000000', reason: 'xem' }))).toBe('invalid');
    expect(await outcomeOf(() => tracePerson(police, { kind: 'id_number', value: '12345', reason }))).toBe('invalid');
    expect(await db().select().from(auditLogs).where(eq(auditLogs.actorId, police.id))).toHaveLength(0);
  });
});

describe('tracePerson', () => {
  it("finds the person's passages by phone in any format, and others at the same checkpoint within ±30 minutes", async () => {
    const { phone, own, contacts } = await scene();
    const police = await makeActor('police');
    const found = await tracePerson(police, { kind: 'phone', value: `+84 ${phone.slice(1, 4)}.${phone.slice(4)}`, reason });
    expect(found.passages.map((p) => p.id)).toEqual(own);
    expect(found.contacts.map((c) => c.id)).toEqual(contacts);
    expect(found.contacts[1]).toMatchObject({ citizenName: 'Tiếp xúc gần', phone: '0912000001' });
  });

  it('finds by ID number, and audits the reason with a hash, never the number', async () => {
    await scene();
    const admin = await makeActor('admin');
    const found = await tracePerson(admin, { kind: 'id_number', value: '051 090 000 999', reason });
    expect(found.passages.length).toBeGreaterThan(0);
    const [audit] = await db().select().from(auditLogs).where(eq(auditLogs.actorId, admin.id));
    expect(audit).toMatchObject({ action: 'trace.lookup', after: { kind: 'id_number', reason, passages: found.passages.length } });
    expect((audit.after as { subjectHash: string }).subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit)).not.toMatch(/051090000999|051 090 000 999/);
  });
});
