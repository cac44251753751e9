import { zlibSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';
import { computeKid, createSigner } from './trust/signer';
import { createTrustList, type TrustList } from './trust/trust-list';
import { REASON_MESSAGES } from './reasons';
import { makeHc1 } from './issuer/make-hc1';
import { makeTestSigner, type TestSigner } from './issuer/make-signer';
import { testPayload, vaccinationPayload } from './test-support/sample-payloads';
import { verifyHc1 } from './verify-hc1';
import { validateHcertSchema } from './schema';

const ISSUED = new Date('2021-10-01T00:00:00Z');
const EXPIRES = new Date('2022-10-01T00:00:00Z');
const NOW = new Date('2021-12-01T09:00:00+07:00');
const VACCINATION_OID = '1.3.6.1.4.1.1847.2021.1.2';

let signer: TestSigner;
let trustList: TrustList;
let validQr: string;

beforeAll(async () => {
  signer = await makeTestSigner();
  trustList = createTrustList([await createSigner(signer.certificate)]);
  validQr = await makeHc1(signer, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES });
});

const verify = (qr: string, now = NOW, list = trustList) => verifyHc1(qr, { trustList: list, now });

describe('verifyHc1', () => {
  it('verifies a well-formed certificate and exposes what it says', async () => {
    const result = await verify(validQr);
    expect(result).toMatchObject({ status: 'verified', reason: 'ok', detail: null, checkedAt: NOW });
    expect(result.signer?.country).toBe('VN');
    expect(result.certificate).toMatchObject({ type: 'vaccination', issuerCountry: 'VN', issuedAt: ISSUED, expiresAt: EXPIRES, schemaVersion: '1.3.0' });
    expect(result.certificate?.holder).toMatchObject({ name: 'Trần Thị Mai', dateOfBirth: '1990-05-17' });
    expect(result.certificate?.vaccination).toMatchObject({ dn: 2, sd: 2, dt: '2021-09-01', mp: 'EU/1/20/1528', mpName: 'Comirnaty', coName: 'Viet Nam' });
  });

  it('refuses text without the HC1: prefix', async () => {
    const result = await verify(validQr.replace('HC1:', 'HC2:'));
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'bad_prefix', message: REASON_MESSAGES.bad_prefix, certificate: null });
  });

  it('refuses characters outside the Base45 alphabet', async () => {
    const result = await verify(`${validQr.slice(0, 20)}a${validQr.slice(21)}`);
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'bad_base45', message: 'Mã QR bị lỗi: dữ liệu không đúng mã hoá Base45, hãy quét lại' });
  });

  it('refuses data that is not zlib-compressed', async () => {
    const result = await verify(`HC1:${encodeBase45(new TextEncoder().encode('not compressed at all'))}`);
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'bad_zlib' });
  });

  it('refuses a zlib stream whose checksum does not match', async () => {
    const bytes = decodeBase45(validQr.slice(4));
    bytes[bytes.length - 1] ^= 0xff;
    expect((await verify(`HC1:${encodeBase45(bytes)}`)).reason).toBe('bad_zlib');
  });

  it('refuses a zlib bomb: more than 64 KiB once inflated', async () => {
    expect((await verify(`HC1:${encodeBase45(zlibSync(new Uint8Array(100_000)))}`)).reason).toBe('bad_zlib');
  });

  it('names an unknown key id as an unknown signer, yet still shows the content', async () => {
    const result = await verify(validQr, NOW, createTrustList([]));
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'unknown_signer', message: 'Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy', signer: null });
    expect(result.certificate?.holder.name).toBe('Trần Thị Mai');
  });

  it('judges an unknown signer before expiry', async () => {
    const result = await verify(validQr, new Date('2023-01-01T00:00:00Z'), createTrustList([]));
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'unknown_signer' });
  });

  it('refuses a signature that does not match the payload', async () => {
    const tampered = await makeHc1(signer, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES, tamper: true });
    expect(await verify(tampered)).toMatchObject({ status: 'invalid_certificate', reason: 'bad_signature', message: REASON_MESSAGES.bad_signature });
  });

  it('refuses a certificate signed by another key filed under a trusted kid', async () => {
    const impostor = await makeTestSigner();
    const forged = await makeHc1(impostor, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES, kid: await computeKid(signer.certificate) });
    expect((await verify(forged)).reason).toBe('bad_signature');
  });

  it('reports an expired certificate as expired', async () => {
    const result = await verify(validQr, new Date('2022-10-01T00:00:01Z'));
    expect(result).toMatchObject({ status: 'expired', reason: 'expired', message: 'Chứng nhận đã hết hạn' });
  });

  it('accepts the last second of validity', async () => {
    expect((await verify(validQr, EXPIRES)).status).toBe('verified');
  });

  it('refuses a certificate issued after the check time', async () => {
    const result = await verify(validQr, new Date('2021-09-30T23:59:59Z'));
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'not_yet_valid', message: REASON_MESSAGES.not_yet_valid });
  });

  it('refuses a test certificate from a signer allowed only vaccinations', async () => {
    const vaccinationOnly = await makeTestSigner({ extendedKeyUsage: [VACCINATION_OID] });
    const list = createTrustList([await createSigner(vaccinationOnly.certificate)]);
    const qr = await makeHc1(vaccinationOnly, { hcert: testPayload(), issuedAt: ISSUED, expiresAt: EXPIRES });
    expect(await verify(qr, NOW, list)).toMatchObject({ status: 'invalid_certificate', reason: 'wrong_key_usage', message: REASON_MESSAGES.wrong_key_usage });
    const vaccination = await makeHc1(vaccinationOnly, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES });
    expect((await verify(vaccination, NOW, list)).status).toBe('verified');
  });

  it('never refuses a correctly signed certificate for schema strictness alone: it says what did not match', async () => {
    const qr = await makeHc1(signer, { hcert: vaccinationPayload({ dob: '05/17/1990' }), issuedAt: ISSUED, expiresAt: EXPIRES });
    const result = await verify(qr);
    expect(result).toMatchObject({ status: 'verified', reason: 'ok', certificate: { type: 'vaccination', holder: { dateOfBirth: '05/17/1990' } } });
    expect(result.schemaIssue).toContain('/dob');
  });

  it('reads a 1.0.0-stamped payload with a partial birth date by the newest 1.x schema, with no issue', async () => {
    const payload = vaccinationPayload({ ver: '1.0.0', dob: '1964' });
    expect(validateHcertSchema(payload as never)).toMatchObject({ version: '1.0.0', valid: false }); // strict, for conformance
    const result = await verify(await makeHc1(signer, { hcert: payload, issuedAt: ISSUED, expiresAt: EXPIRES }));
    expect(result).toMatchObject({ status: 'verified', reason: 'ok', schemaIssue: null, certificate: { holder: { dateOfBirth: '1964' } } });
  });

  it('still refuses a signed payload with no single readable group', async () => {
    const both = { ...vaccinationPayload(), t: testPayload().t };
    const result = await verify(await makeHc1(signer, { hcert: both, issuedAt: ISSUED, expiresAt: EXPIRES }));
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'schema_invalid', message: REASON_MESSAGES.schema_invalid });
  });

  it('refuses a certificate without a key id', async () => {
    const qr = await makeHc1(signer, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES, kid: null });
    expect((await verify(qr)).reason).toBe('missing_kid');
  });

  it('refuses algorithms other than ES256 and PS256', async () => {
    const qr = await makeHc1(signer, { hcert: vaccinationPayload(), issuedAt: ISSUED, expiresAt: EXPIRES, alg: -35 });
    expect((await verify(qr)).reason).toBe('unsupported_algorithm');
  });
});
