import { createSigner, type SignerHints, type TrustedSigner } from './signer';
import { splitCertificates } from './pem';

export type TrustListProblemReason = 'not_a_certificate' | 'unsupported_key' | 'not_dsc' | 'bad_entry';

/** One entry of an upload that was left out, with a sentence the admin screen can show. */
export interface TrustListProblem {
  index: number;
  reason: TrustListProblemReason;
  message: string;
  detail: string;
}

export interface ParsedSigners {
  signers: TrustedSigner[];
  problems: TrustListProblem[];
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

const PROBLEM_MESSAGES: Readonly<Record<TrustListProblemReason, string>> = {
  not_a_certificate: 'Không đọc được chứng thư số: dữ liệu không phải chứng thư X.509 hợp lệ',
  unsupported_key: 'Khoá công khai không được hỗ trợ (chỉ nhận EC P-256 hoặc RSA)',
  not_dsc: 'Mục này không phải chứng thư ký chứng nhận (DSC) nên được bỏ qua',
  bad_entry: 'Mục không đúng định dạng: thiếu chứng thư (certificate hoặc rawData) hoặc kid không phải base64',
};

function problem(index: number, reason: TrustListProblemReason, detail: string): TrustListProblem {
  return { index, reason, message: PROBLEM_MESSAGES[reason], detail };
}

async function addSigner(out: ParsedSigners, index: number, der: () => Uint8Array, hints?: SignerHints): Promise<void> {
  try {
    out.signers.push(await createSigner(der(), hints));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = /unsupported|curve/.test(detail) ? 'unsupported_key' : 'not_a_certificate';
    out.problems.push(problem(index, reason, detail));
  }
}

/** Certificates uploaded as DER, PEM (one or many blocks) or a bare base64 DER string. */
export async function parseSignerCertificates(input: string | Uint8Array): Promise<ParsedSigners> {
  const out: ParsedSigners = { signers: [], problems: [] };
  let ders: Uint8Array[];
  try {
    ders = splitCertificates(input);
  } catch (error) {
    out.problems.push(problem(0, 'not_a_certificate', error instanceof Error ? error.message : String(error)));
    return out;
  }
  for (const [index, der] of ders.entries()) await addSigner(out, index, () => der);
  return out;
}

function entriesOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  const certificates = (document as { certificates?: unknown } | null)?.certificates;
  if (Array.isArray(certificates)) return certificates;
  throw new Error('a trust list is an array of entries or an object with a "certificates" array');
}

/**
 * Trust-list JSON in either accepted shape:
 * - ours: `[{ "kid": "base64", "country": "VN", "certificate": "base64 DER" }]` (kid and country optional);
 * - the EU DSC list: `{ "certificates": [{ "certificateType": "DSC", "country": "..", "kid": "..", "rawData": "base64 DER" }] }`.
 * Entries that cannot be used are reported, never fatal, so one bad entry does not block a list.
 */
export async function parseTrustListJson(json: string | unknown): Promise<ParsedSigners> {
  const entries = entriesOf(typeof json === 'string' ? JSON.parse(json) : json);
  const out: ParsedSigners = { signers: [], problems: [] };
  for (const [index, entry] of entries.entries()) {
    const { certificateType, certificate, rawData, kid, country } = (entry ?? {}) as Record<string, unknown>;
    const data = certificate ?? rawData;
    if (certificateType !== undefined && certificateType !== 'DSC') {
      out.problems.push(problem(index, 'not_dsc', `certificateType ${String(certificateType)}`));
    } else if (typeof data !== 'string') {
      out.problems.push(problem(index, 'bad_entry', 'missing certificate or rawData'));
    } else if (kid !== undefined && (typeof kid !== 'string' || !BASE64.test(kid))) {
      out.problems.push(problem(index, 'bad_entry', 'kid is not base64'));
    } else {
      const hints = { kid: typeof kid === 'string' ? kid : undefined, country: typeof country === 'string' ? country : undefined };
      await addSigner(out, index, () => splitCertificates(data)[0], hints);
    }
  }
  return out;
}
