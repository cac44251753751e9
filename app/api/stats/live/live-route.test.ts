import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { writeChecksAt } from '@/lib/stats/test-helpers';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => session.actor }));

const { GET } = await import('./route');

useTestDatabase();

const ctx = { params: Promise.resolve({}) };
const get = (actor: Actor | null, etag?: string | null, query = '') => {
  session.actor = actor;
  return GET(new Request(`http://localhost/api/stats/live${query}`, { headers: etag ? { 'If-None-Match': etag } : {} }), ctx);
};
let admin: Actor, binhSon: Actor, binhSonCp: { id: string; districtCode: string }, ducPhoCp: { id: string; districtCode: string };

beforeAll(async () => {
  [binhSonCp, ducPhoCp] = await Promise.all([makeCheckpoint('524'), makeCheckpoint('534')]);
  admin = await makeActor('admin');
  binhSon = await makeActor('district', { districtCode: '524' });
  await writeChecksAt(binhSonCp, [new Date(Date.now() - 60_000)]);
});

describe('GET /api/stats/live', () => {
  it('answers 304 while nothing changed and a new ETag after a check, in the user scope only', async () => {
    const first = await get(binhSon);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await get(binhSon, etag)).status).toBe(304);
    // Another district's check does not wake a district user's dashboard; it does the province's.
    const province = (await get(admin)).headers.get('ETag');
    await writeChecksAt(ducPhoCp, [new Date(Date.now() - 30_000)]);
    expect((await get(binhSon, etag)).status).toBe(304);
    expect((await get(admin, province)).status).toBe(200);
    await writeChecksAt(binhSonCp, [new Date(Date.now() - 20_000)]);
    const changed = await get(binhSon, etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
  });

  it('refuses the signed-out, officers and another district', async () => {
    expect((await get(null)).status).toBe(401);
    expect((await get(await makeActor('officer'))).status).toBe(403);
    expect((await get(binhSon, null, '?district=534')).status).toBe(403);
  });
});
