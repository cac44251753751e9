// Command-line seeding: `npm run db:seed` (reference data) or `npm run db:seed -- --demo`.
// Never a public route. Uses DATABASE_URL when set, else the embedded database in .data/pglite.
import { openDatabase } from './bootstrap';
import { closeDatabase } from './index';
import { seedDemo } from './demo';
import { failScript } from './script-failure';

async function main() {
  const handle = await openDatabase();
  if (process.argv.includes('--demo')) await seedDemo(handle.db);
  await closeDatabase();
  console.log(`Đã nạp dữ liệu (${handle.kind}).`);
}

main().catch(failScript('db:seed'));
