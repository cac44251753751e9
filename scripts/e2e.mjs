// End-to-end tests against a production build: a fresh database (PGlite in .data/e2e, or a fresh
// `<db>_e2e` on the DATABASE_URL server), then Playwright, which starts `next start` itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();

const dataDir = path.resolve('.data/e2e');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
const env = { ...process.env, E2E_DATA_DIR: dataDir };

if (process.env.DATABASE_URL) {
  const { default: postgres } = await import('postgres');
  const url = new URL(process.env.DATABASE_URL);
  const name = `${url.pathname.slice(1) || 'postgres'}_e2e`.replace(/[^a-z0-9_]/gi, '_');
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  env.E2E_DATABASE_URL = url.toString();
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
