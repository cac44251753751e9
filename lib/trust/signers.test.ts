import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, trustedSigners } from '@/db/schema';
import { bytesToBase64 } from '@/lib/dcc/bytes';
import { computeKid } from '@/lib/dcc';
import { UserInputError } from '@/lib/auth/errors';
import { importTrustedSigners, listTrustedSigners, setTrustedSignerEnabled, trustListForConsole } from './signers';
import { newSigner, pemOf } from './test-signers';

const { db } = useTestDatabase();
const rowCount = async () => (await db().select().from(trustedSigners)).length;
const NOW = new Date('2026-11-27T08:00:00Z');

describe('trust list allow/deny', () => {
  it.each([
    ['admin', 'allowed'], ['police', 'forbidden'], ['district', 'forbidden'], ['viewer', 'forbidden'], ['officer', 'forbidden'],
  ] as const)('%s importing, listing, disabling → %s', async (role, expected) => {
    const admin = await makeActor('admin');
    const { imported } = await importTrustedSigners(admin, [{ name: 'a.pem', data: pemOf(await newSigner()) }]);
    const [row] = await db().select().from(trustedSigners).where(eq(trustedSigners.kid, imported[0].kid));
    const actor = await makeActor(role, { districtCode: '534' });
    const before = await rowCount();
    expect(await outcomeOf(async () => importTrustedSigners(actor, [{ name: 'b.pem', data: pemOf(await newSigner()) }]))).toBe(expected);
    expect(await rowCount()).toBe(before + (expected === 'allowed' ? 1 : 0));
    expect(await outcomeOf(() => listTrustedSigners(actor))).toBe(expected);
    expect(await outcomeOf(() => setTrustedSignerEnabled(actor, row.id, false))).toBe(expected);
    const [after] = await db().select().from(trustedSigners).where(eq(trustedSigners.id, row.id));
    expect(after.enabled).toBe(expected !== 'allowed');
  });

  it('lets every signed-in role read the console copy, and nobody signed out', async () => {
    expect(await outcomeOf(() => trustListForConsole(null))).toBe('unauthenticated');
    expect(await outcomeOf(() => importTrustedSigners(null, [{ name: 'x', data: 'x' }]))).toBe('unauthenticated');
    for (const role of ['admin', 'police', 'district', 'viewer', 'officer'] as const) {
      expect(await outcomeOf(async () => trustListForConsole(await makeActor(role)))).toBe('allowed');
    }
  });
});

