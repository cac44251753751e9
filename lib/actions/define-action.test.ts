import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { defineAction } = await import('./define-action');

const action = defineAction(z.object({ name: z.string().min(3, 'Tên quá ngắn.'), role: z.enum(['officer'], { message: 'Chọn vai trò.' }) }), async () => ({ message: 'Xong.' }));
const data = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  return form;
};

describe('defineAction', () => {
  beforeEach(() => {
    signedIn.actor = { id: 'u', username: 'admin', fullName: 'A', role: 'admin', districtCode: null, checkpointIds: [] };
  });

  it('counts every answer, refused or not, so the form remounts each time', async () => {
    const first = await action({ ok: false }, data({ name: 'ab', role: 'officer' }));
    expect(first).toMatchObject({ ok: false, attempt: 1, values: { name: 'ab', role: 'officer' }, errors: { name: ['Tên quá ngắn.'] } });
    const second = await action(first, data({ name: 'abc', role: 'officer' }));
    expect(second).toMatchObject({ ok: true, attempt: 2, message: 'Xong.' });
    signedIn.actor = null;
    expect(await action(second, data({ name: 'abc', role: 'officer' }))).toMatchObject({ ok: false, attempt: 3 });
  });

  it('refuses a missing role instead of defaulting to one', async () => {
    const state = await action({ ok: false }, data({ name: 'abc' }));
    expect(state).toMatchObject({ ok: false, errors: { role: ['Chọn vai trò.'] } });
  });
});
