import crypto from 'node:crypto';
import { DEPARTMENT_NAME } from '@/lib/config/site';
import { xmlText } from '@/lib/text/xml';
import { AUDIENCE_LABELS, KIND_LABELS, TOPIC_LABELS, type Audience, type MaterialKind, type Topic } from './catalog';
import type { FeedFilters, FeedMaterial } from './feed-queries';

export const FEED_PATH = '/tai-lieu/atom.xml';

// The library's own query names, so a filtered library URL and its feed read the same.
export const FEED_PARAMS = { kind: 'loai', audience: 'doiTuong', topic: 'chuDe' } as const;

/** The feed's path with its filters, in a fixed order (one feed, one URL, one id). */
export function feedPath(filters: FeedFilters): string {
  const query = new URLSearchParams();
  for (const key of ['kind', 'audience', 'topic'] as const) {
    if (filters[key]) query.set(FEED_PARAMS[key], filters[key]);
  }
  const qs = query.toString();
  return qs ? `${FEED_PATH}?${qs}` : FEED_PATH;
}

/** A stable urn:uuid from a name (RFC 4122 version 5 shape over SHA-1), so ids survive a change of host. */
function nameUuid(name: string): string {
  const hex = crypto.createHash('sha1').update(`qn-materials-feed:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function feedTitle(filters: FeedFilters): string {
  const parts = [
    filters.kind && KIND_LABELS[filters.kind as MaterialKind].vi,
    filters.audience && AUDIENCE_LABELS[filters.audience as Audience].vi,
    filters.topic && TOPIC_LABELS[filters.topic as Topic].vi,
  ].filter(Boolean);
  return `Tài liệu mới — ${DEPARTMENT_NAME}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

const el = (name: string, value: string) => `<${name}>${xmlText(value)}</${name}>`;

/**
 * Atom 1.0 (RFC 4287) for the library. Entry ids are the material's UUID, which never changes,
 * so readers do not show an edited material twice. An empty feed's `updated` is a fixed instant
 * rather than "now", so its ETag stays put.
 */
export function renderAtomFeed({ baseUrl, filters, items }: { baseUrl: string; filters: FeedFilters; items: FeedMaterial[] }): string {
  const self = `${baseUrl}${feedPath(filters)}`;
  const updated = items.reduce((max, m) => (m.updatedAt > max ? m.updatedAt : max), new Date(0));
  const entries = items.map((m) => {
    const link = `${baseUrl}/tai-lieu/${encodeURIComponent(m.slug)}`;
    const categories = [
      `<category term="${xmlText(m.kind)}" label="${xmlText(KIND_LABELS[m.kind].vi)}"/>`,
      ...m.audiences.filter((a): a is Audience => a in AUDIENCE_LABELS)
        .map((a) => `<category term="${xmlText(a)}" label="${xmlText(AUDIENCE_LABELS[a].vi)}"/>`),
    ];
    return [
      '<entry>',
      el('id', `urn:uuid:${m.id}`),
      el('title', m.title),
      el('updated', m.updatedAt.toISOString()),
      m.publishedAt ? el('published', m.publishedAt.toISOString()) : '',
      `<link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
      el('summary', m.summary),
      ...categories,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    el('id', nameUuid(feedPath(filters))),
    el('title', feedTitle(filters)),
    el('updated', updated.toISOString()),
    `<link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(self.replace(FEED_PATH, '/tai-lieu'))}"/>`,
    `<author>${el('name', DEPARTMENT_NAME)}</author>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
