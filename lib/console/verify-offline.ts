import { createSigner, createTrustList, verifyHc1, type TrustList } from '@/lib/dcc';
import { base64ToBytes } from '@/lib/dcc/bytes';
import { certificateVerdict, type CertificateVerdict } from '@/lib/certificates/verdict';
import type { VerificationRule } from '@/lib/verification';
import type { CachedTrustList } from './trust-cache';

// Loaded only with the scanner (dynamic import): the certificate library is the console's
// heaviest code and most checks never need it.

let built: { version: string; list: Promise<TrustList> } | null = null;

/** The cached signers as a verifier list, built once per version (each key import costs). */
function trustListOf(cache: CachedTrustList): Promise<TrustList> {
  if (built?.version !== cache.version) {
    const list = (async () => {
      const signers = [];
      for (const entry of cache.signers) {
        try {
          signers.push(await createSigner(base64ToBytes(entry.certificate), { kid: entry.kid, country: entry.country }));
        } catch {
          // A certificate this browser cannot read is simply not trusted offline; the server decides.
        }
      }
      return createTrustList(signers);
    })();
    built = { version: cache.version, list };
  }
  return built.list;
}

/**
 * The console's provisional verdict, with the device's copy of the trust list and rule. Null when
 * this browser has no WebCrypto (plain HTTP): the server's verdict then comes on sync.
 */
export async function verifyOffline(hc1: string, cache: CachedTrustList, rule: VerificationRule, now: Date): Promise<CertificateVerdict | null> {
  if (!globalThis.crypto?.subtle) return null;
  try {
    const verification = await verifyHc1(hc1, { trustList: await trustListOf(cache), now });
    return certificateVerdict(verification, rule, now, { trustListEmpty: cache.signers.length === 0 });
  } catch {
    return null;
  }
}
