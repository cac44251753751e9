import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import crypto from 'node:crypto';

/**
 * One process per PGlite folder: two processes on one folder hand out the same ids and destroy
 * the WAL. The lock is a listening Unix socket beside the folder. The kernel closes it when the
 * process ends however it ends (even kill -9), so a crash never leaves the folder locked: a
 * socket file nobody listens on refuses connections, and the next process takes it over.
 * (A pid file or an mtime lock would survive a crash or expire under a live owner.)
 */
export interface FolderLock {
  folder: string;
  release(): Promise<void>;
}

export class FolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: string,
  ) {
    super(
      `Thư mục CSDL nhúng ${folder} đang được dùng bởi ${holder}. Mỗi thư mục PGlite chỉ được một tiến trình mở: ` +
        'hãy dừng tiến trình đó (máy chủ, lệnh nạp/xoá dữ liệu) rồi chạy lại, ' +
        'hoặc dùng PostgreSQL (DATABASE_URL) khi cần nhiều tiến trình.',
    );
    this.name = 'FolderInUseError';
  }
}

const infoPath = (folder: string) => `${folder}.lock.json`;

// Unix socket paths are limited to about 107 bytes; a longer folder path gets a Linux abstract
// socket named after it (those vanish with the process too, and leave no file at all).
function socketPath(folder: string): string {
  const beside = `${folder}.lock.sock`;
  if (Buffer.byteLength(beside) < 100 || os.platform() !== 'linux') return beside;
  return `\0qn-pglite-${crypto.createHash('sha256').update(folder).digest('hex').slice(0, 32)}`;
}

function listen(server: net.Server, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(where, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** True when a process is listening on the socket (the lock is held). */
function ownerAlive(where: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(where);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

function describeHolder(folder: string): string {
  try {
    const info = JSON.parse(fs.readFileSync(infoPath(folder), 'utf8')) as { pid: number; command: string; since: string };
    return `tiến trình ${info.pid} (${info.command}, từ ${info.since})`;
  } catch {
    return 'một tiến trình khác';
  }
}

/** Takes the folder's lock or throws FolderInUseError naming the holder. */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const where = socketPath(folder);
  const server = net.createServer((socket) => socket.destroy());
  try {
    await listen(server, where);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (await ownerAlive(where)) throw new FolderInUseError(folder, describeHolder(folder));
    // Left by a process that died: nobody listens, so it is safe to take over.
    fs.rmSync(where, { force: true });
    try {
      await listen(server, where);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new FolderInUseError(folder, describeHolder(folder));
      throw again;
    }
  }
  // The socket must not keep a finished script alive.
  server.unref();
  const command = [process.argv[1] ? process.argv[1].split('/').slice(-2).join('/') : process.argv0, ...process.argv.slice(2)].join(' ');
  fs.writeFileSync(infoPath(folder), JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() }) + '\n');
  let released = false;
  return {
    folder,
    async release() {
      if (released) return;
      released = true;
      fs.rmSync(infoPath(folder), { force: true });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
