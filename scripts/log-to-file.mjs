// `node scripts/log-to-file.mjs <file> <command> [args…]`: runs the command with its stdout and
// stderr written straight to <file> (by the kernel, so nothing is lost when the process group is
// killed), passes SIGINT/SIGTERM on, and exits with its code. If the command fails, the end of the
// file goes to stderr, so the reason still shows where it was started (Playwright's webServer).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [file, command, ...args] = process.argv.slice(2);
if (!file || !command) {
  console.error('usage: node scripts/log-to-file.mjs <file> <command> [args…]');
  process.exit(2);
}
fs.mkdirSync(path.dirname(file), { recursive: true });
const fd = fs.openSync(file, 'w');
const child = spawn(command, args, { stdio: ['ignore', fd, fd] });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (code) process.stderr.write(`${fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')}\n(${command} ${args.join(' ')} exited with ${code}; whole output in ${file})\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
