import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublicPressKit } from '@/lib/press-kits/queries';
import { KIND_LABELS } from '@/lib/materials/catalog';
import { formatBytes } from '@/lib/text/bytes';
import { formatDate } from '@/lib/text/format';
import { buttonClass } from '@/components/ui/button';
import { MaterialMeta } from '@/components/comms/material-meta';
import { Paragraphs } from '@/components/comms/paragraphs';
import { fileTypeLabel } from '@/components/comms/file-type-label';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kit = await getPublicPressKit((await params).slug);
  return { title: kit?.title ?? 'Bộ tài liệu báo chí', description: kit?.description };
}

export default async function PressKitPage({ params }: Props) {
  const kit = await getPublicPressKit((await params).slug);
  if (!kit) notFound();
  const files = kit.items.filter((i) => i.fileName);
  const total = files.reduce((sum, i) => sum + (i.fileSize ?? 0), 0);
  return (
    <article>
      <p className="mb-4 text-sm"><a href="/bo-tai-lieu">← Các bộ tài liệu báo chí</a></p>
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">Bộ tài liệu báo chí · {formatDate(kit.publishedAt)}</p>
      <h1>{kit.title}</h1>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-4">
          <section className="card">
            <h2>Giới thiệu</h2>
            <Paragraphs text={kit.description} />
          </section>
          <section aria-labelledby="thanh-phan">
            <h2 id="thanh-phan" className="mb-3">Thành phần ({kit.items.length} tài liệu)</h2>
            <ol className="grid gap-3">
              {kit.items.map((m, index) => (
                <li key={m.id} className="card">
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                    {index + 1}. {KIND_LABELS[m.kind].vi}
                    {m.fileMime && <span className="ml-2 font-normal normal-case text-slate-600">{fileTypeLabel(m.fileMime)} · {formatBytes(m.fileSize)}</span>}
                  </p>
                  <h3 className="text-base font-semibold"><a href={`/tai-lieu/${m.slug}`}>{m.title}</a></h3>
                  <MaterialMeta m={m} lang="vi" />
                  <p className="mt-1 line-clamp-3 text-sm text-slate-700">{m.summary}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <aside>
          <div className="card flex flex-col gap-2">
            <a href={`/api/press-kits/${kit.slug}/zip`} download className={buttonClass('primary')}>Tải cả bộ (ZIP)</a>
            <p className="text-sm text-slate-700">
              {files.length} tệp, khoảng {formatBytes(total)}. Tệp <code>manifest.csv</code> trong ZIP liệt kê từng tệp với số hiệu, ngày ban
              hành và mã SHA-256 để đối chiếu.
            </p>
          </div>
        </aside>
      </div>
    </article>
  );
}
