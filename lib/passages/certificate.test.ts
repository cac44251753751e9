import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { passages, trustedSigners } from '@/db/schema';
import { FIRST_RULE, type VerificationRule } from '@/lib/verification';
import { makeHc1 } from '@/lib/dcc/issuer/make-hc1';
import { testPayload, vaccinationPayload } from '@/lib/dcc/test-support/sample-payloads';
import type { TestSigner } from '@/lib/dcc/issuer/make-signer';
import { importTrustedSigners, setTrustedSignerEnabled } from '@/lib/trust/signers';
import { newSigner, pemOf } from '@/lib/trust/test-signers';
import { judgeCertificate } from './certificate';
import { ingestChecks } from './ingest';
import { as, citizenCheck, directCheck, makePosterToken } from './test-helpers';

const { db } = useTestDatabase();

const CHECKED = new Date('2021-10-01T03:00:00Z'); // 10:00 01/10/2021 in Quảng Ngãi
const ISSUED = new Date('2021-09-02T00:00:00Z');
const EXPIRES = new Date('2022-09-02T00:00:00Z');
const vaccination = (v: Record<string, unknown>) => vaccinationPayload({ v: [{ ...(vaccinationPayload().v as object[])[0], ...v }] });
const recovery = () => ({
  ver: '1.3.0', nam: { fn: 'Phạm', gn: 'Văn Hùng', fnt: 'PHAM', gnt: 'VAN<HUNG' }, dob: '1975-02-03',
  r: [{ tg: '840539006', fr: '2021-09-10', df: '2021-09-21', du: '2022-03-09', co: 'VN', is: 'Ministry of Health', ci: 'URN:UVCI:01:VN:TEST0000000000000000000003' }],
});

let trusted: TestSigner;
async function trustedSigner(): Promise<TestSigner> {
  if (trusted) return trusted;
  trusted = await newSigner();
  await importTrustedSigners(await makeActor('admin'), [{ name: 'dsc.pem', data: pemOf(trusted) }]);
  return trusted;
}
const hc1 = async (hcert: object, over: { signer?: TestSigner; expiresAt?: Date; tamper?: boolean } = {}) =>
  makeHc1(over.signer ?? (await trustedSigner()), { hcert, issuedAt: ISSUED, expiresAt: over.expiresAt ?? EXPIRES, tamper: over.tamper });

describe('judgeCertificate', () => {
  it('passes a verified, complete series past 14 days through the rule, with what the console shows', async () => {
    const judged = await judgeCertificate(await hc1(vaccinationPayload()), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ ok: true, result: 'valid', vaccine: 'EU/1/20/1528', doses: 2, lastDoseOn: '2021-09-01' });
    expect(judged.summary).toMatchObject({
      reason: 'ok', type: 'vaccination', holder: { name: 'Trần Thị Mai', dateOfBirth: '1990-05-17' },
      vaccine: { code: 'EU/1/20/1528', name: 'Comirnaty' }, dose: { number: 2, of: 2 }, date: '2021-09-01',
    });
    expect(judged.summary.message).toMatch(/Chữ ký số hợp lệ/);
  });

  it.each([
    ['under 14 days', { dt: '2021-09-25' }, 'under_14_days'],
    ['incomplete doses (1 of 2)', { dn: 1, sd: 2 }, 'incomplete_doses'],
    ['Janssen 1 of 1', { mp: 'EU/1/20/1525', dn: 1, sd: 1 }, 'valid'],
  ])('%s → %s', async (_label, v, expected) => {
    expect((await judgeCertificate(await hc1(vaccination(v)), CHECKED, FIRST_RULE)).result).toBe(expected);
  });

  it('is expired once the certificate itself has expired (dcc expired)', async () => {
    const judged = await judgeCertificate(await hc1(vaccinationPayload(), { expiresAt: new Date('2021-09-30T00:00:00Z') }), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ result: 'expired', summary: { reason: 'expired', message: 'Chứng nhận đã hết hạn' } });
  });

  it('keeps an unknown signer invalid_certificate even when also expired', async () => {
    await trustedSigner(); // the list is not empty: an unknown signer is then a real warning
    const stranger = await newSigner();
    const judged = await judgeCertificate(await hc1(vaccinationPayload(), { signer: stranger, expiresAt: new Date('2021-09-30T00:00:00Z') }), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ result: 'invalid_certificate', summary: { reason: 'unknown_signer', message: 'Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy', holder: { name: 'Trần Thị Mai' } } });
  });

  it('says the signature could not be checked (unverified), not invalid, while no signer is trusted at all', async () => {
    const admin = await makeActor('admin');
    const qr = await hc1(vaccinationPayload());
    const enabled = await db().select().from(trustedSigners).where(eq(trustedSigners.enabled, true));
    for (const row of enabled) await setTrustedSignerEnabled(admin, row.id, false);
    try {
      const judged = await judgeCertificate(qr, CHECKED, FIRST_RULE);
      expect(judged).toMatchObject({ result: 'unverified', summary: { reason: 'unknown_signer', holder: { name: 'Trần Thị Mai' } } });
      expect(judged.summary.message).toMatch(/^Không xác minh được chữ ký: danh sách tin cậy chưa có chứng thư nào\. Hãy kiểm tra trực tiếp/);
    } finally {
      for (const row of enabled) await setTrustedSignerEnabled(admin, row.id, true);
    }
  });

  it('judges a signed certificate that breaks the schema by its data, and says what did not match', async () => {
    const judged = await judgeCertificate(await hc1(vaccinationPayload({ dob: '05/17/1990' })), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ result: 'valid', summary: { reason: 'ok', holder: { dateOfBirth: '05/17/1990' } } });
    expect(judged.summary.message).toMatch(/Lưu ý: nội dung chưa khớp hoàn toàn cấu trúc chuẩn EU DCC \(.*\/dob/);
  });

  it('refuses a bad signature as invalid_certificate', async () => {
    const judged = await judgeCertificate(await hc1(vaccinationPayload(), { tamper: true }), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ result: 'invalid_certificate', summary: { reason: 'bad_signature' } });
  });

  it('shows a test certificate but counts it unverified', async () => {
    const judged = await judgeCertificate(await hc1(testPayload()), CHECKED, FIRST_RULE);
    expect(judged).toMatchObject({ result: 'unverified', doses: null, summary: { type: 'test', reason: 'ok' } });
  });

  it('judges recovery by the rule: refused without acceptance, accepted within its days', async () => {
    const qr = await hc1(recovery());
    expect((await judgeCertificate(qr, CHECKED, FIRST_RULE)).result).toBe('unverified');
    const accepting: VerificationRule = { ...FIRST_RULE, version: 9, recoveryDays: 180 };
    expect((await judgeCertificate(qr, CHECKED, accepting)).result).toBe('valid');
    expect((await judgeCertificate(qr, CHECKED, { ...accepting, recoveryDays: 10 })).result).toBe('expired');
  });

  it('no longer trusts a disabled signer', async () => {
    const admin = await makeActor('admin');
    const signer = await newSigner();
    const { imported } = await importTrustedSigners(admin, [{ name: 'tam.pem', data: pemOf(signer) }]);
    const qr = await hc1(vaccinationPayload(), { signer });
    expect((await judgeCertificate(qr, CHECKED, FIRST_RULE)).result).toBe('valid');
    const [row] = await db().select().from(trustedSigners).where(eq(trustedSigners.kid, imported[0].kid));
    await setTrustedSignerEnabled(admin, row.id, false);
    expect((await judgeCertificate(qr, CHECKED, FIRST_RULE)).summary.reason).toBe('unknown_signer');
  });
});

