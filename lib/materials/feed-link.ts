import type { Metadata } from 'next';
import { isAudience, isMaterialKind, isTopic } from './catalog';
import { feedPath } from './atom';

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

/** `<link rel="alternate" type="application/atom+xml">` for the library, following its filters. */
export function libraryFeedAlternates(search: Search, title: string): Metadata['alternates'] {
  const kind = one(search.loai);
  const audience = one(search.doiTuong);
  const topic = one(search.chuDe);
  const url = feedPath({
    kind: isMaterialKind(kind) ? kind : undefined,
    audience: isAudience(audience) ? audience : undefined,
    topic: isTopic(topic) ? topic : undefined,
  });
  return { types: { 'application/atom+xml': [{ url, title }] } };
}
