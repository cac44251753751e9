import { AUDIENCES, AUDIENCE_LABELS, KIND_LABELS, MATERIAL_KINDS, TOPICS, TOPIC_LABELS, type Lang } from '@/lib/materials/catalog';
import { buttonClass } from '@/components/ui/button';
import { LIBRARY_TEXT } from './library-text';

export interface LibraryQuery {
  q?: string;
  loai?: string;
  doiTuong?: string;
  chuDe?: string;
  nam?: string;
}

/** A plain GET form: filtering works without any script, and every result page has its URL. */
export function MaterialFilters({ lang, query, years }: { lang: Lang; query: LibraryQuery; years: number[] }) {
  const t = LIBRARY_TEXT[lang];
  const select = (id: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div>
      <label htmlFor={id} className="label">{label}</label>
      <select id={id} name={id} className="input" defaultValue={value ?? ''}>
        <option value="">{t.all}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" action={t.libraryPath} role="search" aria-label={t.filter} className="card mb-6 grid gap-3 md:grid-cols-6">
      <div className="md:col-span-6">
        <label htmlFor="q" className="label">{t.search}</label>
        <input id="q" name="q" type="search" className="input" defaultValue={query.q ?? ''} aria-describedby="q-hint" />
        <p id="q-hint" className="mt-1 text-xs text-slate-600">{t.searchHint}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 md:col-span-6 md:grid-cols-4">
        {select('loai', t.kind, query.loai, MATERIAL_KINDS.map((k) => [k, KIND_LABELS[k][lang]]))}
        {select('doiTuong', t.audience, query.doiTuong, AUDIENCES.map((a) => [a, AUDIENCE_LABELS[a][lang]]))}
        {select('chuDe', t.topic, query.chuDe, TOPICS.map((c) => [c, TOPIC_LABELS[c][lang]]))}
        {select('nam', t.year, query.nam, years.map((y) => [String(y), String(y)]))}
      </div>
      <div className="flex flex-wrap gap-2 md:col-span-6">
        <button type="submit" className={buttonClass('primary')}>{t.filter}</button>
        <a href={t.libraryPath} className={buttonClass('secondary')}>{t.clear}</a>
      </div>
    </form>
  );
}
