import { notFound } from 'next/navigation';
import { AUDIENCE_LABELS, KIND_LABELS, LANGUAGE_LABELS, TOPIC_LABELS, type Audience, type Lang, type Topic } from '@/lib/materials/catalog';
import { getPublicMaterial } from '@/lib/materials/public-queries';
import { formatDate } from '@/lib/text/format';
import { formatBytes } from '@/lib/text/bytes';
import { buttonClass } from '@/components/ui/button';
import { LIBRARY_TEXT } from './library-text';
import { fileTypeLabel } from './file-type-label';
import { Paragraphs } from './paragraphs';

/** One public material: its metadata, a preview (an <img>, or the PDF in a new tab) and download. */
export async function MaterialDetail({ lang, slug }: { lang: Lang; slug: string }) {
  const m = await getPublicMaterial(slug);
  if (!m) notFound();
  const t = LIBRARY_TEXT[lang];
  const fileUrl = `/api/files/materials/${m.id}`;
  const rows: [string, string][] = [
    [t.number, m.documentNumber ?? ''],
    [t.issuedOn, formatDate(m.issuedOn)],
    [t.issuer, m.issuer ?? ''],
    [t.publishedAt, formatDate(m.publishedAt)],
    [t.language, LANGUAGE_LABELS[m.language as Lang]?.[lang] ?? m.language],
    [t.audience, m.audiences.map((a) => AUDIENCE_LABELS[a as Audience]?.[lang]).filter(Boolean).join(', ')],
    [t.topic, m.topics.map((c) => TOPIC_LABELS[c as Topic]?.[lang]).filter(Boolean).join(', ')],
    [t.file, m.fileName ? `${m.fileName} (${fileTypeLabel(m.fileMime)}, ${formatBytes(m.fileSize, lang)})` : ''],
  ];
  return (
    <article>
      <p className="mb-4 text-sm"><a href={t.libraryPath}>← {t.back}</a></p>
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{KIND_LABELS[m.kind][lang]}</p>
      <h1 lang={m.language}>{m.title}</h1>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-4" lang={m.language}>
          <section className="card">
            <h2>{t.summary}</h2>
            <p className="mt-2 whitespace-pre-line text-slate-800">{m.summary}</p>
          </section>
          {m.body && (
            <section className="card">
              <h2>{t.content}</h2>
              <Paragraphs text={m.body} />
            </section>
          )}
          {m.fileMime?.startsWith('image/') && (
            <figure className="card">
              <a href={`${fileUrl}?xem=1`} target="_blank" rel="noopener">
                <img src={`${fileUrl}?xem=1`} alt={m.title} className="h-auto w-full rounded" loading="lazy" />
              </a>
              <figcaption className="mt-2 text-sm text-slate-600">
                {m.caption ?? t.preview}
                {m.credit && <span className="block text-xs">{m.credit}</span>}
              </figcaption>
            </figure>
          )}
          {m.fileMime === 'video/mp4' && (
            <figure className="card">
              {/* Streamed with HTTP Range by the file route: the player seeks without loading it all. */}
              <video controls preload="metadata" className="w-full rounded" aria-label={m.title}>
                <source src={`${fileUrl}?xem=1`} type="video/mp4" />
              </video>
              {(m.caption || m.credit) && (
                <figcaption className="mt-2 text-sm text-slate-600">
                  {m.caption}
                  {m.credit && <span className="block text-xs">{m.credit}</span>}
                </figcaption>
              )}
            </figure>
          )}
        </div>
        <aside className="space-y-4">
          <div className="card flex flex-col gap-2">
            {m.fileName && <a href={fileUrl} download className={buttonClass('primary')}>{t.download}</a>}
            {m.fileMime === 'application/pdf' && <a href={`${fileUrl}?xem=1`} target="_blank" rel="noopener" className={buttonClass('secondary')}>{t.openPdf}</a>}
            {m.fileMime?.startsWith('image/') && <a href={`${fileUrl}?xem=1`} target="_blank" rel="noopener" className={buttonClass('secondary')}>{t.openImage}</a>}
            {m.videoUrl && <a href={m.videoUrl} target="_blank" rel="noopener noreferrer" className={buttonClass('primary')}>{t.watch}</a>}
          </div>
          <dl className="card grid gap-2 text-sm">
            {rows.filter(([, v]) => v).map(([label, value]) => (
              <div key={label}>
                <dt className="font-semibold text-slate-700">{label}</dt>
                <dd className="break-words text-slate-800">{value}</dd>
              </div>
            ))}
            {m.fileSha256 && (
              <div>
                <dt className="font-semibold text-slate-700">SHA-256</dt>
                <dd className="break-all font-mono text-xs text-slate-700">{m.fileSha256}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </article>
  );
}
