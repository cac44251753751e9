import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTestCase, type Flag } from './case-file';
import { compareWithDeviations, type Deviation } from './deviations';
import { formatReport } from './report';
import { isMismatch, runConformance, type ConformanceResult } from './run-conformance';

const CASES = path.join(__dirname, '../testdata/cases');
const deviations: Deviation[] = JSON.parse(readFileSync(path.join(__dirname, 'deviations.json'), 'utf8'));

/** Steps where the published data has no contradictions: every one must match. */
const STRICT_FLAGS: Flag[] = ['EXPECTEDVERIFY', 'EXPECTEDUNPREFIX', 'EXPECTEDB45DECODE', 'EXPECTEDCOMPRESSION', 'EXPECTEDPICTUREDECODE', 'EXPECTEDEXPIRATIONCHECK', 'EXPECTEDKEYUSAGE'];

let result: ConformanceResult;

beforeAll(async () => {
  result = await runConformance(CASES);
}, 60_000);

describe('EU DCC conformance over the 251 public test cases', () => {
  it.each(STRICT_FLAGS)('matches every %s the files set', (flag) => {
    const records = result.records.filter((r) => r.flag === flag);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter(isMismatch)).toEqual([]);
  });

  it('decodes the image of every case that has one', () => {
    const pictures = result.records.filter((r) => r.flag === 'EXPECTEDPICTUREDECODE');
    for (const record of pictures) {
      const hasImage = readTestCase(path.join(CASES, record.file)).image !== undefined;
      expect({ file: record.file, testable: record.actual !== 'untestable' }).toEqual({ file: record.file, testable: hasImage });
    }
  });

  it('calls a record untestable only when no input of the case leads to its step (the five cases without an image)', () => {
    const untestable = result.records.filter((r) => r.actual === 'untestable');
    expect(untestable.map((r) => r.flag)).toEqual(Array(untestable.length).fill('EXPECTEDPICTUREDECODE'));
    expect(untestable.length).toBeLessThanOrEqual(10);
  });

  it('passes at least 230 cases fully', () => {
    expect(result.passed.length + result.failed.length).toBe(251);
    expect(result.passed.length).toBeGreaterThanOrEqual(230);
  });

  it('fails exactly the accepted deviations, each with its evidence', () => {
    expect(compareWithDeviations(result.records, deviations)).toEqual({ unexpected: [], missing: [] });
    expect(new Set(deviations.map((d) => d.file))).toEqual(new Set(result.failed));
    for (const deviation of deviations) expect(deviation.evidence.length).toBeGreaterThan(40);
  });

  it('ends its report with the summary line', () => {
    expect(formatReport(result).split('\n').at(-1)).toBe(`${result.passed.length} passed, ${result.failed.length} failed`);
  });
});
