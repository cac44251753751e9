import fs from 'node:fs';
import path from 'node:path';

// DejaVu covers every Vietnamese letter (precomposed and with combining marks). The files are
// read once per process; each PDF embeds one subset per face however many posters it holds.
const FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono-Bold.ttf',
} as const;

export type FontName = keyof typeof FILES;

let cache: Record<FontName, Buffer> | undefined;

export function posterFonts(): Record<FontName, Buffer> {
  cache ??= Object.fromEntries(
    Object.entries(FILES).map(([name, file]) => [
      name,
      fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file)),
    ]),
  ) as Record<FontName, Buffer>;
  return cache;
}
