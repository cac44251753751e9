import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { countReadinessByDistrict, listCheckpoints } from '@/lib/checkpoints/queries';
import { filtersToQuery, parseCheckpointFilters, type SearchParams } from '@/lib/checkpoints/filters';
import { KIND_LABELS, STATUS_LABELS } from '@/lib/checkpoints/labels';
import { communeName, districtName } from '@/lib/geo/districts';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ReadinessSummary } from '@/components/checkpoints/readiness-summary';
import { ReadinessBadge } from '@/components/checkpoints/readiness-badge';
import { CheckpointFilters } from './checkpoint-filters';
import { SortableHeader } from './sortable-header';

const COLUMNS = [
  ['number', 'Số hiệu'], ['name', 'Tên'], ['kind', 'Loại'], ['place', 'Địa bàn'], ['status', 'Trạng thái'], ['poster', 'Mã QR'], ['ready', 'Sẵn sàng'],
] as const;

export const metadata: Metadata = { title: 'Chốt kiểm soát' };

export default async function CheckpointsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('checkpoints.view', undefined, '/quan-tri/chot-kiem-soat');
  const filters = parseCheckpointFilters(await searchParams);
  const [{ rows, total, page, pageSize }, readiness] = await Promise.all([listCheckpoints(actor, filters), countReadinessByDistrict(actor)]);
  const manage = can(actor, 'checkpoints.manage');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <PageHeader
        title="Chốt kiểm soát, tổ tuần tra"
        description={actor.role === 'district' ? `Các chốt của ${districtName(actor.districtCode)}.` : 'Các chốt kiểm soát và tổ tuần tra trong tỉnh.'}
        actions={
          <>
            {manage && <LinkButton href="/quan-tri/chot-kiem-soat/moi">Thêm chốt</LinkButton>}
            {manage && <LinkButton href="/quan-tri/chot-kiem-soat/nhap-csv" variant="secondary">Nhập từ CSV</LinkButton>}
            {can(actor, 'posters.generate') && <LinkButton href="/quan-tri/chot-kiem-soat/ap-phich" variant="secondary">In áp phích hàng loạt</LinkButton>}
          </>
        }
      />
      <ReadinessSummary rows={readiness} />
      <CheckpointFilters filters={filters} fixedDistrict={actor.role === 'district' ? actor.districtCode : null} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p role="status">{total} chốt phù hợp</p>
        <p className="flex flex-wrap gap-3">
          <a href={`/api/checkpoints/export?${filtersToQuery(filters)}`} className="inline-flex min-h-11 items-center">Xuất CSV (dấu phẩy)</a>
          <a href={`/api/checkpoints/export?${filtersToQuery(filters, { sep: 'semicolon' })}`} className="inline-flex min-h-11 items-center">Xuất CSV cho Excel (dấu chấm phẩy)</a>
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="Chưa có chốt nào phù hợp.">
          {manage ? 'Thử bỏ bớt điều kiện lọc, thêm chốt mới hoặc nhập danh sách từ tệp CSV.' : 'Thử bỏ bớt điều kiện lọc.'}
        </EmptyState>
      ) : (
        <div className="card relative overflow-x-auto p-0">
          {/* `relative`: the sort headers' sr-only text is absolutely placed and must stay in this scroll box */}
          <table className="table">
            <caption className="sr-only">Danh sách chốt kiểm soát, tổ tuần tra</caption>
            <thead>
              <tr>
                {COLUMNS.map(([sort, label]) => <SortableHeader key={sort} filters={filters} sort={sort} label={label} />)}
                <th scope="col">Cán bộ</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td className="num">{c.number}</td>
                  <td className="min-w-40"><Link href={`/quan-tri/chot-kiem-soat/${c.id}`}>{c.name}</Link></td>
                  <td>{KIND_LABELS[c.kind]}</td>
                  <td>{[communeName(c.communeCode), districtName(c.districtCode)].filter(Boolean).join(', ')}</td>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td>{c.posterVersion ? `Phiên bản ${c.posterVersion}` : 'Chưa tạo'}</td>
                  <td><ReadinessBadge readiness={c.readiness} /></td>
                  <td className="num text-right">{c.officerCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          {page > 1 && <Link href={`?${filtersToQuery(filters, { page: String(page - 1) })}`} className="inline-flex min-h-11 items-center">← Trang trước</Link>}
          <span>Trang {page}/{pages}</span>
          {page < pages && <Link href={`?${filtersToQuery(filters, { page: String(page + 1) })}`} className="inline-flex min-h-11 items-center">Trang sau →</Link>}
        </nav>
      )}
    </>
  );
}
