import 'server-only';
import type { SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { rowsOf } from '@/lib/passages/aggregate-check';

/** Runs a statistics query and hands back its rows (same shape on PGlite and postgres.js). */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
