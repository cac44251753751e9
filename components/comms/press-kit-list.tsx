import type { Lang } from '@/lib/materials/catalog';
import { formatDate } from '@/lib/text/format';
import { LIBRARY_TEXT } from './library-text';

export function PressKitList({ kits, lang }: { kits: { slug: string; title: string; description: string; publishedAt: Date | null; items: number }[]; lang: Lang }) {
  const t = LIBRARY_TEXT[lang];
  return (
    <ul className="grid gap-3">
      {kits.map((kit) => (
        <li key={kit.slug} className="card">
          <h3 className="text-base font-semibold" lang="vi"><a href={`/bo-tai-lieu/${kit.slug}`}>{kit.title}</a></h3>
          <p className="text-sm text-slate-600">{t.kitItems(kit.items)} · {formatDate(kit.publishedAt)}</p>
          <p className="mt-1 line-clamp-2 text-sm text-slate-700" lang="vi">{kit.description}</p>
        </li>
      ))}
    </ul>
  );
}
