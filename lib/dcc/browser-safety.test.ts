import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folders that are Node-side tools or test helpers; everything else ships to the browser. */
const NODE_SIDE = new Set(['node', 'conformance', 'test-support', 'testdata']);

function browserFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return NODE_SIDE.has(entry.name) ? [] : browserFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['a Node built-in module', /from ['"](node:|fs|path|crypto|buffer|os)['"/]/],
  ['server-only', /server-only/],
  ['Buffer', /\bBuffer\b/],
  ['eval or new Function', /\beval\(|new Function\(/],
  ['a hidden clock', /Date\.now\(|new Date\(\)/],
];

describe('lib/dcc runs in the browser', () => {
  const files = browserFiles(__dirname);

  it('has browser files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('uses no %s', (_, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(__dirname, file));
    expect(offenders).toEqual([]);
  });
});
