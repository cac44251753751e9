import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { parseCheckpointFilters, filtersToQuery } from './filters';
import { listCheckpoints } from './queries';

useTestDatabase();

describe('checkpoint list sorting', () => {
  it('sorts by the column in the URL, both ways, and keeps it in page links', async () => {
    const admin = await makeActor('admin');
    await makeCheckpoint('524', { name: 'Sắp xếp B', status: 'paused', smartphoneCount: 1, hasMobileData: true, posterVersion: 1, installedApps: ['pc_covid'] });
    await makeCheckpoint('534', { name: 'Sắp xếp A', status: 'closed' });
    await makeCheckpoint('522', { name: 'Sắp xếp C' });
    const names = async (query: Record<string, string>) =>
      (await listCheckpoints(admin, { ...parseCheckpointFilters(query), q: 'sap xep' })).rows.map((r) => r.name);

    expect(await names({ sort: 'name' })).toEqual(['Sắp xếp A', 'Sắp xếp B', 'Sắp xếp C']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual(['Sắp xếp C', 'Sắp xếp B', 'Sắp xếp A']);
    expect(await names({ sort: 'place' })).toEqual(['Sắp xếp C', 'Sắp xếp B', 'Sắp xếp A']);
    expect(await names({ sort: 'status' })).toEqual(['Sắp xếp C', 'Sắp xếp B', 'Sắp xếp A']);
    expect((await names({ sort: 'ready', dir: 'desc' }))[0]).toBe('Sắp xếp B');
    expect(await names({ sort: 'nonsense' })).toEqual(['Sắp xếp C', 'Sắp xếp B', 'Sắp xếp A']);

    expect(filtersToQuery(parseCheckpointFilters({ sort: 'name', dir: 'desc', status: 'active' }), { page: '2' })).toBe('status=active&sort=name&dir=desc&page=2');
  });
});
