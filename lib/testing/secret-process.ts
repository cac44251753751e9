// Test fixture for lib/config/shared-secrets.test.ts: one portal process of its own (its DATA_DIR,
// the shared DATABASE_URL). Ingests the check given as JSON in argv[2] as the officer argv[3],
// decodes the session cookie argv[4] if given, and prints "result <json>": the outcome, a fresh
// session cookie for the officer, what the given cookie decoded to, and a phone hash.
import { encode, decode } from 'next-auth/jwt';
import { openDatabase } from '../../db/bootstrap';
import { closeDatabase } from '../../db/index';
import { failScript } from '../../db/script-failure';
import { authOptions } from '../auth/options';
import { ingestChecks } from '../passages/ingest';
import { hashPhone } from '../passages/personal-data';
import { as } from '../passages/test-helpers';
import type { Actor } from '../auth/roles';

async function main() {
  await openDatabase();
  const officer = JSON.parse(process.argv[3]) as Actor;
  const [outcome] = await ingestChecks([JSON.parse(process.argv[2])], as(officer));
  const secret = authOptions().secret!;
  const cookie = await encode({ token: { sub: officer.id, name: officer.fullName, role: officer.role, ver: 0, sid: 'two-processes' }, secret });
  const decoded = process.argv[4] ? ((await decode({ token: process.argv[4], secret }))?.sub ?? null) : null;
  console.log(`result ${JSON.stringify({ status: outcome.status, cookie, decoded, phoneHash: hashPhone('0905111222') })}`);
  await closeDatabase();
}

main().catch(failScript('secret-process'));
