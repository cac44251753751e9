import { describe, expect, it } from 'vitest';
import { FIRST_RULE, JANSSEN, ruleInForce, type VerificationRule } from './rule';
import { judgeRecovery, judgeVaccination } from './judge';
import { daysBetween, isCalendarDate, localDateOf, localHourOf } from './local-date';
import { localDay, localHour } from '@/lib/text/format';

const PFIZER = 'EU/1/20/1528';
const rule = (over: Partial<VerificationRule> = {}): VerificationRule => ({ ...FIRST_RULE, ...over });

describe('judgeVaccination under version 1 (2 doses, day 14, Janssen single-dose)', () => {
  it.each([
    // doses, last dose, vaccine, checked at (instant), expected
    [2, '2021-08-26', PFIZER, '2021-09-08T03:00:00Z', 'under_14_days'], // day 13
    [2, '2021-08-26', PFIZER, '2021-09-09T03:00:00Z', 'valid'], // day 14: the letter's example
    [2, '2021-08-26', PFIZER, '2021-09-10T03:00:00Z', 'valid'], // day 15
    [2, '2021-08-26', null, '2021-09-08T16:59:59Z', 'under_14_days'], // 23:59:59 on 08/09 local
    [2, '2021-08-26', null, '2021-09-08T17:00:00Z', 'valid'], // 00:00 on 09/09 local
    [2, '2021-08-26', null, '2021-09-09T00:00:00+07:00', 'valid'],
    [2, '2021-08-26', null, '2021-09-08T23:59:59+07:00', 'under_14_days'],
    [2, '2021-08-26', null, '2021-08-26T10:00:00+07:00', 'under_14_days'], // day 0
    [2, '2021-09-20', null, '2021-09-09T10:00:00+07:00', 'under_14_days'], // dose after the check
    [1, '2021-08-26', JANSSEN, '2021-09-09T10:00:00+07:00', 'valid'],
    [1, '2021-08-26', JANSSEN, '2021-09-08T10:00:00+07:00', 'under_14_days'],
    [1, '2021-08-26', PFIZER, '2021-10-01T10:00:00+07:00', 'incomplete_doses'],
    [1, '2021-08-26', null, '2021-10-01T10:00:00+07:00', 'incomplete_doses'],
    [0, null, null, '2021-10-01T10:00:00+07:00', 'incomplete_doses'],
    [null, '2021-08-26', null, '2021-10-01T10:00:00+07:00', 'incomplete_doses'],
    [2, null, PFIZER, '2021-10-01T10:00:00+07:00', 'incomplete_doses'], // no date: cannot prove day 14
    [3, '2021-08-26', PFIZER, '2021-09-09T10:00:00+07:00', 'valid'],
    [2, '2021-12-31', null, '2022-01-14T10:00:00+07:00', 'valid'], // across a year end
    [2, '2021-12-31', null, '2022-01-13T10:00:00+07:00', 'under_14_days'],
  ] as const)('%s doses, last %s, %s, at %s → %s', (doses, lastDoseOn, vaccine, checkedAt, expected) => {
    expect(judgeVaccination({ doses, lastDoseOn, vaccine, checkedAt }, FIRST_RULE)).toBe(expected);
  });

  it('accepts a Date as the check instant', () => {
    expect(judgeVaccination({ doses: 2, lastDoseOn: '2021-08-26', checkedAt: new Date('2021-09-08T17:00:00Z') }, FIRST_RULE)).toBe('valid');
  });
});

describe('judgeVaccination with other rule settings', () => {
  it.each([
    [180, 180, 'valid'],
    [180, 181, 'expired'],
    [180, 14, 'valid'],
    [180, 13, 'under_14_days'],
  ] as const)('validity %s days, checked on day %s → %s', (validityDays, day, expected) => {
    const checkedAt = new Date(Date.UTC(2021, 0, 1 + day, 3)).toISOString();
    expect(judgeVaccination({ doses: 2, lastDoseOn: '2021-01-01', checkedAt }, rule({ validityDays }))).toBe(expected);
  });

  it('takes the required doses and waiting days from the rule', () => {
    const three = rule({ requiredDoses: 3, daysAfterLastDose: 7 });
    expect(judgeVaccination({ doses: 2, lastDoseOn: '2021-08-26', checkedAt: '2021-10-01T03:00:00Z' }, three)).toBe('incomplete_doses');
    expect(judgeVaccination({ doses: 3, lastDoseOn: '2021-08-26', checkedAt: '2021-09-02T03:00:00Z' }, three)).toBe('valid');
    expect(judgeVaccination({ doses: 1, lastDoseOn: '2021-08-26', vaccine: JANSSEN, checkedAt: '2021-09-02T03:00:00Z' }, three)).toBe('valid');
    const noSingle = rule({ singleDoseVaccines: [] });
    expect(judgeVaccination({ doses: 1, lastDoseOn: '2021-08-26', vaccine: JANSSEN, checkedAt: '2021-10-01T03:00:00Z' }, noSingle)).toBe('incomplete_doses');
  });
});

