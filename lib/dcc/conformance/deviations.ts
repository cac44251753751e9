import type { Flag } from './case-file';
import { isMismatch, type ConformanceRecord } from './run-conformance';

/** An accepted mismatch, explained in lib/dcc/DEVIATIONS.md. */
export interface Deviation {
  file: string;
  flag: Flag;
  expected: boolean;
  actual: boolean;
  evidence: string;
}

const key = (r: { file: string; flag: string; expected: boolean; actual: unknown }) => `${r.file} ${r.flag} expected=${r.expected} actual=${r.actual}`;

/** Mismatches that are not accepted, and accepted deviations that no longer happen. */
export function compareWithDeviations(records: ConformanceRecord[], accepted: Deviation[]): { unexpected: string[]; missing: string[] } {
  const found = new Set(records.filter(isMismatch).map(key));
  const listed = new Set(accepted.map(key));
  return { unexpected: [...found].filter((k) => !listed.has(k)), missing: [...listed].filter((k) => !found.has(k)) };
}