describe('a scanned certificate through ingest', () => {
  const now = () => new Date();

  it('stores the officer scan with certificate_checked and the server verdict, never the HC1 string', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const qr = await makeHc1(await trustedSigner(), { hcert: vaccinationPayload(), issuedAt: new Date(Date.now() - 86_400_000), expiresAt: new Date(Date.now() + 86_400_000) });
    const item = directCheck(cp.id, { method: 'officer_scan', source: 'vaccine_passport', hc1: qr, doses: undefined, lastDoseOn: undefined, provisionalResult: 'incomplete_doses' });
    const [outcome] = await ingestChecks([item], as(officer, now()));
    expect(outcome).toMatchObject({ status: 'stored', passage: { result: 'valid', evidence: 'certificate_checked', method: 'officer_scan' }, certificate: { holder: { name: 'Trần Thị Mai' } } });
    const [row] = await db().select().from(passages).where(eq(passages.idempotencyKey, item.idempotencyKey));
    expect(row).toMatchObject({ vaccine: 'EU/1/20/1528', doses: 2, lastDoseOn: '2021-09-01', citizenName: null });
    expect(JSON.stringify(row)).not.toContain('HC1:');
    const [again] = await ingestChecks([item], as(officer, now()));
    expect(again).toMatchObject({ status: 'duplicate', certificate: { reason: 'ok' } });
  });

  it("records a citizen's own passport as certificate_checked, naming them from the certificate", async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const qr = await makeHc1(await trustedSigner(), { hcert: vaccinationPayload(), issuedAt: new Date(Date.now() - 86_400_000), expiresAt: new Date(Date.now() + 86_400_000) });
    const item = citizenCheck(token, { source: 'vaccine_passport', hc1: qr, doses: undefined, lastDoseOn: undefined, citizen: { phone: '0905 123 456' } });
    const [outcome] = await ingestChecks([item], as(null, now()));
    expect(outcome).toMatchObject({ status: 'stored', passage: { result: 'valid', evidence: 'certificate_checked', method: 'citizen_scan' } });
    const [row] = await db().select().from(passages).where(eq(passages.idempotencyKey, item.idempotencyKey));
    expect(row).toMatchObject({ citizenName: 'Trần Thị Mai', birthYear: 1990, phone: '0905123456' });
  });
});

describe('a conformance case (the e2e premise)', () => {
  it('AT_1: its DSC imported, its QR verifies; judged today it has expired, at its own clock it is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const kase = JSON.parse(readFileSync(path.join(process.cwd(), 'lib/dcc/testdata/cases/AT_1.json'), 'utf8'));
    await importTrustedSigners(await makeActor('admin'), [{ name: 'AT_1.pem', data: kase.TESTCTX.CERTIFICATE }]);
    const today = await judgeCertificate(kase.PREFIX, new Date(), FIRST_RULE);
    expect(today).toMatchObject({ result: 'expired', summary: { reason: 'expired', holder: { name: expect.any(String) } } });
    const then = await judgeCertificate(kase.PREFIX, new Date(kase.TESTCTX.VALIDATIONCLOCK), FIRST_RULE);
    expect(then.summary.reason).toBe('ok');
  });
});
