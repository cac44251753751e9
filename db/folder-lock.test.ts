import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderInUseError, lockFolder } from './folder-lock';
import { spawnScript } from '@/lib/testing/spawn-script';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-lock-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('one process per PGlite folder', () => {
  it('refuses a second process with a message naming the folder and its holder; the folder then opens with all data', async () => {
    const env = { DATA_DIR: root, PGLITE_DIR: path.join(root, 'pglite') };
    const holder = spawnScript('lib/testing/pglite-holder.ts', { ...env, PROBE_ROWS: '1000' });
    expect((await holder.waitFor(/ready (\d+)/))[1]).toBe('1000');

    // The documented command, run beside the "server": refused before it touches the folder.
    const purge = spawnScript('scripts/data-purge.ts', env);
    expect(await purge.exited).toBe(1);
    expect(purge.stderr()).toContain(`Thư mục CSDL nhúng ${env.PGLITE_DIR} đang được dùng bởi tiến trình ${holder.child.pid}`);
    expect(purge.stderr()).toContain('pglite-holder.ts');
    expect(purge.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
    await expect(lockFolder(env.PGLITE_DIR)).rejects.toBeInstanceOf(FolderInUseError);

    holder.child.kill('SIGTERM');
    expect(await holder.exited).toBe(0);
    const after = spawnScript('scripts/data-purge.ts', env);
    expect(await after.exited).toBe(0);
    const reader = spawnScript('lib/testing/pglite-holder.ts', env);
    expect((await reader.waitFor(/ready (\d+)/))[1]).toBe('1000');
    reader.child.kill('SIGTERM');
    expect(await reader.exited).toBe(0);
  }, 180_000);

  it('a holder killed with SIGKILL leaves no lock behind, and its committed rows survive', async () => {
    const env = { DATA_DIR: root, PGLITE_DIR: path.join(root, 'crashed') };
    const holder = spawnScript('lib/testing/pglite-holder.ts', { ...env, PROBE_ROWS: '500' });
    await holder.waitFor(/ready 500/);
    holder.child.kill('SIGKILL');
    expect(await holder.exited).toBe('SIGKILL');
    expect(fs.existsSync(`${env.PGLITE_DIR}.lock.sock`)).toBe(true); // the stale socket file stays…

    const lock = await lockFolder(env.PGLITE_DIR); // …and is taken over
    await lock.release();
    const reader = spawnScript('lib/testing/pglite-holder.ts', env);
    expect((await reader.waitFor(/ready (\d+)/))[1]).toBe('500');
    reader.child.kill('SIGTERM');
    expect(await reader.exited).toBe(0);
  }, 180_000);

  it('two lockers in one moment: exactly one wins', async () => {
    const folder = path.join(root, 'race');
    const results = await Promise.allSettled([lockFolder(folder), lockFolder(folder), lockFolder(folder)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === 'rejected')) expect(lost.reason).toBeInstanceOf(FolderInUseError);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockFolder>>>).value.release();
    const again = await lockFolder(folder);
    await again.release();
  });
});
