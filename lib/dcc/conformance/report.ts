import { FLAGS } from './case-file';
import { isMismatch, type ConformanceResult } from './run-conformance';

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** The human report: every mismatch with its reason, a table per flag, then the summary line. */
export function formatReport(result: ConformanceResult): string {
  const lines: string[] = [];
  const mismatches = result.records.filter(isMismatch);
  if (mismatches.length > 0) lines.push('Mismatches:');
  for (const r of mismatches) lines.push(`  ✗ ${r.file} ${r.flag} expected=${r.expected} actual=${r.actual} — ${r.reason}`);
  const untestable = result.records.filter((r) => r.actual === 'untestable');
  if (untestable.length > 0) lines.push('', 'Untestable (the file lacks the input):');
  for (const r of untestable) lines.push(`  ? ${r.file} ${r.flag} — ${r.reason}`);
  lines.push('', `${pad('flag', 26)}${pad('set', 6)}${pad('match', 7)}${pad('mismatch', 10)}untestable`);
  for (const flag of FLAGS) {
    const records = result.records.filter((r) => r.flag === flag);
    if (records.length === 0) continue;
    const untested = records.filter((r) => r.actual === 'untestable').length;
    const wrong = records.filter(isMismatch).length;
    lines.push(`${pad(flag, 26)}${pad(records.length, 6)}${pad(records.length - untested - wrong, 7)}${pad(wrong, 10)}${untested}`);
  }
  lines.push('', `${result.passed.length} passed, ${result.failed.length} failed`);
  return lines.join('\n');
}
