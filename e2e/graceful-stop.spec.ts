import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../scripts/server-flags.mjs';

// SIGTERM while device batches are in flight, on a production server of this spec's own (its own
// port, DATA_DIR and database: the shared e2e server must keep running). Then the database is
// opened again by another process and every check the server acknowledged is there exactly once.
// On PGlite that reopening also proves the folder's lock was released and the folder closed.

test.describe.configure({ mode: 'serial' });

const root = path.resolve(__dirname, '..');
const BATCH = 50;
const SENDERS = 4;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs the stop fixture (tsx, react-server conditions) and returns the value after `label `. */
async function fixture(env: NodeJS.ProcessEnv, args: string[], label: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'lib/testing/stop-fixture.ts', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (err += c));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code, err).toBe(0);
  const line = out.split('\n').find((l) => l.startsWith(`${label} `));
  expect(line, out + err).toBeTruthy();
  return line!.slice(label.length + 1);
}

async function fresh(url: string | undefined) {
  if (!url) return { url: '', drop: async () => {} };
  const { default: postgres } = await import('postgres');
  const name = `qn_stop_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const again = postgres(url, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

test('SIGTERM during batches: in-flight batches finish, and every acknowledged check is stored exactly once', async () => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-stop-'));
  const db = await fresh(process.env.E2E_DATABASE_URL || undefined);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATA_DIR: dataDir, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1',
    POSTER_HMAC_KEY: crypto.randomBytes(32).toString('base64url'), RATE_LIMIT: 'off', PUBLIC_BASE_URL: base,
    NEXT_TELEMETRY_DISABLED: '1', SEED_DEMO: '',
  };
  let server: ChildProcess | undefined;
  try {
    const token = await fixture(env, ['seed'], 'token');
    server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout!.on('data', (c) => (log += c));
    server.stderr!.on('data', (c) => (log += c));
    const exited = new Promise<number | string>((resolve) => server!.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
    await expect.poll(() => log, { timeout: 90_000 }).toMatch(/Ready on/);

    const acknowledged: string[] = [];
    let signalledAt = Number.POSITIVE_INFINITY;
    let finishedAfterSignal = 0;
    let device = 0;
    const sender = async () => {
      for (;;) {
        const items = Array.from({ length: BATCH }, () => ({
          idempotencyKey: crypto.randomBytes(16).toString('base64url'), method: 'citizen_scan', posterToken: token, source: 'bluezone',
          doses: 2, lastDoseOn: '2021-08-01', checkedAt: new Date().toISOString(), deviceId: `device-${String(device++).padStart(6, '0')}`, citizen: { phone: '0905 123 456' },
        }));
        const sentAt = Date.now();
        let results: { status: string }[];
        try {
          const res = await fetch(`${base}/api/checks/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
          if (res.status !== 200) return; // a stopping server may refuse: not acknowledged, the device keeps it
          results = ((await res.json()) as { results: { status: string }[] }).results;
        } catch {
          return; // connection refused or closed: not acknowledged either
        }
        results.forEach((r, i) => {
          expect(['stored', 'duplicate']).toContain(r.status);
          acknowledged.push(items[i].idempotencyKey);
        });
        if (sentAt < signalledAt && Date.now() > signalledAt) finishedAfterSignal++;
      }
    };
    const senders = Array.from({ length: SENDERS }, () => sender());
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(6 * BATCH);
    signalledAt = Date.now();
    server.kill('SIGTERM');
    await Promise.all(senders);
    expect(await exited).toBe(0);
    const stopMs = Date.now() - signalledAt;

    const keysFile = path.join(dataDir, 'acknowledged.json');
    fs.writeFileSync(keysFile, JSON.stringify(acknowledged));
    const { total, found } = JSON.parse(await fixture(env, ['count', keysFile], 'count')) as { total: number; found: Record<string, number> };
    const missing = acknowledged.filter((k) => !found[k]);
    const twice = Object.entries(found).filter(([, n]) => n !== 1);
    console.log(
      `[graceful-stop] ${db.url ? 'PostgreSQL' : 'PGlite'}: ${acknowledged.length} checks acknowledged (${finishedAfterSignal} batches ` +
        `in flight at SIGTERM finished after it), ${total} stored, exit after ${stopMs} ms; missing ${missing.length}, not exactly once ${twice.length}`,
    );
    expect(missing).toEqual([]);
    expect(twice).toEqual([]);
    // Batches in flight when the signal came were answered, not cut off.
    expect(finishedAfterSignal).toBeGreaterThanOrEqual(1);
    // Nothing stored that was not acknowledged beyond the batches cut off by the stop.
    expect(total - acknowledged.length).toBeLessThanOrEqual(SENDERS * BATCH);
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
