import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { importTrustedSigners } from '@/lib/trust/signers';
import { newSigner, pemOf } from '@/lib/trust/test-signers';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => session.actor }));

const { GET } = await import('./route');

useTestDatabase();
const get = () => GET(new Request('http://localhost/api/trust-list'), { params: Promise.resolve({}) });

describe('GET /api/trust-list', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('answers 401 signed out', async () => {
    expect((await get()).status).toBe(401);
  });

  it.each(['officer', 'admin', 'police', 'district', 'viewer'] as const)('gives %s the enabled signers with a version', async (role) => {
    const { imported } = await importTrustedSigners(await makeActor('admin'), [{ name: 'a.pem', data: pemOf(await newSigner()) }]);
    session.actor = await makeActor(role);
    const response = await get();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.version).toMatch(/^\d+-\d+$/);
    expect(body.signers).toContainEqual({ kid: imported[0].kid, country: 'VN', certificate: expect.stringMatching(/^MII/) });
  });
});
