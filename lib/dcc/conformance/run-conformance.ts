import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FLAGS, readTestCase, type Flag, type TestCase } from './case-file';
import { checkExpiration, checkKeyUsage, checkSchemaValidation, checkValidObject, checkVerify } from './checks-content';
import { checkBase45, checkCompression, checkDecode, checkEncode, checkPicture, checkUnprefix, checkValidJson } from './checks-format';
import { outcomeOf, type CheckOutcome } from './outcome';

const CHECKS: Readonly<Record<Flag, (testCase: TestCase) => CheckOutcome | Promise<CheckOutcome>>> = {
  EXPECTEDVALIDOBJECT: checkValidObject,
  EXPECTEDSCHEMAVALIDATION: checkSchemaValidation,
  EXPECTEDENCODE: checkEncode,
  EXPECTEDDECODE: checkDecode,
  EXPECTEDVERIFY: checkVerify,
  EXPECTEDUNPREFIX: checkUnprefix,
  EXPECTEDVALIDJSON: checkValidJson,
  EXPECTEDCOMPRESSION: checkCompression,
  EXPECTEDB45DECODE: checkBase45,
  EXPECTEDPICTUREDECODE: checkPicture,
  EXPECTEDEXPIRATIONCHECK: checkExpiration,
  EXPECTEDKEYUSAGE: checkKeyUsage,
};

/** One record per case and flag the case sets; the `--json` output is an array of these. */
export interface ConformanceRecord {
  file: string;
  flag: Flag;
  expected: boolean;
  actual: boolean | 'untestable';
  reason: string;
}

export interface ConformanceResult {
  records: ConformanceRecord[];
  passed: string[];
  failed: string[];
}

export const isMismatch = (record: ConformanceRecord) => record.actual !== 'untestable' && record.actual !== record.expected;

export async function runCase(testCase: TestCase): Promise<ConformanceRecord[]> {
  const records: ConformanceRecord[] = [];
  for (const flag of FLAGS) {
    const expected = testCase.expected.get(flag);
    if (expected === undefined) continue;
    const { actual, reason } = await outcomeOf(() => CHECKS[flag](testCase));
    records.push({ file: testCase.file, flag, expected, actual, reason });
  }
  return records;
}

/** Runs every `*.json` case in `dir`; a case passes when every testable flag it sets matches. */
export async function runConformance(dir: string): Promise<ConformanceResult> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const result: ConformanceResult = { records: [], passed: [], failed: [] };
  for (const file of files) {
    const records = await runCase(readTestCase(path.join(dir, file)));
    result.records.push(...records);
    (records.some(isMismatch) ? result.failed : result.passed).push(file);
  }
  return result;
}
