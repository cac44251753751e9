import 'server-only';
import crypto from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { trustSources } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import { UserInputError } from '@/lib/auth/errors';
import { readListSigningKey, TrustSyncError } from './list-signature';
import { hostOf, runTrustSync, type SyncResult } from './run';
import type { FetchLimits } from './fetch-list';

export interface TrustSourceInput {
  url: string;
  publicKeyPem: string;
  unsigned: boolean;
  intervalHours: number;
}

/** A short fingerprint of the list-signing key, so the audit log shows which key without the PEM. */
function keyFingerprint(pem: string | null): string | null {
  if (!pem) return null;
  const der = readListSigningKey(pem).export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex').slice(0, 16);
}

const auditView = (s: { url: string; unsigned: boolean; intervalHours: number; publicKeyPem: string | null }) => ({
  url: s.url, unsigned: s.unsigned, intervalHours: s.intervalHours, keyFingerprint: keyFingerprint(s.publicKeyPem),
});

/** The one configured source with its sync status, or null (the page offers to configure it). */
export async function getTrustSource(actor: Actor | null) {
  assertCan(actor, 'trust.manage');
  const [row] = await getDb().select().from(trustSources).orderBy(asc(trustSources.createdAt)).limit(1);
  return row ?? null;
}

/**
 * Creates or changes the source. A signed source needs a readable ECDSA P-256 public key; an
 * unsigned one is accepted only because the admin ticked it (its key, if any, is not kept).
 */
export async function saveTrustSource(actor: Actor | null, input: TrustSourceInput) {
  assertCan(actor, 'trust.manage');
  const pem = input.unsigned ? null : input.publicKeyPem.trim();
  if (!input.unsigned) {
    if (!pem) throw new UserInputError('Dán khoá công khai ký danh sách, hoặc đánh dấu nguồn không ký.', { publicKeyPem: ['Cần khoá công khai (PEM) của nguồn.'] });
    try {
      readListSigningKey(pem);
    } catch (error) {
      const message = error instanceof TrustSyncError ? error.message : 'Khoá công khai không hợp lệ.';
      throw new UserInputError(message, { publicKeyPem: [message] });
    }
  }
  const values = { url: input.url, publicKeyPem: pem, unsigned: input.unsigned, intervalHours: input.intervalHours };
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(trustSources).orderBy(asc(trustSources.createdAt)).limit(1).for('update');
    const [after] = before
      ? await tx.update(trustSources).set({ ...values, updatedAt: new Date() }).where(eq(trustSources.id, before.id)).returning()
      : await tx.insert(trustSources).values({ ...values, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'trust.source_update', entityType: 'trust_source', entityId: after.id, before: before ? auditView(before) : undefined, after: auditView(after) });
    return after;
  });
}

/** The "sync now" button: runs at once, whatever the schedule says, and moves the schedule on. */
export async function syncTrustSourceNow(actor: Actor | null, limits: FetchLimits = {}): Promise<SyncResult> {
  assertCan(actor, 'trust.manage');
  const source = await getTrustSource(actor);
  if (!source) throw new UserInputError('Chưa cấu hình nguồn danh sách tin cậy.');
  await getDb().update(trustSources).set({ lastAttemptAt: new Date() }).where(eq(trustSources.id, source.id));
  return runTrustSync(source.id, actor, limits);
}

/**
 * Claims the sources due now by moving `last_attempt_at` forward in one UPDATE: of several processes
 * ticking at once, exactly one gets each source. Due = never tried, last tried an interval ago, or
 * the last try failed an hour ago (a failure is retried sooner than a long interval).
 */
export async function claimDueSources(now = new Date()): Promise<{ id: string; url: string }[]> {
  const at = now.toISOString();
  return getDb()
    .update(trustSources)
    .set({ lastAttemptAt: now })
    .where(sql`${trustSources.lastAttemptAt} is null
      or ${trustSources.lastAttemptAt} <= ${at}::timestamptz - ${trustSources.intervalHours} * interval '1 hour'
      or (${trustSources.lastErrorAt} is not null
          and (${trustSources.lastSuccessAt} is null or ${trustSources.lastErrorAt} > ${trustSources.lastSuccessAt})
          and ${trustSources.lastAttemptAt} <= ${at}::timestamptz - interval '1 hour')`)
    .returning({ id: trustSources.id, url: trustSources.url })
    .then((rows) => rows.map((r) => ({ id: r.id, url: hostOf(r.url) })));
}