describe('importing signer certificates', () => {
  it('imports many PEM certificates from one text, audited, and lists them with country, kid, algorithm, validity', async () => {
    const admin = await makeActor('admin');
    const [a, b] = [await newSigner({ country: 'VN' }), await newSigner({ country: 'DE' })];
    const report = await importTrustedSigners(admin, [{ name: 'dan', data: pemOf(a) + pemOf(b) }], NOW);
    expect(report.imported.map((i) => i.country).sort()).toEqual(['DE', 'VN']);
    expect(report.problems).toEqual([]);
    const kidA = bytesToBase64(await computeKid(a.certificate));
    const listed = (await listTrustedSigners(admin, NOW)).find((s) => s.kid === kidA);
    expect(listed).toMatchObject({ country: 'VN', algorithm: 'ES256', enabled: true, validity: 'valid' });
    const audits = await db().select().from(auditLogs).where(eq(auditLogs.action, 'trust.import'));
    expect(audits.some((l) => (l.after as { kid: string }).kid === kidA)).toBe(true);
    expect(JSON.stringify(audits)).not.toContain('certificate');
  });

  it('imports DER bytes and reports the same certificate again as already present', async () => {
    const admin = await makeActor('admin');
    const signer = await newSigner();
    const first = await importTrustedSigners(admin, [{ name: 'dsc.der', data: signer.certificate }], NOW);
    expect(first.imported).toHaveLength(1);
    const before = await rowCount();
    const again = await importTrustedSigners(admin, [{ name: 'dsc.der', data: signer.certificate }, { name: 'dsc.pem', data: pemOf(signer) }], NOW);
    expect(again.imported).toEqual([]);
    expect(again.alreadyPresent).toEqual([first.imported[0].kid]);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a second certificate filed under a kid already trusted', async () => {
    const admin = await makeActor('admin');
    const [a, b] = [await newSigner(), await newSigner()];
    const kidA = bytesToBase64(await computeKid(a.certificate));
    await importTrustedSigners(admin, [{ name: 'a.der', data: a.certificate }], NOW);
    const list = JSON.stringify([{ kid: kidA, country: 'VN', certificate: bytesToBase64(b.certificate) }]);
    await expect(importTrustedSigners(admin, [{ name: 'list.json', data: list }], NOW)).rejects.toThrow(/đã thuộc một chứng thư khác/);
  });

  it('reads the EU DSC list, skipping other certificate types with a Vietnamese problem', async () => {
    const admin = await makeActor('admin');
    const signer = await newSigner({ country: 'DE' });
    const kid = bytesToBase64(await computeKid(signer.certificate));
    const eu = { certificates: [{ certificateType: 'DSC', country: 'DE', kid, rawData: bytesToBase64(signer.certificate) }, { certificateType: 'CSCA', country: 'DE', rawData: 'AAAA' }] };
    const report = await importTrustedSigners(admin, [{ name: 'eu.json', data: new TextEncoder().encode(JSON.stringify(eu)) }], NOW);
    expect(report.imported).toEqual([{ kid, country: 'DE' }]);
    expect(report.problems).toEqual(['eu.json, mục 2: Mục này không phải chứng thư ký chứng nhận (DSC) nên được bỏ qua.']);
  });

  it.each([
    ['text that is no certificate', 'không phải chứng thư'],
    ['{"certificates": 5}', 'không đọc được danh sách tin cậy dạng JSON'],
    ['[{"country":"VN"}]', 'thiếu chứng thư'],
  ])('refuses garbage (%s) with a Vietnamese problem and writes nothing', async (data, message) => {
    const admin = await makeActor('admin');
    const before = await rowCount();
    const audits = (await db().select().from(auditLogs)).length;
    const error = await importTrustedSigners(admin, [{ name: 'rac.txt', data }], NOW).catch((e) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect(error.message).toMatch(/^Không nhập được chứng thư nào/);
    expect(error.message).toContain(message);
    expect(await rowCount()).toBe(before);
    expect((await db().select().from(auditLogs)).length).toBe(audits);
  });

  it('imports a certificate past its validity with a warning', async () => {
    const admin = await makeActor('admin');
    const old = await newSigner({ notBefore: new Date('2021-01-01T00:00:00Z'), notAfter: new Date('2022-06-30T00:00:00Z') });
    const report = await importTrustedSigners(admin, [{ name: 'cu.pem', data: pemOf(old) }], NOW);
    expect(report.imported).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/đã hết hạn ngày 30\/06\/2022; vẫn nhập/);
    expect((await listTrustedSigners(admin, NOW)).find((s) => s.kid === report.imported[0].kid)?.validity).toBe('expired');
  });

  it('disables and enables a signer, audited, and the console copy follows', async () => {
    const admin = await makeActor('admin');
    const { imported } = await importTrustedSigners(admin, [{ name: 'x.pem', data: pemOf(await newSigner()) }], NOW);
    const [row] = await db().select().from(trustedSigners).where(eq(trustedSigners.kid, imported[0].kid));
    const officer = await makeActor('officer');
    const v1 = await trustListForConsole(officer);
    expect(v1.signers.map((s) => s.kid)).toContain(row.kid);
    await setTrustedSignerEnabled(admin, row.id, false);
    const v2 = await trustListForConsole(officer);
    expect(v2.signers.map((s) => s.kid)).not.toContain(row.kid);
    expect(v2.version).not.toBe(v1.version);
    await setTrustedSignerEnabled(admin, row.id, true);
    expect((await trustListForConsole(officer)).signers.map((s) => s.kid)).toContain(row.kid);
    const actions = (await db().select().from(auditLogs).where(eq(auditLogs.entityId, row.id))).map((l) => l.action);
    expect(actions).toEqual(expect.arrayContaining(['trust.import', 'trust.disable', 'trust.enable']));
  });
});
