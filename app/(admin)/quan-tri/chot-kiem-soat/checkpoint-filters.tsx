import { DISTRICTS, communesOf } from '@/lib/geo/districts';
import { CHECKPOINT_KINDS, CHECKPOINT_STATUSES, KIND_LABELS, STATUS_LABELS } from '@/lib/checkpoints/labels';
import type { ParsedFilters } from '@/lib/checkpoints/filters';
import { Button } from '@/components/ui/button';

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function CheckpointFilters({ filters, fixedDistrict }: { filters: ParsedFilters; fixedDistrict: string | null }) {
  const district = fixedDistrict ?? filters.districtCode;
  const communes = district ? communesOf(district) : [];
  return (
    <form className="card mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-7" role="search" aria-label="Lọc chốt kiểm soát">
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="q" className="label">Tìm theo tên, địa chỉ, số hiệu</label>
        <input id="q" name="q" className="input" defaultValue={filters.q ?? ''} placeholder="vd: cho chua" />
      </div>
      {!fixedDistrict && (
        <div>
          <label htmlFor="district" className="label">Huyện</label>
          <select id="district" name="district" className="input" defaultValue={filters.districtCode ?? ''}>
            <option value="">Tất cả</option>
            {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
          </select>
        </div>
      )}
      {communes.length > 0 && (
        <div>
          <label htmlFor="commune" className="label">Xã, phường</label>
          <select id="commune" name="commune" className="input" defaultValue={filters.communeCode ?? ''}>
            <option value="">Tất cả</option>
            {communes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="kind" className="label">Loại</label>
        <select id="kind" name="kind" className="input" defaultValue={filters.kind ?? ''}>
          <option value="">Tất cả</option>
          {CHECKPOINT_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="label">Trạng thái</label>
        <select id="status" name="status" className="input" defaultValue={filters.status ?? ''}>
          <option value="">Tất cả</option>
          {CHECKPOINT_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="readiness" className="label">Sẵn sàng</label>
        <select id="readiness" name="readiness" className="input" defaultValue={filters.readiness ?? ''}>
          <option value="">Tất cả</option>
          <option value="ready">Đã sẵn sàng</option>
          <option value="not_ready">Chưa sẵn sàng</option>
        </select>
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="secondary">Lọc</Button>
      </div>
    </form>
  );
}
