import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { trustSources } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit/record';
import { forgetTrustList } from '../server-trust-list';
import { applySourceList } from './apply';
import { fetchListBytes, type FetchLimits } from './fetch-list';
import { TrustSyncError } from './list-signature';
import { readFetchedList } from './read-list';

export type SyncResult =
  | { ok: true; added: number; removed: number; unchanged: number; keptApart: number; ignored: string[] }
  | { ok: false; error: string };

/** Where the list comes from, for the audit log and logs: the host only (no path, no query). */
export const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '?';
  }
};

/**
 * One sync of one source: fetch (bounded), verify, read, then apply additions and removals, the
 * audit entry and the status row in one transaction. Any failure writes nothing but the error on the
 * status row and in the audit log, in Vietnamese. `actor` is null for the schedule.
 */
export async function runTrustSync(sourceId: string, actor: Actor | null, options: FetchLimits & { now?: Date } = {}): Promise<SyncResult> {
  const db = getDb();
  const [source] = await db.select().from(trustSources).where(eq(trustSources.id, sourceId));
  if (!source) return { ok: false, error: 'Không tìm thấy nguồn danh sách tin cậy.' };
  const startedAt = options.now ?? new Date();
  try {
    const list = await readFetchedList(await fetchListBytes(source.url, options), source);
    const now = options.now ?? new Date();
    const counts = await db.transaction(async (tx) => {
      const applied = await applySourceList(tx, source.id, list.signers, now);
      await tx
        .update(trustSources)
        .set({ lastSuccessAt: now, lastAdded: applied.added.length, lastRemoved: applied.removed.length, lastUnchanged: applied.unchanged })
        .where(eq(trustSources.id, source.id));
      await recordAudit(tx, actor, {
        action: 'trust.sync', entityType: 'trust_source', entityId: source.id,
        after: {
          host: hostOf(source.url), added: applied.added.length, removed: applied.removed.length, unchanged: applied.unchanged,
          addedKids: applied.added, removedKids: applied.removed, keptApart: applied.keptApart, ignored: list.ignored.length,
        },
      });
      return applied;
    });
    if (counts.added.length || counts.removed.length) forgetTrustList();
    return { ok: true, added: counts.added.length, removed: counts.removed.length, unchanged: counts.unchanged, keptApart: counts.keptApart.length, ignored: list.ignored };
  } catch (error) {
    if (!(error instanceof TrustSyncError)) throw error;
    await db.transaction(async (tx) => {
      await tx.update(trustSources).set({ lastErrorAt: startedAt, lastError: error.message }).where(eq(trustSources.id, source.id));
      await recordAudit(tx, actor, { action: 'trust.sync_failed', entityType: 'trust_source', entityId: source.id, after: { host: hostOf(source.url), error: error.message } });
    });
    return { ok: false, error: error.message };
  }
}
