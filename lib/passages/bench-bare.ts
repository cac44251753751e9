import 'server-only';
import { getDb } from '@/db';
import type { PassageRow } from './prepare-check';
import { writePassages } from './write-passages';

/** Only when the benchmark started this server: it writes whatever it is sent, unchecked. */
export const bareRouteEnabled = () => process.env.BENCH_BARE_ROUTE === '1';

/**
 * The benchmark's baseline: the same database writes as ingest (passage + aggregates, one
 * transaction, through the same function) for a row the benchmark built, and nothing else.
 */
export async function writeBarePassage(row: Omit<PassageRow, 'checkedAt' | 'receivedAt'> & { checkedAt: string }): Promise<void> {
  await writePassages(getDb(), [{ ...row, checkedAt: new Date(row.checkedAt), receivedAt: new Date() }]);
}
