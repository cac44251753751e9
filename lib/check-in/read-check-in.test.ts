import { describe, expect, it } from 'vitest';
import { readCheckIn, type CheckInFields } from './read-check-in';
import { loadProfile, saveProfile } from './profile';

const good: CheckInFields = { source: 'pc_covid', vaccine: 'EU/1/21/1529', doses: '2', lastDoseOn: '2021-08-26', name: ' Nguyễn  Văn An ', birthYear: '1986', phone: '0905 123 456', idNumber: '' };
const context = { posterToken: 'tok', today: '2021-09-21', now: new Date('2021-09-21T02:00:00Z'), deviceId: 'dev' };

describe('readCheckIn', () => {
  it('builds a citizen_scan check with the poster token and tidy personal fields', () => {
    const read = readCheckIn(good, context);
    expect(read).toEqual({
      ok: true,
      input: {
        method: 'citizen_scan', posterToken: 'tok', source: 'pc_covid', vaccine: 'EU/1/21/1529', doses: 2, lastDoseOn: '2021-08-26',
        checkedAt: '2021-09-21T02:00:00.000Z', deviceId: 'dev', citizen: { name: 'Nguyễn Văn An', birthYear: 1986, phone: '0905123456' },
      },
    });
  });

  it('asks no date for zero doses and keeps an optional ID', () => {
    const read = readCheckIn({ ...good, doses: '0', lastDoseOn: '', vaccine: '', idNumber: '051201001234' }, context);
    expect(read.ok && read.input).toMatchObject({ doses: 0, lastDoseOn: null, vaccine: null, citizen: { idNumber: '051201001234' } });
  });

  it('requires the phone and explains every bad field in Vietnamese', () => {
    const read = readCheckIn({ ...good, source: '', doses: '', name: 'A', birthYear: '86', phone: '', idNumber: '12' }, context);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual(['birthYear', 'doses', 'idNumber', 'name', 'phone', 'source']);
    expect(read.errors.phone).toMatch(/truy vết/);
    expect(readCheckIn({ ...good, lastDoseOn: '2021-09-22' }, context)).toMatchObject({ ok: false, errors: { lastDoseOn: expect.stringMatching(/sau hôm nay/) } });
  });
});

describe('remembered profile', () => {
  function memoryStorage(): Storage {
    const map = new Map<string, string>();
    return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), clear: () => map.clear(), key: () => null, get length() { return map.size; } };
  }

  it('is kept only when saved and erased when the citizen withdraws', () => {
    const storage = memoryStorage();
    expect(loadProfile(storage)).toBeNull();
    saveProfile(good, storage);
    expect(loadProfile(storage)).toEqual(good);
    saveProfile(null, storage);
    expect(loadProfile(storage)).toBeNull();
  });
});
