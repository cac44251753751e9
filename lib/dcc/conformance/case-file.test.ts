import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTestCase } from './case-file';
import { parseClock } from './clock';

function caseFile(content: object): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dcc-case-')), 'X_1.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('readTestCase quirks', () => {
  it('reads EXPTECTEDEXPIRED as the expiration check and validationClockInstant as the clock', () => {
    const testCase = readTestCase(caseFile({ TESTCTX: { validationClockInstant: '2021-06-01T10:00:00Z' }, EXPECTEDRESULTS: { EXPTECTEDEXPIRED: false } }));
    expect(testCase.expected).toEqual(new Map([['EXPECTEDEXPIRATIONCHECK', false]]));
    expect(testCase.clock).toEqual(new Date('2021-06-01T10:00:00Z'));
  });

  it('flattens a nested EXPECTEDRESULTS and ignores its non-flag keys', () => {
    const testCase = readTestCase(caseFile({ TESTCTX: {}, EXPECTEDRESULTS: { EXPECTEDRESULTS: { EXPECTEDVERIFY: true }, EXPECTEDDECODE: false } }));
    expect(testCase.expected).toEqual(new Map([['EXPECTEDVERIFY', true], ['EXPECTEDDECODE', false]]));
  });

  it('takes the image from _2DCODE when 2DCODE is absent', () => {
    const testCase = readTestCase(caseFile({ _2DCODE: 'iVBORw0K', TESTCTX: {}, EXPECTEDRESULTS: {} }));
    expect(testCase.image?.slice(0, 4)).toEqual(Uint8Array.of(0x89, 0x50, 0x4e, 0x47));
  });
});

describe('parseClock', () => {
  it.each([
    ['2021-06-08T20:17:27.9906293Z', '2021-06-08T20:17:27.990Z'],
    ['2021-07-02T07:44:21+0000', '2021-07-02T07:44:21.000Z'],
    ['2021-08-18T16:36:53+02:00', '2021-08-18T14:36:53.000Z'],
    ['2021-10-01T00:15:17', '2021-10-01T00:15:17.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseClock(text).toISOString()).toBe(iso);
  });
});
