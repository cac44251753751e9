import Link from 'next/link';
import { auditFilterQuery, type AuditFilters } from '@/lib/audit/filters';
import { Button } from '@/components/ui/button';

interface Options {
  actors: string[];
  actions: { value: string; label: string }[];
  entityTypes: { value: string; label: string }[];
}

/** A plain GET form: every filtered view is a URL (shareable, and the CSV link reuses it). */
export function AuditFilterForm({ filters, options, objectName }: { filters: AuditFilters; options: Options; objectName?: string }) {
  return (
    <form method="get" className="card mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6" role="search" aria-label="Lọc nhật ký">
      <div>
        <label htmlFor="from" className="label">Từ ngày</label>
        <input id="from" name="from" type="date" className="input" defaultValue={filters.from ?? ''} />
      </div>
      <div>
        <label htmlFor="to" className="label">Đến ngày</label>
        <input id="to" name="to" type="date" className="input" defaultValue={filters.to ?? ''} />
      </div>
      <div>
        <label htmlFor="actor" className="label">Người thực hiện</label>
        <select id="actor" name="actor" className="input" defaultValue={filters.actor ?? ''}>
          <option value="">Tất cả</option>
          {options.actors.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="action" className="label">Thao tác</label>
        <select id="action" name="action" className="input" defaultValue={filters.action ?? ''}>
          <option value="">Tất cả</option>
          {options.actions.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="type" className="label">Loại đối tượng</label>
        <select id="type" name="type" className="input" defaultValue={filters.entityType ?? ''}>
          <option value="">Tất cả</option>
          {options.entityTypes.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="q" className="label">Tìm (tên đăng nhập, mã)</label>
        <input id="q" name="q" className="input" defaultValue={filters.q ?? ''} />
      </div>
      {filters.entityId && (
        <p className="text-sm sm:col-span-3 lg:col-span-6">
          <input type="hidden" name="id" value={filters.entityId} />
          Chỉ thao tác trên: <strong>{objectName ?? filters.entityId}</strong>{' '}
          <Link href={`?${auditFilterQuery({ ...filters, entityId: undefined })}`}>Bỏ lọc theo đối tượng này</Link>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit" variant="secondary">Lọc</Button>
        <Link href="/quan-tri/nhat-ky" className="inline-flex min-h-11 items-center px-2 text-sm">Xoá bộ lọc</Link>
      </div>
    </form>
  );
}
