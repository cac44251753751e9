// Runs EU DCC test cases (dgc-testdata format) through lib/dcc and reports, per case and flag,
// whether our result matches the expected one.
// Usage: npm run dcc:conformance -- <dir> [--json <file>] [--deviations <file>]
// Exit code: 0 when every case passes, or, with --deviations, when the mismatches are exactly
// the accepted ones listed there; 1 otherwise; 2 on a usage error.
import { readFileSync, writeFileSync } from 'node:fs';
import { compareWithDeviations, type Deviation } from '../lib/dcc/conformance/deviations';
import { formatReport } from '../lib/dcc/conformance/report';
import { runConformance } from '../lib/dcc/conformance/run-conformance';

function parseArgs(argv: string[]): { dir: string; json?: string; deviations?: string } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json' || argv[i] === '--deviations') options[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  if (positional.length !== 1 || Object.values(options).some((v) => !v)) {
    console.error('usage: npm run dcc:conformance -- <dir> [--json <file>] [--deviations <file>]');
    process.exit(2);
  }
  return { dir: positional[0], json: options.json, deviations: options.deviations };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const result = await runConformance(args.dir);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(result.records, null, 2)}\n`);
  let ok = result.failed.length === 0;
  if (args.deviations) {
    const accepted = JSON.parse(readFileSync(args.deviations, 'utf8')) as Deviation[];
    const { unexpected, missing } = compareWithDeviations(result.records, accepted);
    for (const d of unexpected) console.log(`not an accepted deviation: ${d}`);
    for (const d of missing) console.log(`accepted deviation no longer occurs: ${d}`);
    ok = unexpected.length === 0 && missing.length === 0;
  }
  console.log(formatReport(result));
  process.exit(ok ? 0 : 1);
}

void main();
