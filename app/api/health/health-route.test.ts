import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { closeDatabase } from '@/db';
import { markStopping } from '@/lib/ops/shutdown-state';
import journal from '@/db/migrations/meta/_journal.json';
import pkg from '@/package.json';
import { GET } from './route';

const { db } = useTestDatabase();
const latest = Math.max(...journal.entries.map((e) => e.when));

async function health() {
  const response = await GET();
  return { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') };
}

describe('GET /api/health', () => {
  it('answers 200 with db ok, migrations current and the version, without authentication', async () => {
    expect(await health()).toEqual({ status: 200, body: { db: 'ok', migrations: 'current', version: pkg.version }, cache: 'no-store' });
  });

  it('answers 503 saying what is wrong: schema behind or ahead of this build, stopping, database gone', async () => {
    await db().execute(sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where created_at = ${latest}`);
    expect(await health()).toMatchObject({ status: 503, body: { db: 'ok', migrations: 'pending', problem: expect.stringContaining('chưa được nâng cấp') } });
    await db().execute(sql`update drizzle.__drizzle_migrations set created_at = ${latest + 1000} where created_at = ${latest - 1}`);
    expect(await health()).toMatchObject({ status: 503, body: { migrations: 'newer' } });
    await db().execute(sql`update drizzle.__drizzle_migrations set created_at = ${latest} where created_at = ${latest + 1000}`);
    expect((await health()).status).toBe(200);

    markStopping();
    try {
      expect(await health()).toMatchObject({ status: 503, body: { db: 'stopping', problem: 'Máy chủ đang dừng.' } });
    } finally {
      markStopping(false);
    }

    await closeDatabase();
    expect(await health()).toMatchObject({ status: 503, body: { db: 'unreachable', problem: 'Không kết nối được cơ sở dữ liệu.' } });
  });
});
