import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Resolves when stdout has printed a line matching the pattern. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

/**
 * Runs a project script with tsx the way `npm run` does (react-server conditions), in one node
 * process (the tsx binary would add a parent, so a SIGKILL would miss the real process).
 */
export function spawnScript(script: string, env: Record<string, string | undefined>, args: string[] = []): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk) => {
    out += chunk;
    waiters.forEach((w) => w());
  });
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (match) resolve(match);
        };
        waiters.push(check);
        check();
        void exited.then((code) => reject(new Error(`${script} ended (${code}) before ${pattern}: ${err}`)));
      }),
  };
}
