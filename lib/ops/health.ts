import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rowsOf } from '@/lib/passages/aggregate-check';
import journal from '@/db/migrations/meta/_journal.json';
import pkg from '@/package.json';
import { isStopping } from './shutdown-state';

export interface Health {
  db: 'ok' | 'unreachable' | 'stopping';
  migrations: 'current' | 'pending' | 'newer' | 'unknown';
  version: string;
  /** What is wrong, in Vietnamese, when not healthy. */
  problem?: string;
}

const TIMEOUT_MS = 3_000;
const version = pkg.version;
const latestMigration = Math.max(...journal.entries.map((e) => e.when));

/**
 * What a load balancer needs: can this process reach its database, and is the schema the one
 * this build expects? No authentication and no data: only those two facts and the version.
 */
export async function checkHealth(): Promise<{ status: 200 | 503; body: Health }> {
  if (isStopping()) {
    return { status: 503, body: { db: 'stopping', migrations: 'unknown', version, problem: 'Máy chủ đang dừng.' } };
  }
  let applied: number | null;
  try {
    applied = await withTimeout(latestApplied());
  } catch {
    return { status: 503, body: { db: 'unreachable', migrations: 'unknown', version, problem: 'Không kết nối được cơ sở dữ liệu.' } };
  }
  if (applied === latestMigration) return { status: 200, body: { db: 'ok', migrations: 'current', version } };
  const newer = applied !== null && applied > latestMigration;
  return {
    status: 503,
    body: {
      db: 'ok',
      migrations: newer ? 'newer' : 'pending',
      version,
      problem: newer ? 'Cơ sở dữ liệu đã được nâng cấp bởi bản mới hơn bản đang chạy.' : 'Lược đồ cơ sở dữ liệu chưa được nâng cấp.',
    },
  };
}

/** The newest migration recorded by drizzle's migrator (its `created_at` is the journal's `when`). */
async function latestApplied(): Promise<number | null> {
  const [row] = rowsOf<{ latest: string | number | null }>(
    await getDb().execute(sql`select max(created_at) as latest from drizzle.__drizzle_migrations`),
  );
  return row?.latest == null ? null : Number(row.latest);
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
