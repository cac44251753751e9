import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { databaseConfig, dataDir } from '@/db/config';
import { lockFolder } from '@/db/folder-lock';
import { uploadsDir } from '@/lib/storage';
import { SECRET_NAMES, secretFromEnv } from '@/lib/config/secrets';
import pkg from '@/package.json';

const run = promisify(execFile);

/**
 * What a backup holds and where a restore puts it: the database (a PostgreSQL custom-format dump,
 * or the PGlite folder copied while its lock is held), the uploads folder, and the generated
 * secrets folder (on PostgreSQL the secrets are in the `generated_secrets` table, so in the dump).
 * The archive is a plain tar.gz with a manifest.json.
 */
export interface BackupTarget {
  /** PostgreSQL connection string; absent = the PGlite folder. */
  url?: string;
  pgliteDir: string;
  uploadsDir: string;
  secretsDir: string;
}

export interface Manifest {
  format: 'qn-backup';
  formatVersion: 1;
  kind: 'pglite' | 'postgres';
  createdAt: string;
  appVersion: string;
  uploads: { files: number; bytes: number };
  secrets: string[];
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The target this process is configured for (DATABASE_URL, PGLITE_DIR, UPLOADS_DIR, DATA_DIR). */
export function configuredTarget(): BackupTarget {
  const config = databaseConfig();
  return { url: config.url, pgliteDir: config.pgliteDir, uploadsDir: uploadsDir(), secretsDir: path.join(dataDir(), 'secrets') };
}

/** Secrets given in the environment are not generated, so not in any backup: the operator keeps them. */
export const secretsFromEnvironment = () => SECRET_NAMES.filter((name) => secretFromEnv(name));

function countFiles(dir: string): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const stat = fs.statSync(path.join(dir, name));
    if (!stat.isFile()) continue;
    files += 1;
    bytes += stat.size;
  }
  return { files, bytes };
}

async function tar(args: string[]) {
  try {
    await run('tar', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new BackupError(`Lệnh tar thất bại: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
  }
}

/** Writes the backup archive to `file` (written beside it first, renamed when complete). */
export async function backupTo(file: string, target: BackupTarget = configuredTarget()): Promise<Manifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-backup-'));
  const partial = `${file}.partial`;
  // The PGlite folder is copied while this process holds its lock: no server writes meanwhile.
  const lock = target.url ? undefined : await lockFolder(target.pgliteDir);
  try {
    if (target.url) {
      await pgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(staging, 'database.pgdump')}`, `--dbname=${target.url}`]);
    } else {
      if (!fs.existsSync(path.join(target.pgliteDir, 'PG_VERSION'))) throw new BackupError(`Không có CSDL PGlite trong ${target.pgliteDir}.`);
      fs.symlinkSync(target.pgliteDir, path.join(staging, 'pglite'));
    }
    if (fs.existsSync(target.uploadsDir)) fs.symlinkSync(target.uploadsDir, path.join(staging, 'uploads'));
    const secrets = fs.existsSync(target.secretsDir) ? fs.readdirSync(target.secretsDir).filter((name) => (SECRET_NAMES as string[]).includes(name)) : [];
    if (secrets.length) fs.symlinkSync(target.secretsDir, path.join(staging, 'secrets'));
    const manifest: Manifest = {
      format: 'qn-backup', formatVersion: 1, kind: target.url ? 'postgres' : 'pglite', createdAt: new Date().toISOString(),
      appVersion: pkg.version, uploads: countFiles(target.uploadsDir), secrets,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    const parts = fs.readdirSync(staging);
    // -h follows the staging symlinks to the real folders (the folders hold no symlinks of their own).
    await tar(['-czhf', partial, '-C', staging, ...parts]);
    fs.renameSync(partial, file);
    return manifest;
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
    await lock?.release();
  }
}

async function pgTool(tool: 'pg_dump' | 'pg_restore' | 'psql', args: string[]) {
  try {
    return await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new BackupError(`Không tìm thấy lệnh ${tool}: cài gói postgresql-client cùng phiên bản với máy chủ PostgreSQL.`);
    throw new BackupError(`${tool} thất bại: ${e.stderr?.trim() || e.message}`);
  }
}

function readManifest(staging: string): Manifest {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format === 'qn-backup' && manifest.formatVersion === 1) return manifest;
  } catch {
    // fall through: not one of ours
  }
  throw new BackupError('Tệp không phải bản sao lưu của cổng (thiếu hoặc sai manifest.json).');
}

