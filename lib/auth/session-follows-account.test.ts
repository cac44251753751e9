import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';

// The session cookie as next-auth would decode it; everything behind it is the real code.
const cookie = vi.hoisted(() => ({ session: null as null | { user: { id: string; name: string; role: string }; tokenVersion: number; sessionId: string } }));
vi.mock('next-auth', async (original) => ({ ...(await original<typeof import('next-auth')>()), getServerSession: async () => cookie.session }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { setCheckpointStatusAction } = await import('@/app/(admin)/quan-tri/chot-kiem-soat/actions');
const { GET } = await import('@/app/api/auth/[...nextauth]/route');
const { getCurrentUser } = await import('./current-user');
const { revokeSession } = await import('./revoked-sessions');

useTestDatabase();

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
// Pausing turns citizens away, so the action wants the confirmation the dialog posts.
const pause = (id: string) => setCheckpointStatusAction({ ok: false }, form({ id, status: 'paused', confirmed: 'yes' }));
const sessionApi = async () => (await GET(new Request('http://localhost/api/auth/session') as never, { params: Promise.resolve({ nextauth: ['session'] }) })).json();

let userId: string;
let checkpointId: string;

beforeEach(async () => {
  const actor = await makeActor('district', { districtCode: '524' });
  userId = actor.id;
  checkpointId = (await makeCheckpoint('524')).id;
  cookie.session = { user: { id: actor.id, name: actor.fullName, role: 'district' }, tokenVersion: 0, sessionId: crypto.randomUUID() };
});

describe('a session follows its account on the next request', () => {
  it('a district change applies to the next server action', async () => {
    expect((await pause(checkpointId)).ok).toBe(true);
    await getDb().update(users).set({ districtCode: '534' }).where(eq(users.id, userId));
    const moved = await pause(checkpointId);
    expect(moved.ok).toBe(false);
    expect(moved.message).toBe('Không tìm thấy dữ liệu yêu cầu.');
  });

  it('a role change applies to the next server action', async () => {
    await getDb().update(users).set({ role: 'viewer', districtCode: null }).where(eq(users.id, userId));
    const demoted = await pause(checkpointId);
    expect(demoted).toMatchObject({ ok: false, message: 'Bạn không có quyền thực hiện thao tác này.' });
  });
});

describe('signing out ends the session on the server', () => {
  it('a revoked session is refused by pages, API routes and server actions alike', async () => {
    expect(await getCurrentUser()).not.toBeNull();
    await revokeSession(cookie.session!.sessionId, new Date(Date.now() + 3600_000));
    // getCurrentUser is what every page, route handler and action asks.
    expect(await getCurrentUser()).toBeNull();
    expect(await pause(checkpointId)).toMatchObject({ ok: false, message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' });
    // Another session of the same account keeps working.
    cookie.session = { ...cookie.session!, sessionId: crypto.randomUUID() };
    expect(await getCurrentUser()).not.toBeNull();
  });

  it('/api/auth/session reports no session for a disabled account', async () => {
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));
    expect(await sessionApi()).toEqual({});
  });
});
