// `npm test`: every test — unit and integration (vitest, including the certificate conformance
// run), then Playwright end-to-end against a production build. Both run; any failure fails.
import { spawnSync } from 'node:child_process';

const db = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite';
console.log(`\n== Kiểm thử đơn vị và tích hợp (vitest) trên ${db}\n`);
const unit = spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit' });
console.log(`\n== Kiểm thử đầu-cuối (Playwright) trên ${db}\n`);
const e2e = spawnSync('node', ['scripts/e2e.mjs'], { stdio: 'inherit' });

const failed = [unit.status !== 0 && 'vitest', e2e.status !== 0 && 'playwright'].filter(Boolean);
if (failed.length) {
  console.error(`\nThất bại: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nTất cả kiểm thử đều đạt.');
