import crypto from 'node:crypto';

/** A fixed uuid for a named demo object, so re-seeding finds the same row instead of adding one. */
export function stableId(kind: string, name: string): string {
  const h = crypto.createHash('sha256').update(`${kind}:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
