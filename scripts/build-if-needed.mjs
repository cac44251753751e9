// Builds the production bundle unless .next already holds a build of exactly these sources:
// `npm run demo` and `npm test` both need one, and a rebuild costs about a minute.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const STAMP = path.join('.next', 'source-hash');

function sourceHash() {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('e2e/') && !f.endsWith('.test.ts') && !f.endsWith('.md') && fs.existsSync(f));
  const hash = createHash('sha256');
  for (const file of listed.sort()) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function hasGit() {
  return spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' }).status === 0;
}

export function buildIfNeeded() {
  const hash = hasGit() ? sourceHash() : null;
  const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && hash && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash;
  if (built) {
    console.log('Bản build hiện có đã khớp mã nguồn, bỏ qua bước build.');
    return;
  }
  console.log('Đang build bản production (khoảng 1 phút)…');
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (hash) fs.writeFileSync(STAMP, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
