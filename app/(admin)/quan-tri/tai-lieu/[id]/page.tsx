import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/auth/errors';
import { getMaterialForAdmin } from '@/lib/materials/admin-queries';
import { displayStatus, KIND_LABELS, STATUS_LABELS } from '@/lib/materials/catalog';
import { isPublicNow } from '@/lib/materials/visibility';
import { toLocalInputValue } from '@/lib/materials/publish-time';
import { formatDate, formatDateTime, formatNumber } from '@/lib/text/format';
import { formatBytes } from '@/lib/text/bytes';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { MaterialForm } from '@/components/materials/material-form';
import { DeleteButton } from '@/components/ui/delete-button';
import { MaterialFacts } from './material-facts';
import { deleteMaterialAction, updateMaterialAction } from '../actions';

export const metadata: Metadata = { title: 'Tài liệu' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function MaterialAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('materials.view_admin', undefined, `/quan-tri/tai-lieu/${id}`);
  const m = await getMaterialForAdmin(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { created } = await searchParams;
  const isPublic = isPublicNow(m);
  const canManage = can(actor, 'materials.manage');
  const fileUrl = `/api/files/materials/${m.id}`;
  return (
    <>
      <PageHeader
        title={m.title}
        description={`${KIND_LABELS[m.kind].vi} · ${STATUS_LABELS[displayStatus(m.status, m.publishedAt)]}${m.publishedAt && m.status !== 'draft' ? ` (${formatDateTime(m.publishedAt)})` : ''} · cập nhật ${formatDateTime(m.updatedAt)}`}
        actions={
          <>
            {isPublic && <a href={`/tai-lieu/${m.slug}`} className={buttonClass('secondary')} target="_blank" rel="noopener">Trang công khai</a>}
            {m.hasFile && <a href={`${fileUrl}?xem=1`} className={buttonClass('secondary')} target="_blank" rel="noopener">Xem tệp</a>}
            {m.kind === 'official_letter' && isPublic && can(actor, 'letters.manage') && <LinkButton href={`/quan-tri/van-ban-gui/moi?vanBan=${m.id}`}>Gửi văn bản này</LinkButton>}
          </>
        }
      />
      {created && <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã thêm tài liệu.</p>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        {canManage ? (
          <MaterialForm
            action={updateMaterialAction}
            material={{
              id: m.id, kind: m.kind, title: m.title, summary: m.summary, body: m.body, documentNumber: m.documentNumber, issuedOn: m.issuedOn,
              issuer: m.issuer, language: m.language, audiences: m.audiences, topics: m.topics, status: m.status, videoUrl: m.videoUrl,
              caption: m.caption, credit: m.credit,
              fileName: m.fileName, publishAt: m.status === 'draft' ? '' : toLocalInputValue(m.publishedAt),
            }}
          />
        ) : (
          <MaterialFacts m={m} />
        )}
        <aside className="space-y-4">
          <section className="card">
            <h2>Lượt tải</h2>
            <p className="mt-1 text-2xl font-bold">{formatNumber(m.downloadTotal)}</p>
            {m.downloadsByDay.length > 0 ? (
              <table className="table mt-2">
                <caption className="sr-only">Lượt tải theo ngày</caption>
                <thead><tr><th scope="col">Ngày</th><th scope="col" className="text-right">Lượt tải</th></tr></thead>
                <tbody>
                  {m.downloadsByDay.map((d) => <tr key={d.day}><td>{formatDate(d.day)}</td><td className="text-right">{formatNumber(d.count)}</td></tr>)}
                </tbody>
              </table>
            ) : (
              <p className="mt-1 text-sm text-slate-600">Chưa có lượt tải nào.</p>
            )}
          </section>
          {m.fileName && (
            <section className="card text-sm">
              <h2>Tệp</h2>
              <p className="mt-1 break-words">{m.fileName} · {formatBytes(m.fileSize)}</p>
              <p className="mt-1 break-all font-mono text-xs text-slate-600">SHA-256 {m.fileSha256}</p>
              <a href={fileUrl} download className="mt-2 inline-flex min-h-11 items-center">Tải về</a>
            </section>
          )}
          {(m.kits.length > 0 || m.receiptCount > 0) && (
            <section className="card text-sm">
              <h2>Đang dùng trong</h2>
              <ul className="mt-1 space-y-1">
                {m.kits.map((k) => <li key={k.id}><Link href={`/quan-tri/bo-tai-lieu/${k.id}`}>Bộ: {k.title}</Link></li>)}
                {m.receiptCount > 0 && <li><Link href={`/quan-tri/van-ban-gui/${m.id}`}>Đã gửi tới {m.receiptCount} đơn vị</Link></li>}
              </ul>
            </section>
          )}
          {canManage && m.status === 'draft' && m.receiptCount === 0 && (
            <section className="card">
              <h2>Xoá bản nháp</h2>
              <p className="my-2 text-sm text-slate-600">Xoá hẳn bản nháp và tệp của nó. Tài liệu đã đăng thì chuyển sang “Lưu trữ”.</p>
              <DeleteButton action={deleteMaterialAction} id={m.id} label="Xoá bản nháp" confirmText="Xoá hẳn bản nháp này và tệp của nó?" />
            </section>
          )}
        </aside>
      </div>
    </>
  );
}
