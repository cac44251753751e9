import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageFile } from './node/read-image-file';
import { decodeQrFromImage } from './qr/decode-qr-image';
import { parseSignerCertificates } from './trust/parse-trust-list';
import { createTrustList } from './trust/trust-list';
import { verifyHc1 } from './verify-hc1';

// A photo of a Vietnamese vaccine passport QR (a JPEG despite its name), PS256-signed by a
// Vietnamese DSC that no trust list of ours holds.
const photo = readFileSync(path.join(__dirname, 'testdata/vn/VAC_VN.png'));
const atCertificate = JSON.parse(readFileSync(path.join(__dirname, 'testdata/cases/AT_1.json'), 'utf8')).TESTCTX.CERTIFICATE;

describe('Vietnamese vaccine passport sample', () => {
  const qr = decodeQrFromImage(readImageFile(photo));

  it('finds the HC1 text in the photo', () => {
    expect(qr).toMatch(/^HC1:NCF/);
  });

  it('is an invalid certificate from an unknown signer, whose content is still shown', async () => {
    const { signers } = await parseSignerCertificates(atCertificate);
    const result = await verifyHc1(qr ?? '', { trustList: createTrustList(signers), now: new Date('2022-05-02T08:00:00+07:00') });
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'unknown_signer', signer: null });
    expect(result.message).toBe('Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy');
    expect(result.certificate).toMatchObject({
      kid: '8w2kZxb3iC0=',
      issuerCountry: 'VN',
      issuedAt: new Date('2022-04-14T15:38:07Z'),
      expiresAt: new Date('2025-01-30T00:00:00Z'),
      type: 'vaccination',
      holder: { name: 'Nguyễn Bảo Duy', familyNameStandard: 'NGUYEN', givenNameStandard: 'BAO<DUY', dateOfBirth: '1983-10-10' },
      vaccination: { mp: 'EU/1/21/1529', mpName: 'Vaxzevria', ma: 'ORG-100030215', dn: 2, sd: 2, dt: '2021-03-18', co: 'VN', is: 'Ban Co Yeu' },
    });
  });

  it('stays an unknown signer after it expired: the signer is judged before expiry', async () => {
    const result = await verifyHc1(qr ?? '', { trustList: createTrustList([]), now: new Date('2025-06-01T00:00:00Z') });
    expect(result).toMatchObject({ status: 'invalid_certificate', reason: 'unknown_signer' });
  });
});
