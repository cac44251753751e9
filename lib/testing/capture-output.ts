import util from 'node:util';
import { vi } from 'vitest';

/**
 * Captures everything the code under test prints (the logger's stdout lines and any console call,
 * which vitest would otherwise route to its own reporter) until `restore()`; nothing is shown.
 */
export function captureOutput() {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (keep(chunk), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (keep(chunk), true)),
    ...(['error', 'warn', 'log', 'info', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void keep(`${util.format(...args)}\n`)),
    ),
  ];
  return {
    text: () => chunks.join(''),
    /** The JSON lines, parsed (anything else printed is kept as `{ raw }`). */
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => { try { return JSON.parse(line) as Record<string, unknown>; } catch { return { raw: line }; } }),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}