describe('judgeRecovery', () => {
  const accepting = rule({ recoveryDays: 180 });
  it.each([
    [FIRST_RULE, '2021-08-01', null, '2021-09-01T03:00:00Z', 'unverified'], // not accepted by version 1
    [accepting, '2021-08-01', null, '2021-09-01T03:00:00Z', 'valid'],
    [accepting, '2021-03-01', null, '2021-08-28T03:00:00Z', 'valid'], // day 180
    [accepting, '2021-03-01', null, '2021-08-29T03:00:00Z', 'expired'], // day 181
    [accepting, '2021-09-05', null, '2021-09-01T03:00:00Z', 'unverified'], // test after the check
    [accepting, '2021-08-01', '2021-08-31', '2021-09-01T03:00:00Z', 'expired'],
    [accepting, '2021-08-01', '2021-09-01', '2021-09-01T03:00:00Z', 'valid'],
  ] as const)('%#: positive %s, until %s, at %s → %s', (r, firstPositiveOn, validUntil, checkedAt, expected) => {
    expect(judgeRecovery({ firstPositiveOn, validUntil, checkedAt }, r)).toBe(expected);
  });
});

describe('ruleInForce', () => {
  const v2 = rule({ version: 2, effectiveFrom: '2021-10-01T00:00:00+07:00', requiredDoses: 3 });
  const v3 = rule({ version: 3, effectiveFrom: '2021-10-01T00:00:00+07:00', requiredDoses: 4 });
  it('picks the latest version whose effective instant is not after the check', () => {
    expect(ruleInForce([FIRST_RULE, v2], '2021-09-30T16:59:59Z')?.version).toBe(1);
    expect(ruleInForce([FIRST_RULE, v2], '2021-09-30T17:00:00Z')?.version).toBe(2);
    expect(ruleInForce([v2, FIRST_RULE, v3], '2021-10-05T00:00:00Z')?.version).toBe(3);
    expect(ruleInForce([FIRST_RULE], '2020-06-01T00:00:00Z')).toBeUndefined();
  });
});

describe('local dates', () => {
  it('counts calendar days and knows real dates', () => {
    expect(daysBetween('2021-08-26', '2021-09-09')).toBe(14);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-09-09', '2021-08-26')).toBe(-14);
    expect(localDateOf('2021-09-08T17:00:00Z')).toBe('2021-09-09');
    expect(isCalendarDate('2021-02-28')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('28/02/2021')).toBe(false);
  });

  it('agrees with Intl in Asia/Ho_Chi_Minh over random instants 2020–2035', () => {
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 48_271) % 2_147_483_647;
      const instant = new Date(Date.UTC(2020, 0, 1) + (seed / 2_147_483_647) * 15 * 365 * 86_400_000);
      expect([localDateOf(instant), localHourOf(instant)]).toEqual([localDay(instant), localHour(instant)]);
      // The same instant as a string or as milliseconds (ingest passes numbers).
      expect([localDateOf(instant.toISOString()), localHourOf(instant.getTime())]).toEqual([localDay(instant), localHour(instant)]);
    }
  });

  it('counts the hour by UTC+7 before 1970 too (negative milliseconds)', () => {
    // Not Intl here: Vietnam's offset was not +7 throughout before 1975.
    for (const [iso, day, hour] of [['1969-12-31T16:59:59Z', '1969-12-31', 23], ['1969-12-31T17:00:00Z', '1970-01-01', 0], ['1950-06-01T23:30:00Z', '1950-06-02', 6]] as const) {
      expect([localDateOf(iso), localHourOf(iso)]).toEqual([day, hour]);
    }
    expect(() => localHourOf('not a date')).toThrow(RangeError);
  });

  it('knows real calendar dates exactly as the Date object does, 1896–2104', () => {
    // The Date-based definition it replaced (years 0–99 fall to 1900–1999 in Date.UTC, so they fail).
    const byDate = (y: number, m: number, d: number) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (const y of [0, 50, 99, 100, 1600, 1700, ...Array.from({ length: 209 }, (_, i) => 1896 + i)]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) expect(isCalendarDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
      }
    }
  });
});
