import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../bytes';
import { makeTestSigner } from '../issuer/make-signer';
import { parseSignerCertificates, parseTrustListJson } from './parse-trust-list';
import { signerValidityAt } from './signer';
import { createTrustList } from './trust-list';

const caseCertificate = (file: string): string =>
  JSON.parse(readFileSync(path.join(__dirname, '../testdata/cases', file), 'utf8')).TESTCTX.CERTIFICATE;

const AT_DSC = caseCertificate('AT_1.json');
const AT_KID = '2Rk3X8HntrI=';
const RSA_DSC = caseCertificate('common_CO1.json');
const pem = (base64: string) => `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;

describe('parseSignerCertificates', () => {
  it('reads an Austrian DSC: kid, country, algorithm, validity, subject', async () => {
    const { signers, problems } = await parseSignerCertificates(AT_DSC);
    expect(problems).toEqual([]);
    expect(signers[0]).toMatchObject({
      kid: AT_KID,
      country: 'AT',
      algorithm: 'ES256',
      namedCurve: 'P-256',
      subject: 'CN=AT DSC 1, C=AT, O=BMSGPK, serialNumber=1',
      notBefore: new Date('2021-05-05T12:41:06Z'),
      notAfter: new Date('2023-05-05T12:41:06Z'),
      kidMatchesCertificate: true,
    });
  });

  it('reads several PEM blocks, and DER bytes', async () => {
    const many = await parseSignerCertificates(pem(AT_DSC) + pem(RSA_DSC));
    expect(many.signers.map((s) => s.algorithm)).toEqual(['ES256', 'PS256']);
    const der = await parseSignerCertificates(base64ToBytes(AT_DSC));
    expect(der.signers[0].kid).toBe(AT_KID);
  });

  it('keeps a DSC past its validity and lets the caller warn about it', async () => {
    const { signers } = await parseSignerCertificates(AT_DSC);
    expect(signerValidityAt(signers[0], new Date('2025-01-01T00:00:00Z'))).toBe('expired');
    expect(signerValidityAt(signers[0], new Date('2022-01-01T00:00:00Z'))).toBe('valid');
  });

  it('reports what is not a certificate, with a Vietnamese message', async () => {
    const { signers, problems } = await parseSignerCertificates('bm90IGEgY2VydGlmaWNhdGU=');
    expect(signers).toEqual([]);
    expect(problems[0]).toMatchObject({ index: 0, reason: 'not_a_certificate', message: expect.stringContaining('chứng thư') });
  });

  it('reads the extended key usage of a generated signer', async () => {
    const test = await makeTestSigner({ extendedKeyUsage: ['1.3.6.1.4.1.1847.2021.1.1'], country: 'VN' });
    const { signers } = await parseSignerCertificates(test.certificate);
    expect(signers[0]).toMatchObject({ country: 'VN', extendedKeyUsage: ['1.3.6.1.4.1.1847.2021.1.1'] });
  });
});

describe('parseTrustListJson', () => {
  it('reads the EU DSC list shape and skips entries that are not DSCs', async () => {
    const list = { certificates: [
      { certificateType: 'DSC', country: 'AT', kid: AT_KID, rawData: AT_DSC },
      { certificateType: 'CSCA', country: 'AT', kid: 'AAAAAAAAAAA=', rawData: AT_DSC },
    ] };
    const { signers, problems } = await parseTrustListJson(JSON.stringify(list));
    expect(signers.map((s) => s.kid)).toEqual([AT_KID]);
    expect(problems).toMatchObject([{ index: 1, reason: 'not_dsc' }]);
  });

  it('reads our array shape; a listed kid wins and a mismatch is flagged', async () => {
    const { signers, problems } = await parseTrustListJson([
      { kid: 'AQIDBAUGBwg=', country: 'XX', certificate: AT_DSC },
      { country: 'VN' },
      { kid: 'không phải base64', certificate: AT_DSC },
    ]);
    expect(signers[0]).toMatchObject({ kid: 'AQIDBAUGBwg=', country: 'AT', kidMatchesCertificate: false });
    expect(problems).toMatchObject([{ index: 1, reason: 'bad_entry' }, { index: 2, reason: 'bad_entry' }]);
  });

  it('refuses a document that is not a trust list', async () => {
    await expect(parseTrustListJson({ foo: [] })).rejects.toThrow(/certificates/);
  });
});

describe('createTrustList', () => {
  it('finds signers by base64 or raw kid', async () => {
    const { signers } = await parseSignerCertificates(AT_DSC);
    const list = createTrustList(signers);
    expect(list.find(AT_KID)).toHaveLength(1);
    expect(list.find(base64ToBytes(AT_KID))).toHaveLength(1);
    expect(list.find(bytesToBase64(new Uint8Array(8)))).toEqual([]);
  });
});
