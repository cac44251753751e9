import 'server-only';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { trustedSigners } from '@/db/schema';
import type { TrustedSigner } from '@/lib/dcc';

// Syncs of every source take turns: two processes applying lists at once could both insert a kid.
const SYNC_LOCK = 7_315_015;

export interface ApplyCounts {
  added: string[];
  removed: string[];
  unchanged: number;
  /** Listed kids already present as a manual entry (or another source's): left as they are. */
  keptApart: string[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const certificateFields = (s: TrustedSigner) => ({
  country: s.country, algorithm: s.algorithm, subject: s.subject, issuer: s.issuer,
  notBefore: s.notBefore, notAfter: s.notAfter, certificate: s.certificate, kidMatchesCertificate: s.kidMatchesCertificate,
});

/**
 * Makes this source's signers match the list, inside the caller's transaction: new kids are
 * inserted, kids the source no longer lists are disabled (marked removed by sync, never deleted),
 * and one listed again comes back. Rows added by hand are never touched; an admin's own
 * disabling of a synced signer is kept.
 */
export async function applySourceList(tx: Tx, sourceId: string, listed: TrustedSigner[], now: Date): Promise<ApplyCounts> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SYNC_LOCK})`);
  const kids = listed.map((s) => s.kid);
  const rows = await tx
    .select({ id: trustedSigners.id, kid: trustedSigners.kid, sourceId: trustedSigners.sourceId, certificate: trustedSigners.certificate, enabled: trustedSigners.enabled, syncRemovedAt: trustedSigners.syncRemovedAt })
    .from(trustedSigners)
    .where(or(eq(trustedSigners.sourceId, sourceId), kids.length ? inArray(trustedSigners.kid, kids) : sql`false`))
    .for('update');
  const byKid = new Map(rows.map((r) => [r.kid, r]));
  const out: ApplyCounts = { added: [], removed: [], unchanged: 0, keptApart: [] };
  const fresh: TrustedSigner[] = [];
  for (const signer of listed) {
    const row = byKid.get(signer.kid);
    if (!row) {
      fresh.push(signer);
    } else if (row.sourceId !== sourceId) {
      out.keptApart.push(signer.kid);
    } else if (sameBytes(new Uint8Array(row.certificate), signer.certificate) && !row.syncRemovedAt) {
      out.unchanged += 1;
    } else {
      // Listed again after a removal, or the source now files another certificate under this kid.
      await tx
        .update(trustedSigners)
        .set({ ...certificateFields(signer), ...(row.syncRemovedAt ? { enabled: true, disabledAt: null } : {}), syncRemovedAt: null, updatedAt: now })
        .where(eq(trustedSigners.id, row.id));
      out.added.push(signer.kid);
    }
  }
  if (fresh.length) {
    await tx.insert(trustedSigners).values(fresh.map((s) => ({ kid: s.kid, ...certificateFields(s), sourceId })));
    out.added.push(...fresh.map((s) => s.kid));
  }
  const gone = rows.filter((r) => r.sourceId === sourceId && !r.syncRemovedAt && !kids.includes(r.kid));
  if (gone.length) {
    await tx
      .update(trustedSigners)
      .set({ enabled: false, disabledAt: sql`coalesce(${trustedSigners.disabledAt}, ${now.toISOString()}::timestamptz)`, syncRemovedAt: now, updatedAt: now })
      .where(and(inArray(trustedSigners.id, gone.map((r) => r.id)), isNull(trustedSigners.syncRemovedAt)));
    out.removed.push(...gone.map((r) => r.kid));
  }
  return out;
}
