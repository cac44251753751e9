import { isAudience, isMaterialKind, isTopic, type Lang } from '@/lib/materials/catalog';
import { listPublicMaterialYears, listPublicMaterials } from '@/lib/materials/public-queries';
import { listPublicPressKits } from '@/lib/press-kits/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { LIBRARY_TEXT } from './library-text';
import { MaterialFilters, type LibraryQuery } from './material-filters';
import { MaterialListItem } from './material-list-item';
import { Pagination } from './pagination';
import { PressKitList } from './press-kit-list';

export type LibrarySearch = LibraryQuery & { trang?: string };

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : undefined);

/** The public library in either language: filters in the URL, results, press kits. */
export async function LibraryPage({ lang, search }: { lang: Lang; search: Record<string, string | string[] | undefined> }) {
  const t = LIBRARY_TEXT[lang];
  const query: LibraryQuery = { q: text(search.q), loai: text(search.loai), doiTuong: text(search.doiTuong), chuDe: text(search.chuDe), nam: text(search.nam) };
  const year = Number(query.nam);
  const [result, years, kits] = await Promise.all([
    listPublicMaterials({
      q: query.q,
      kind: query.loai && isMaterialKind(query.loai) ? query.loai : undefined,
      audience: query.doiTuong && isAudience(query.doiTuong) ? query.doiTuong : undefined,
      topic: query.chuDe && isTopic(query.chuDe) ? query.chuDe : undefined,
      year: Number.isInteger(year) && year > 1900 ? year : undefined,
      page: Number(text(search.trang)) || 1,
    }),
    listPublicMaterialYears(),
    listPublicPressKits(6),
  ]);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t.intro}</p>
      <p className="mb-4 flex flex-wrap gap-x-4 text-sm">
        {lang === 'vi' && <a href="/nhan-tin" className="inline-flex min-h-11 items-center underline">Nhận e-mail khi có tài liệu mới</a>}
        <a href="/tai-lieu/atom.xml" className="inline-flex min-h-11 items-center underline">{lang === 'en' ? 'Follow new materials (Atom feed, in Vietnamese)' : 'Theo dõi tài liệu mới (nguồn tin Atom)'}</a>
      </p>
      <MaterialFilters lang={lang} query={query} years={years} />
      <div className="grid gap-8 lg:grid-cols-[3fr_1fr]">
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="mb-3" aria-live="polite">{t.results(result.total)}</h2>
          {result.items.length === 0 ? (
            <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {result.items.map((m) => <li key={m.id}><MaterialListItem m={m} lang={lang} /></li>)}
            </ul>
          )}
          <Pagination lang={lang} path={t.libraryPath} params={{ ...query }} page={result.page} pageCount={result.pageCount} />
        </section>
        {kits.length > 0 && (
          <aside aria-labelledby="bo-tai-lieu">
            <h2 id="bo-tai-lieu" className="mb-3">{t.kits}</h2>
            <PressKitList kits={kits} lang={lang} />
          </aside>
        )}
      </div>
    </>
  );
}
