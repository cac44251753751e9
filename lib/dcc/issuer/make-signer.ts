import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
} from '@peculiar/asn1-x509';

/**
 * A document signer made here, for tests and for the demo's sample passports (never for real
 * certificates): its key and a self-signed DER certificate.
 */
export interface TestSigner {
  certificate: Uint8Array;
  privateKey: CryptoKey;
}

export interface TestSignerOptions {
  extendedKeyUsage?: string[];
  country?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** The certificate's CN; the demo names its signers so that no one mistakes them for real ones. */
  commonName?: string;
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';

/** X.509 wants an ECDSA signature as DER SEQUENCE { r, s }, not WebCrypto's r||s. */
function ecdsaToDer(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const body = bytes[start] & 0x80 ? [0, ...bytes.slice(start)] : [...bytes.slice(start)];
    return [0x02, body.length, ...body];
  };
  const half = raw.length / 2;
  const content = [...integer(raw.slice(0, half)), ...integer(raw.slice(half))];
  return Uint8Array.from([0x30, content.length, ...content]);
}

const rdn = (type: string, text: string) =>
  new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: text }) })]);

/** Generates an ES256 key and a self-signed DSC, with the EKU and validity a test asks for. */
export async function makeTestSigner(options: TestSignerOptions = {}): Promise<TestSigner> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = AsnConvert.parse(await crypto.subtle.exportKey('spki', keys.publicKey), SubjectPublicKeyInfo);
  const name = new Name([rdn('2.5.4.6', options.country ?? 'VN'), rdn('2.5.4.3', options.commonName ?? 'Test DSC')]);
  const extensions = options.extendedKeyUsage
    ? new Extensions([new Extension({ extnID: '2.5.29.37', critical: false, extnValue: new OctetString(AsnConvert.serialize(new ExtendedKeyUsage(options.extendedKeyUsage))) })])
    : undefined;
  const signatureAlgorithm = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const tbsCertificate = new TBSCertificate({
    version: 2,
    serialNumber: Uint8Array.of(1).buffer,
    signature: signatureAlgorithm,
    issuer: name,
    subject: name,
    validity: new Validity({ notBefore: options.notBefore ?? new Date('2021-01-01T00:00:00Z'), notAfter: options.notAfter ?? new Date('2031-01-01T00:00:00Z') }),
    subjectPublicKeyInfo: spki,
    extensions,
  });
  const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, AsnConvert.serialize(tbsCertificate));
  const certificate = new Certificate({ tbsCertificate, signatureAlgorithm, signatureValue: ecdsaToDer(new Uint8Array(raw)).buffer as ArrayBuffer });
  return { certificate: new Uint8Array(AsnConvert.serialize(certificate)), privateKey: keys.privateKey };
}
