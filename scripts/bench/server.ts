import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../server-flags.mjs';

/** Starts the production server (scripts/start.mjs) with the given environment and waits until it answers (migrations done). */
export async function startServer(port: number, env: Record<string, string>, logFile: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) {
    throw new Error(`Cổng ${port} đang có máy chủ khác chạy; đặt BENCH_PORT khác.`);
  }
  const log = fs.createWriteStream(logFile);
  // The product's own server (`npm start`), run by node itself: node options such as --cpu-prof
  // are refused in NODE_OPTIONS.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, path.resolve('scripts/start.mjs')], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Máy chủ đã dừng (mã ${child.exitCode}); xem ${logFile}`);
    // 401 from a protected API means the server is up and has opened and migrated the database.
    const status = await fetch(`http://127.0.0.1:${port}/api/rules/current`).then((r) => r.status, () => 0);
    if (status === 401) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Máy chủ không trả lời sau 120 giây; xem ${logFile}`);
}

export function stopServer(child: ChildProcess): void {
  // The whole process group: next and any child process it started.
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
