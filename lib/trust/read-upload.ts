import { parseSignerCertificates, parseTrustListJson, type TrustedSigner } from '@/lib/dcc';

/** One thing the admin handed over: a file (bytes) or pasted text. */
export interface TrustSource {
  name: string;
  data: Uint8Array | string;
}

export interface ReadSigners {
  signers: { signer: TrustedSigner; source: string }[];
  /** Vietnamese, one per entry left out, naming the file and the entry. */
  problems: string[];
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function asText(data: Uint8Array | string): string | null {
  if (typeof data === 'string') return data;
  // DER starts with a SEQUENCE tag; anything else is read as text (PEM, base64 or JSON).
  if (data[0] === 0x30) return null;
  return decoder.decode(data);
}

/**
 * Reads signer certificates from uploads and pasted text: trust-list JSON (ours or the EU DSC
 * list), PEM with one or many certificates, DER, or a bare base64 DER. Never throws: whatever
 * cannot be used becomes a problem sentence, so one bad entry does not hide the good ones.
 */
export async function readTrustSources(sources: TrustSource[]): Promise<ReadSigners> {
  const out: ReadSigners = { signers: [], problems: [] };
  for (const source of sources) {
    const text = asText(source.data);
    const trimmed = text?.trim() ?? null;
    if (trimmed === '') continue;
    let parsed;
    if (trimmed && /^[[{]/.test(trimmed)) {
      try {
        parsed = await parseTrustListJson(trimmed);
      } catch {
        out.problems.push(`${source.name}: không đọc được danh sách tin cậy dạng JSON (cần mảng các mục hoặc đối tượng có trường "certificates").`);
        continue;
      }
    } else {
      parsed = await parseSignerCertificates(trimmed ?? source.data);
    }
    const many = parsed.signers.length + parsed.problems.length > 1;
    for (const p of parsed.problems) out.problems.push(`${source.name}${many ? `, mục ${p.index + 1}` : ''}: ${p.message}.`);
    for (const signer of parsed.signers) out.signers.push({ signer, source: source.name });
  }
  return out;
}
