import { foldVietnamese } from './fold';

/** A readable URL part from Vietnamese text: "Công văn 1088/STTT" → "cong-van-1088-sttt". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'tai-lieu';
}

/** The base slug, or base-2, base-3… whichever is not yet taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
