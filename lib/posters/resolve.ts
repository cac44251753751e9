import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints, posterVersions } from '@/db/schema';
import { getSecret } from '@/lib/config/secrets';
import { normalizeManualCode } from './manual-code';
import { verifyPosterToken } from './token';

export type PosterResolution =
  | {
      ok: true;
      version: number;
      checkpoint: {
        id: string; number: number; name: string; kind: 'fixed' | 'patrol';
        districtCode: string; communeCode: string | null; status: 'active' | 'paused' | 'closed';
      };
    }
  | { ok: false; reason: 'malformed' | 'forged' | 'revoked' | 'unknown' };

const columns = {
  version: posterVersions.version,
  revokedAt: posterVersions.revokedAt,
  checkpoint: {
    id: checkpoints.id, number: checkpoints.number, name: checkpoints.name, kind: checkpoints.kind,
    districtCode: checkpoints.districtCode, communeCode: checkpoints.communeCode, status: checkpoints.status,
  },
};

type Row = { version: number; revokedAt: Date | null; checkpoint: Extract<PosterResolution, { ok: true }>['checkpoint'] };

function resolution(row: Row | undefined): PosterResolution {
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  return { ok: true, version: row.version, checkpoint: row.checkpoint };
}

/** Public: what a scanned poster URL names. Checks the MAC first, then that the version is current. */
export async function resolvePosterToken(token: string): Promise<PosterResolution> {
  const checked = verifyPosterToken(getSecret('POSTER_HMAC_KEY'), token);
  if (!checked.ok) return checked;
  const [row] = await getDb()
    .select(columns)
    .from(posterVersions)
    .innerJoin(checkpoints, eq(checkpoints.id, posterVersions.checkpointId))
    .where(and(eq(checkpoints.number, checked.number), eq(posterVersions.version, checked.version)))
    .limit(1);
  return resolution(row);
}

/** Public: the checkpoint a typed manual code belongs to (case-insensitive, spaces ignored). */
export async function resolveManualCode(code: string): Promise<PosterResolution> {
  const normalized = normalizeManualCode(code);
  if (!normalized) return { ok: false, reason: 'malformed' };
  // The active row wins: a revoked code may since have been given to another poster.
  const [row] = await getDb()
    .select(columns)
    .from(posterVersions)
    .innerJoin(checkpoints, eq(checkpoints.id, posterVersions.checkpointId))
    .where(eq(posterVersions.manualCode, normalized))
    .orderBy(sql`${posterVersions.revokedAt} desc nulls first`)
    .limit(1);
  return resolution(row);
}
