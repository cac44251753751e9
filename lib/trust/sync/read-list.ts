import { parseTrustListJson, type TrustedSigner } from '@/lib/dcc';
import { readListSigningKey, TrustSyncError, verifySignedList } from './list-signature';

export interface SourceFormat {
  publicKeyPem: string | null;
  unsigned: boolean;
}

export interface ReadList {
  signers: TrustedSigner[];
  /** Entries left out (not a DSC, unreadable, a second certificate under one kid), in Vietnamese. */
  ignored: string[];
}

/**
 * Turns downloaded bytes into signers: the signature is checked first (unless the admin marked the
 * source unsigned), then the JSON is read. A list with no usable certificate is refused as a whole:
 * applying it would disable every synced signer, which a broken or emptied source must not do.
 */
export async function readFetchedList(payload: Uint8Array, source: SourceFormat): Promise<ReadList> {
  let body = payload;
  if (!source.unsigned) {
    if (!source.publicKeyPem) throw new TrustSyncError('Nguồn chưa có khoá công khai ký danh sách; hãy dán khoá hoặc đánh dấu nguồn không ký.');
    body = verifySignedList(payload, readListSigningKey(source.publicKeyPem));
  }
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new TrustSyncError(source.unsigned
      ? 'Danh sách tải về không phải JSON hợp lệ (có thể bị cắt giữa chừng, hoặc là danh sách có chữ ký mà nguồn đang đánh dấu không ký).'
      : 'Nội dung sau dòng chữ ký không phải JSON hợp lệ.');
  }
  if (!source.unsigned && !Array.isArray((document as { certificates?: unknown } | null)?.certificates)) {
    throw new TrustSyncError('Danh sách đã ký phải là đối tượng JSON có mảng "certificates".');
  }
  let parsed;
  try {
    parsed = await parseTrustListJson(document);
  } catch {
    throw new TrustSyncError('Danh sách tải về không có mảng "certificates" (hoặc không phải mảng các mục).');
  }
  const ignored = parsed.problems.map((p) => `mục ${p.index + 1}: ${p.message}`);
  const byKid = new Map<string, TrustedSigner>();
  for (const signer of parsed.signers) {
    if (byKid.has(signer.kid)) ignored.push(`mã khoá ${signer.kid} xuất hiện nhiều lần; chỉ dùng mục đầu tiên`);
    else byKid.set(signer.kid, signer);
  }
  if (byKid.size === 0) throw new TrustSyncError('Danh sách tải về không có chứng thư nào dùng được; giữ nguyên danh sách hiện tại.');
  return { signers: [...byKid.values()], ignored };
}
