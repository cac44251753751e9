import 'server-only';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { checkpoints, posterVersions } from '@/db/schema';
import type { PosterSubject } from './pdf/content';

/** Checkpoints with their current (unrevoked) poster version, as poster subjects. */
export function selectPosterSubjects(db: Executor, where: SQL[]): Promise<(PosterSubject & { checkpointId: string })[]> {
  return db
    .select({
      checkpointId: checkpoints.id, number: checkpoints.number, kind: checkpoints.kind, name: checkpoints.name,
      districtCode: checkpoints.districtCode, communeCode: checkpoints.communeCode,
      version: posterVersions.version, issuedAt: posterVersions.createdAt, manualCode: posterVersions.manualCode,
    })
    .from(checkpoints)
    .innerJoin(posterVersions, and(eq(posterVersions.checkpointId, checkpoints.id), isNull(posterVersions.revokedAt)))
    .where(and(...where))
    .orderBy(asc(checkpoints.districtCode), asc(checkpoints.name));
}
