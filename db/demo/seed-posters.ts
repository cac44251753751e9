import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../index';
import { checkpoints, posterVersions } from '../schema';
import { generateManualCode } from '@/lib/posters/manual-code';
import { DEMO_CHECKPOINTS } from './checkpoint-list';
import { stableId } from './stable-id';

// Left without a location QR so that readiness shows checkpoints still to prepare.
const WITHOUT_POSTER = new Set(['Chốt kiểm soát Châu Ổ', 'Tổ tuần tra phường Phổ Vinh', 'Tổ tuần tra Sơn Dung', 'Chốt kiểm soát Thu Xà (cũ)']);

/** Poster version 1 for most demo checkpoints; a checkpoint that already has a poster is left alone. */
export async function seedDemoPosters(db: Db): Promise<void> {
  for (const c of DEMO_CHECKPOINTS) {
    if (WITHOUT_POSTER.has(c.name)) continue;
    const id = stableId('checkpoint', c.name);
    await db.transaction(async (tx) => {
      const [row] = await tx.select({ posterVersion: checkpoints.posterVersion }).from(checkpoints).where(eq(checkpoints.id, id)).for('update');
      if (!row || row.posterVersion > 0) return;
      let manualCode = generateManualCode();
      while ((await tx.select({ id: posterVersions.id }).from(posterVersions).where(and(eq(posterVersions.manualCode, manualCode), isNull(posterVersions.revokedAt)))).length) {
        manualCode = generateManualCode();
      }
      await tx.insert(posterVersions).values({ checkpointId: id, version: 1, manualCode });
      await tx.update(checkpoints).set({ posterVersion: 1 }).where(eq(checkpoints.id, id));
    });
  }
}
