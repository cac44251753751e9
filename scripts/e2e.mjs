// End-to-end tests against a production build: a fresh database (PGlite in .data/e2e, or a fresh
// `<db>_e2e_<pid>` on the DATABASE_URL server), then Playwright, which starts `npm start` (scripts/start.mjs) itself
// on a free port (never a fixed one another program or a parallel run may hold).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();

const dataDir = path.resolve('.data/e2e');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
const env = { ...process.env, E2E_DATA_DIR: dataDir, E2E_PORT: process.env.E2E_PORT ?? String(await freePort()) };

let dropDatabase = async () => {};
if (process.env.DATABASE_URL) {
  const { default: postgres } = await import('postgres');
  const url = new URL(process.env.DATABASE_URL);
  // The pid keeps two runs on one server (two checkouts, two developers) off each other's database.
  const name = `${url.pathname.slice(1) || 'postgres'}_e2e_${process.pid}`.replace(/[^a-z0-9_]/gi, '_');
  const admin = () => postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const sql = admin();
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  url.pathname = `/${name}`;
  env.E2E_DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const done = admin();
    await done.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await done.end();
  };
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
await dropDatabase();
process.exit(result.status ?? 1);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
