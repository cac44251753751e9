import { describe, expect, it } from 'vitest';
import { cachedTrustList, refreshTrustList, trustListAge, trustListWarning } from './trust-cache';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const LIST = { version: '1-1700000000000', updatedAt: '2026-11-27T01:00:00.000Z', signers: [{ kid: 'abc=', country: 'VN', certificate: 'MIIB' }] };

describe('console trust-list cache', () => {
  it('keeps the last copy the server gave and uses it offline', async () => {
    const storage = memoryStorage();
    expect(cachedTrustList(storage)).toMatchObject({ signers: [], savedAt: null });
    const ok = (async () => Response.json(LIST)) as typeof fetch;
    const saved = await refreshTrustList(ok, storage, new Date('2026-11-27T02:00:00Z'));
    expect(saved).toMatchObject({ ...LIST, savedAt: '2026-11-27T02:00:00.000Z' });
    const offline = (async () => { throw new TypeError('offline'); }) as typeof fetch;
    expect(await refreshTrustList(offline, storage)).toEqual(saved);
    const refused = (async () => Response.json({ error: 'x' }, { status: 401 })) as typeof fetch;
    expect(await refreshTrustList(refused, storage)).toEqual(saved);
  });

  it('ignores a damaged copy and says how old the copy is', () => {
    const storage = memoryStorage();
    storage.setItem('qn-console-trust-list', '{"version":1}');
    expect(cachedTrustList(storage).signers).toEqual([]);
    const now = new Date('2026-11-27T10:00:00Z');
    expect(trustListAge(null, now)).toBe('chưa tải từ máy chủ');
    expect(trustListAge('2026-11-27T09:30:00Z', now)).toBe('cập nhật 30 phút trước');
    expect(trustListAge('2026-11-27T05:00:00Z', now)).toBe('cập nhật 5 giờ trước');
    expect(trustListAge('2026-11-20T10:00:00Z', now)).toBe('cập nhật 7 ngày trước');
  });

  it('warns plainly when the list is empty or the copy is older than the server allows', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const empty = trustListWarning({ version: '0-0', updatedAt: null, savedAt: '2026-11-27T09:59:00Z', signers: [] }, now);
    expect(empty).toMatchObject({ kind: 'empty' });
    expect(empty?.text).toContain('kiểm tra trực tiếp trên ứng dụng hoặc giấy chứng nhận');
    const fresh = { ...LIST, savedAt: '2026-11-27T09:00:00Z' };
    expect(trustListWarning(fresh, now)).toBeNull();
    expect(trustListWarning({ ...fresh, savedAt: '2026-11-26T09:00:00Z' }, now)).toMatchObject({ kind: 'stale' });
    // The server's maximum age wins over the default of 24 hours.
    expect(trustListWarning({ ...fresh, maxAgeHours: 0.5 }, now)).toMatchObject({ kind: 'stale' });
    expect(trustListWarning({ ...fresh, savedAt: '2026-11-26T09:00:00Z', maxAgeHours: 72 }, now)).toBeNull();
  });
});
