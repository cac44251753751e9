import { KIND_LABELS, type Lang } from '@/lib/materials/catalog';
import type { PublicMaterialSummary } from '@/lib/materials/public-queries';
import { formatBytes } from '@/lib/text/bytes';
import { LIBRARY_TEXT } from './library-text';
import { MaterialMeta } from './material-meta';
import { fileTypeLabel } from './file-type-label';

export function MaterialListItem({ m, lang, headingLevel = 3 }: { m: PublicMaterialSummary; lang: Lang; headingLevel?: 2 | 3 }) {
  const t = LIBRARY_TEXT[lang];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card flex h-full flex-col gap-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {KIND_LABELS[m.kind][lang]}
        {m.fileMime && <span className="ml-2 font-normal normal-case text-slate-600">{fileTypeLabel(m.fileMime)} · {formatBytes(m.fileSize, lang)}</span>}
      </p>
      <Heading className="text-base font-semibold" lang={m.language}>
        <a href={t.materialPath(m.slug)}>{m.title}</a>
      </Heading>
      <MaterialMeta m={m} lang={lang} />
      <p className="line-clamp-3 text-sm text-slate-700" lang={m.language}>{m.summary}</p>
      {(m.caption || m.credit) && (
        <p className="text-xs text-slate-600" lang={m.language}>
          {m.caption}{m.caption && m.credit ? ' — ' : ''}{m.credit}
        </p>
      )}
    </article>
  );
}
