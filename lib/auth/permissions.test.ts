import { describe, expect, it } from 'vitest';
import { can, districtScope } from './permissions';
import type { Actor, Role } from './roles';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: 'u', username: 'u', fullName: 'U', role, districtCode: null, checkpointIds: [], ...extra,
});

describe('can', () => {
  it('nobody signed in may do anything', () => {
    expect(can(null, 'stats.view')).toBe(false);
  });

  it('limits a district user to its own district', () => {
    const binhSon = actor('district', { districtCode: '524' });
    expect(can(binhSon, 'checkpoints.manage', { districtCode: '524' })).toBe(true);
    expect(can(binhSon, 'checkpoints.manage', { districtCode: '534' })).toBe(false);
    expect(can(binhSon, 'checkpoints.manage', { districtCode: null })).toBe(false);
    expect(districtScope(binhSon)).toBe('524');
  });

  it('gives province roles every district', () => {
    for (const role of ['admin', 'police'] as const) {
      expect(can(actor(role), 'checkpoints.manage', { districtCode: '534' })).toBe(true);
      expect(districtScope(actor(role))).toBeNull();
    }
  });

  it('keeps the viewer read-only', () => {
    expect(can(actor('viewer'), 'checkpoints.view')).toBe(true);
    expect(can(actor('viewer'), 'checkpoints.manage')).toBe(false);
    expect(can(actor('viewer'), 'users.view')).toBe(false);
  });

  it('limits an officer to assigned checkpoints', () => {
    const officer = actor('officer', { districtCode: '524', checkpointIds: ['a'] });
    expect(can(officer, 'passages.record', { checkpointId: 'a' })).toBe(true);
    expect(can(officer, 'passages.record', { checkpointId: 'b' })).toBe(false);
    expect(can(officer, 'passages.record', { districtCode: '524' })).toBe(false);
    expect(can(officer, 'stats.view')).toBe(false);
  });

  it('reserves audit, rules and trust list to admins', () => {
    for (const role of ['police', 'district', 'viewer', 'officer'] as const) {
      expect(can(actor(role, { districtCode: '524' }), 'audit.view')).toBe(false);
      expect(can(actor(role, { districtCode: '524' }), 'rules.manage')).toBe(false);
      expect(can(actor(role, { districtCode: '524' }), 'trust.manage')).toBe(false);
    }
    expect(can(actor('admin'), 'audit.view')).toBe(true);
  });
});