/** Moves `from` to `to`; across file systems (EXDEV) by copying. */
function move(from: string, to: string) {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.cpSync(from, to, { recursive: true, preserveTimestamps: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Puts each staged folder in place of its target. Every staged folder is first moved beside its
 * target (same file system, so the swap itself is two renames); the current folders are kept as
 * `<folder>.before-restore-<time>`, and a failure half-way puts back what was already swapped.
 */
function swapIn(parts: { staged: string; target: string }[], stamp: string): string[] {
  const ready = parts.map(({ staged, target }) => {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const beside = `${target}.restoring-${stamp}`;
    move(staged, beside);
    return { beside, target, old: `${target}.before-restore-${stamp}` };
  });
  const done: typeof ready = [];
  try {
    for (const part of ready) {
      if (fs.existsSync(part.target)) fs.renameSync(part.target, part.old);
      fs.renameSync(part.beside, part.target);
      done.push(part);
    }
  } catch (error) {
    for (const part of done.reverse()) {
      fs.renameSync(part.target, part.beside);
      if (fs.existsSync(part.old)) fs.renameSync(part.old, part.target);
    }
    for (const part of ready) fs.rmSync(part.beside, { recursive: true, force: true });
    throw error;
  }
  return ready.map((part) => part.old).filter((old) => fs.existsSync(old));
}

export interface RestoreReport {
  manifest: Manifest;
  /** The folders replaced, kept aside (delete them once the restore is checked). */
  keptAside: string[];
}

/**
 * Restores `file` into the target. Nothing is changed until everything is ready: the archive is
 * unpacked and checked in a temporary folder, the PGlite copy is opened once, a PostgreSQL dump
 * is loaded in one transaction into an empty database; only then are the folders swapped.
 * On PGlite the folder's lock is held throughout, so a running server makes it refuse at once.
 */
export async function restoreFrom(file: string, target: BackupTarget = configuredTarget()): Promise<RestoreReport> {
  if (!fs.existsSync(file)) throw new BackupError(`Không thấy tệp sao lưu ${file}.`);
  const lock = target.url ? undefined : await lockFolder(target.pgliteDir);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-restore-'));
  try {
    await tar(['-xzf', path.resolve(file), '-C', staging]);
    const manifest = readManifest(staging);
    const kind = target.url ? 'postgres' : 'pglite';
    if (manifest.kind !== kind) {
      throw new BackupError(
        `Bản sao lưu này của ${manifest.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}, còn cổng đang cấu hình ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL (DATABASE_URL)'}: không khôi phục.`,
      );
    }
    const parts: { staged: string; target: string }[] = [];
    if (target.url) {
      await requireEmptyDatabase(target.url);
      // One transaction: a failure leaves the database as empty as it was.
      await pgTool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${target.url}`, path.join(staging, 'database.pgdump')]);
    } else {
      await checkPgliteOpens(path.join(staging, 'pglite'));
      parts.push({ staged: path.join(staging, 'pglite'), target: target.pgliteDir });
    }
    // An archive without uploads or secrets restores them as empty: what was backed up, exactly.
    const uploads = path.join(staging, 'uploads');
    if (!fs.existsSync(uploads)) fs.mkdirSync(uploads);
    parts.push({ staged: uploads, target: target.uploadsDir });
    if (manifest.secrets.length) parts.push({ staged: path.join(staging, 'secrets'), target: target.secretsDir });
    const keptAside = swapIn(parts, new Date().toISOString().replace(/[:.]/g, '-'));
    return { manifest, keptAside };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    await lock?.release();
  }
}

async function requireEmptyDatabase(url: string) {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ n }] = await sql<{ n: number }[]>`
      select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
    if (n > 0) {
      const name = new URL(url).pathname.slice(1);
      throw new BackupError(
        `CSDL đích "${name}" đã có ${n} bảng: chỉ khôi phục vào một CSDL trống. Tạo CSDL mới (ví dụ \`createdb ${name}_khoi_phuc\`), đặt DATABASE_URL vào đó rồi chạy lại.`,
      );
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function checkPgliteOpens(dir: string) {
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError('Bản sao lưu không chứa thư mục CSDL PGlite.');
  const { PGlite } = await import('@electric-sql/pglite');
  let client: Awaited<ReturnType<typeof PGlite.create>> | undefined;
  try {
    client = await PGlite.create(dir);
    await client.query('select count(*) from drizzle.__drizzle_migrations');
  } catch {
    throw new BackupError('CSDL PGlite trong bản sao lưu không mở được: không khôi phục.');
  } finally {
    await client?.close();
  }
}
