import { AsnConvert, AsnParser } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, ExtendedKeyUsage, SubjectPublicKeyInfo, type Name } from '@peculiar/asn1-x509';
import { bytesEqual } from '../bytes';
import { NAME_ATTRIBUTES, OID_EC_PUBLIC_KEY, OID_EXT_KEY_USAGE, OID_RSASSA_PSS, OID_RSA_ENCRYPTION } from './oids';

export type NamedCurve = 'P-256' | 'P-384' | 'P-521';

/** DER of the namedCurve parameters WebCrypto supports, by curve. */
const CURVE_PARAMETERS: ReadonlyArray<[NamedCurve, Uint8Array]> = [
  ['P-256', Uint8Array.of(0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07)],
  ['P-384', Uint8Array.of(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22)],
  ['P-521', Uint8Array.of(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23)],
];

export type SignatureAlgorithm = 'ES256' | 'PS256';

/** What the verifier needs from a document signer certificate (DSC). */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** Subject country (C), the issuing state of a DSC; null when the certificate has none. */
  subjectCountry: string | null;
  notBefore: Date;
  notAfter: Date;
  extendedKeyUsage: string[];
  algorithm: SignatureAlgorithm;
  /** Curve of an EC key; null for RSA. */
  namedCurve: NamedCurve | null;
  /** DER SubjectPublicKeyInfo ready for WebCrypto importKey('spki'). */
  spki: Uint8Array;
}

function nameToString(name: Name): string {
  return name
    .map((rdn) => rdn.map((attr) => `${NAME_ATTRIBUTES[attr.type] ?? attr.type}=${attr.value.toString()}`).join('+'))
    .join(', ');
}

function nameAttribute(name: Name, oid: string): string | null {
  for (const rdn of name) for (const attr of rdn) if (attr.type === oid) return attr.value.toString();
  return null;
}

type KeyFields = Pick<CertificateInfo, 'algorithm' | 'namedCurve' | 'spki'>;

function keyFields(info: SubjectPublicKeyInfo): KeyFields {
  const oid = info.algorithm.algorithm;
  if (oid === OID_EC_PUBLIC_KEY) {
    const params = info.algorithm.parameters;
    const curve = params ? CURVE_PARAMETERS.find(([, der]) => bytesEqual(new Uint8Array(params), der)) : undefined;
    if (!curve) throw new Error('unsupported EC curve (P-256, P-384 or P-521 with a named curve)');
    // COSE ES256 is "ECDSA with SHA-256"; the curve comes from the key (RFC 8152 §8.1). The
    // EU profile uses P-256, but published Spanish samples sign ES256 with P-384 keys.
    return { algorithm: 'ES256', namedCurve: curve[0], spki: new Uint8Array(AsnConvert.serialize(info)) };
  }
  if (oid === OID_RSA_ENCRYPTION || oid === OID_RSASSA_PSS) {
    // WebCrypto imports RSA keys labelled rsaEncryption; a PSS-labelled key is relabelled.
    const relabelled = new SubjectPublicKeyInfo({
      algorithm: new AlgorithmIdentifier({ algorithm: OID_RSA_ENCRYPTION, parameters: null }),
      subjectPublicKey: info.subjectPublicKey,
    });
    return { algorithm: 'PS256', namedCurve: null, spki: new Uint8Array(AsnConvert.serialize(oid === OID_RSA_ENCRYPTION ? info : relabelled)) };
  }
  throw new Error(`unsupported public key algorithm ${oid}`);
}

/** Parses a DER certificate. Validity dates are reported, not enforced: see the trust list notes. */
export function readCertificate(der: Uint8Array): CertificateInfo {
  const cert = AsnParser.parse(der, Certificate);
  const tbs = cert.tbsCertificate;
  const eku = tbs.extensions?.find((ext) => ext.extnID === OID_EXT_KEY_USAGE);
  return {
    subject: nameToString(tbs.subject),
    issuer: nameToString(tbs.issuer),
    subjectCountry: nameAttribute(tbs.subject, '2.5.4.6'),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    extendedKeyUsage: eku ? [...AsnConvert.parse(eku.extnValue, ExtendedKeyUsage)] : [],
    ...keyFields(tbs.subjectPublicKeyInfo),
  };
}
