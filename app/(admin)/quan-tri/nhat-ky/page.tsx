import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listAuditFilterOptions, listAuditLogs } from '@/lib/audit/list';
import { auditFilterQuery, parseAuditFilters } from '@/lib/audit/filters';
import { AUDIT_EXPORT_LIMIT } from '@/lib/audit/export';
import { formatNumber } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';

export const metadata: Metadata = { title: 'Nhật ký thao tác' };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('audit.view', undefined, '/quan-tri/nhat-ky');
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, total, page, pageSize }, options] = await Promise.all([listAuditLogs(actor, filters), listAuditFilterOptions(actor)]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `?${auditFilterQuery(filters, p)}`;
  const query = auditFilterQuery(filters);
  return (
    <>
      <PageHeader title="Nhật ký thao tác" description="Mọi thao tác ghi dữ liệu của người dùng đã đăng nhập: ai, lúc nào, làm gì, trên đối tượng nào, trước và sau." />
      <AuditFilterForm filters={filters} options={options} objectName={filters.entityId ? rows[0]?.object.name : undefined} />
      <p className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        <span>{formatNumber(total)} thao tác</span>
        <a href={`/api/audit/csv${query ? `?${query}` : ''}`} download className="inline-flex min-h-11 items-center font-semibold">
          Tải CSV {total > AUDIT_EXPORT_LIMIT ? `(${formatNumber(AUDIT_EXPORT_LIMIT)} thao tác mới nhất)` : ''}
        </a>
      </p>
      {rows.length === 0 ? <EmptyState title={query ? 'Không có thao tác nào khớp bộ lọc.' : 'Chưa có thao tác nào được ghi.'} /> : <AuditTable rows={rows} total={total} />}
      <nav aria-label="Phân trang" className="mt-4 flex items-center gap-3 text-sm">
        {page > 1 && <Link href={link(page - 1)}>← Trang trước</Link>}
        <span>Trang {page}/{pages}</span>
        {page < pages && <Link href={link(page + 1)}>Trang sau →</Link>}
      </nav>
    </>
  );
}
