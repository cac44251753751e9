import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { checkpoints, posterVersions } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { loadCheckpointFor } from '@/lib/checkpoints/load';
import { generateManualCode } from './manual-code';

/** A manual code no active poster holds (the partial unique index guards the race). */
export async function freshManualCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = generateManualCode();
    const [taken] = await tx
      .select({ id: posterVersions.id })
      .from(posterVersions)
      .where(and(eq(posterVersions.manualCode, code), isNull(posterVersions.revokedAt)))
      .limit(1);
    if (!taken) return code;
  }
}

/** Revokes the current version (if any) and issues the next, in the caller's transaction. */
export async function issueNextPosterVersion(tx: Tx, actor: Actor | null, checkpoint: { id: string; posterVersion: number; districtCode: string }) {
  const now = new Date();
  const [revoked] = await tx
    .update(posterVersions)
    .set({ revokedAt: now, revokedBy: actor?.id ?? null })
    .where(and(eq(posterVersions.checkpointId, checkpoint.id), isNull(posterVersions.revokedAt)))
    .returning({ version: posterVersions.version, manualCode: posterVersions.manualCode });
  const version = checkpoint.posterVersion + 1;
  const manualCode = await freshManualCode(tx);
  await tx.insert(posterVersions).values({ checkpointId: checkpoint.id, version, manualCode, createdAt: now, createdBy: actor?.id ?? null });
  await tx.update(checkpoints).set({ posterVersion: version, updatedAt: now }).where(eq(checkpoints.id, checkpoint.id));
  await recordAudit(tx, actor, {
    action: revoked ? 'poster.rotate' : 'poster.create',
    entityType: 'checkpoint',
    entityId: checkpoint.id,
    districtCode: checkpoint.districtCode,
    before: revoked ? { posterVersion: revoked.version, manualCode: revoked.manualCode } : { posterVersion: 0 },
    after: { posterVersion: version, manualCode },
  });
  return { version, manualCode, revokedVersion: revoked?.version ?? null };
}

/**
 * The explicit rotate action (also the first issue of a location QR): a new version with a new
 * token and manual code; the previous token and code stop working at the same instant.
 */
export async function rotatePoster(actor: Actor | null, checkpointId: string, expectedVersion?: number) {
  return getDb().transaction(async (tx) => {
    const checkpoint = await loadCheckpointFor(tx, actor, 'posters.rotate', checkpointId, { lock: true });
    if (checkpoint.status === 'closed') {
      throw new UserInputError('Chốt đã đóng: không cấp mã QR mới. Mở lại chốt trước nếu cần in áp phích.');
    }
    // A stale page or a double tap must not rotate twice (each rotation makes printed posters void).
    if (expectedVersion !== undefined && expectedVersion !== checkpoint.posterVersion) {
      throw new UserInputError(`Mã QR của chốt vừa được đổi sang phiên bản ${checkpoint.posterVersion}. Tải lại trang để xem mã hiện hành.`);
    }
    return issueNextPosterVersion(tx, actor, checkpoint);
  });
}
