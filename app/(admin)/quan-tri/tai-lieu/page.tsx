import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { listMaterialsForAdmin } from '@/lib/materials/admin-queries';
import { displayStatus, isMaterialKind, KIND_LABELS, MATERIAL_KINDS, STATUS_LABELS, type PublicationStatus } from '@/lib/materials/catalog';
import { formatDate, formatDateTime, formatNumber } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { Button, LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Tài liệu' };

type Search = { q?: string; kind?: string; status?: string; deleted?: string };
const STATUSES: PublicationStatus[] = ['draft', 'published', 'archived'];

export default async function MaterialsAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('materials.view_admin', undefined, '/quan-tri/tai-lieu');
  const params = await searchParams;
  const kind = params.kind && isMaterialKind(params.kind) ? params.kind : undefined;
  const status = STATUSES.find((s) => s === params.status);
  const rows = await listMaterialsForAdmin(actor, { q: params.q, kind, status });
  const canManage = can(actor, 'materials.manage');
  return (
    <>
      <PageHeader
        title="Tài liệu"
        description="Văn bản chỉ đạo, hướng dẫn, infographic, mẫu áp phích, thông cáo báo chí và video của thư viện công khai."
        actions={canManage ? <LinkButton href="/quan-tri/tai-lieu/moi">Thêm tài liệu</LinkButton> : undefined}
      />
      {params.deleted && <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã xoá bản nháp.</p>}
      <form className="card mb-4 grid gap-3 sm:grid-cols-5" role="search" aria-label="Lọc tài liệu">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">Tìm (không cần dấu)</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ''} />
        </div>
        <div>
          <label htmlFor="kind" className="label">Loại</label>
          <select id="kind" name="kind" className="input" defaultValue={kind ?? ''}>
            <option value="">Tất cả</option>
            {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k].vi}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="label">Trạng thái</label>
          <select id="status" name="status" className="input" defaultValue={status ?? ''}>
            <option value="">Tất cả</option>
            {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div className="flex items-end"><Button type="submit" variant="secondary">Lọc</Button></div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="Chưa có tài liệu nào phù hợp.">{canManage ? 'Thêm tài liệu mới hoặc bỏ bớt điều kiện lọc.' : 'Thử bỏ bớt điều kiện lọc.'}</EmptyState>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Danh sách tài liệu</caption>
            <thead>
              <tr>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Loại</th>
                <th scope="col">Số hiệu, ngày</th>
                <th scope="col">Trạng thái</th>
                <th scope="col" className="text-right">Lượt tải</th>
                <th scope="col">Cập nhật</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td><Link href={`/quan-tri/tai-lieu/${m.id}`}>{m.title}</Link></td>
                  <td>{KIND_LABELS[m.kind].vi}</td>
                  <td>{[m.documentNumber, formatDate(m.issuedOn)].filter(Boolean).join(' · ')}</td>
                  <td>
                    {STATUS_LABELS[displayStatus(m.status, m.publishedAt)]}
                    {m.publishedAt && m.status !== 'draft' && <span className="block text-xs text-slate-500">{formatDateTime(m.publishedAt)}</span>}
                  </td>
                  <td className="text-right">{formatNumber(m.downloads)}</td>
                  <td className="whitespace-nowrap">{formatDateTime(m.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
