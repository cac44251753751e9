import type { Json } from './cbor';
import type { DccReason } from './reasons';

export type CertificateType = 'vaccination' | 'recovery' | 'test';

/** The three verdicts the product stores for a scanned certificate (see design/product.md). */
export type DccStatus = 'verified' | 'invalid_certificate' | 'expired';

export interface DccHolder {
  /** Family name then given names, as Vietnamese write a name: "Nguyễn Bảo Duy". */
  name: string;
  familyName: string | null;
  givenName: string | null;
  /** ICAO 9303 transliterations (fnt, gnt), e.g. "BAO<DUY". */
  familyNameStandard: string | null;
  givenNameStandard: string | null;
  /** As written in the certificate: YYYY-MM-DD, YYYY-MM, YYYY or empty. */
  dateOfBirth: string;
}

/**
 * One vaccination entry (`v[0]`), with EU field names so it hands over to the rule engine
 * unchanged (doses dn/sd, product mp, date dt), plus value-set display names.
 */
export interface VaccinationEntry {
  tg: string;
  vp: string;
  vpName: string;
  mp: string;
  mpName: string;
  ma: string;
  maName: string;
  /** Dose number and total doses in the series; null when the payload has no integer there. */
  dn: number | null;
  sd: number | null;
  /** Vaccination date, YYYY-MM-DD (the date part as written; a time some issuers add is dropped). */
  dt: string;
  co: string;
  coName: string;
  is: string;
  ci: string;
}

/** Recovery entry (`r[0]`); dates are YYYY-MM-DD as written. */
export interface RecoveryEntry {
  tg: string;
  fr: string;
  df: string;
  du: string;
  co: string;
  coName: string;
  is: string;
  ci: string;
}

/** Test entry (`t[0]`); `sc` is the sample time exactly as written. */
export interface TestEntry {
  tg: string;
  tt: string;
  ttName: string;
  nm: string | null;
  ma: string | null;
  maName: string | null;
  sc: string;
  tr: string;
  trName: string;
  tc: string | null;
  co: string;
  coName: string;
  is: string;
  ci: string;
}

/** What a decodable certificate says, whether or not it verified. */
export interface DccContent {
  kid: string | null;
  issuerCountry: string | null;
  issuedAt: Date;
  expiresAt: Date;
  schemaVersion: string | null;
  holder: DccHolder;
  /** The single group present (v, r or t); null when there is none or more than one. */
  type: CertificateType | null;
  vaccination: VaccinationEntry | null;
  recovery: RecoveryEntry | null;
  test: TestEntry | null;
  payload: { [key: string]: Json };
}

export interface DccSignerSummary {
  kid: string;
  country: string;
  subject: string;
}

export interface DccVerification {
  status: DccStatus;
  reason: DccReason;
  /** Vietnamese sentence for the officer. */
  message: string;
  /** Technical detail (English) for logs and support; null when verified. */
  detail: string | null;
  /** The clock the verdict was judged at. */
  checkedAt: Date;
  /** Present whenever the QR decoded far enough to read the payload. */
  certificate: DccContent | null;
  /** The trusted signer whose key verified the signature. */
  signer: DccSignerSummary | null;
  /**
   * A verified certificate whose payload matches neither its own schema version nor the newest
   * of its major version: what did not match (English, e.g. "schema 1.3.3: /dob must match
   * pattern"). The certificate is still shown and judged: its issuer signed exactly this.
   */
  schemaIssue?: string | null;
}
