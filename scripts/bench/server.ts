import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** Starts `next start` with the given environment and waits until it answers (migrations done). */
export async function startServer(port: number, env: Record<string, string>, logFile: string): Promise<ChildProcess> {
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) {
    throw new Error(`Cổng ${port} đang có máy chủ khác chạy; đặt BENCH_PORT khác.`);
  }
  const log = fs.createWriteStream(logFile);
  const child = spawn('npx', ['next', 'start', '-p', String(port)], { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
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
  // The whole process group: npx, then next's own child process.
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
