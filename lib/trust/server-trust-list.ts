import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { trustedSigners } from '@/db/schema';
import { createSigner, createTrustList, type TrustList } from '@/lib/dcc';

// Every scanned certificate needs the trust list: built once per process (parsing each DSC and
// importing its key is the costly part) and rebuilt after a change here, or within a minute of
// a change made by another server process.
const TTL_MS = 60_000;

interface Cached {
  list: TrustList;
  version: string;
  fetchedAt: number;
}

const store = globalThis as typeof globalThis & { __qnTrustList?: Cached; __qnTrustLoad?: Promise<Cached>; __qnTrustGeneration?: number };

/** A short label that changes whenever any signer is added, disabled or enabled. */
export async function trustListVersion(): Promise<{ version: string; updatedAt: Date | null }> {
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)`, updatedAt: sql<string | Date | null>`max(${trustedSigners.updatedAt})` })
    .from(trustedSigners);
  const updatedAt = row?.updatedAt ? new Date(row.updatedAt) : null;
  return { version: `${Number(row?.count ?? 0)}-${updatedAt?.getTime() ?? 0}`, updatedAt };
}

async function load(): Promise<Cached> {
  store.__qnTrustLoad ??= (async () => {
    try {
      const fetchedAt = Date.now();
      const generation = store.__qnTrustGeneration ?? 0;
      const { version } = await trustListVersion();
      const rows = await getDb()
        .select({ kid: trustedSigners.kid, country: trustedSigners.country, certificate: trustedSigners.certificate })
        .from(trustedSigners)
        .where(eq(trustedSigners.enabled, true));
      const signers = await Promise.all(rows.map((r) => createSigner(new Uint8Array(r.certificate), { kid: r.kid, country: r.country })));
      const cached = { list: createTrustList(signers), version, fetchedAt };
      // A change made while this was loading must not be hidden behind the older copy.
      if ((store.__qnTrustGeneration ?? 0) === generation) store.__qnTrustList = cached;
      return cached;
    } finally {
      store.__qnTrustLoad = undefined;
    }
  })();
  return store.__qnTrustLoad;
}

/** The enabled signers as a verifier trust list (cached). */
export async function enabledTrustList(): Promise<TrustList> {
  const cached = store.__qnTrustList;
  if (cached && Date.now() - cached.fetchedAt < TTL_MS) return cached.list;
  return (await load()).list;
}

/**
 * How many signers the server verifies with: zero means no passport can be verified, which the
 * citizen's passport screen and the staff dashboard say plainly. Counts only, nothing else.
 */
export async function trustedSignerCount(): Promise<number> {
  return (await enabledTrustList()).signers.length;
}

/** Called after this process changes the list. */
export function forgetTrustList(): void {
  store.__qnTrustGeneration = (store.__qnTrustGeneration ?? 0) + 1;
  store.__qnTrustList = undefined;
  store.__qnTrustLoad = undefined;
}
