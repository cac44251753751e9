import Link from 'next/link';
import { auditFilterQuery, type AuditFilters } from '@/lib/audit/filters';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';

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
      <FilterSelect id="actor" label="Người thực hiện" value={filters.actor} options={options.actors.map((a) => ({ value: a, label: a }))} />
      <FilterSelect id="action" label="Thao tác" value={filters.action} options={options.actions} />
      <FilterSelect id="type" label="Loại đối tượng" value={filters.entityType} options={options.entityTypes} />
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

/** One filter: "Tất cả" first, then the options; the name is the id (the URL's parameter). */
function FilterSelect({ id, label, value, options }: { id: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="label">{label}</label>
      <Select id={id} name={id} defaultValue={value ?? ''} placeholder="Tất cả">
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </div>
  );
}
