import type { Lang } from '@/lib/materials/catalog';
import { buttonClass } from '@/components/ui/button';
import { LIBRARY_TEXT } from './library-text';

/** Previous / next links that keep every other query parameter. */
export function Pagination({ lang, path, params, page, pageCount }: {
  lang: Lang;
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = LIBRARY_TEXT[lang];
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, trang: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${path}?${search}`;
  };
  return (
    <nav aria-label={t.pagination} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && <a className={buttonClass('secondary')} href={href(page - 1)} rel="prev">{t.previous}</a>}
      <span className="text-sm text-slate-700">{t.page(page, pageCount)}</span>
      {page < pageCount && <a className={buttonClass('secondary')} href={href(page + 1)} rel="next">{t.next}</a>}
    </nav>
  );
}
