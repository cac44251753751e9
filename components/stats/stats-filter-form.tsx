import { DISTRICTS, districtName } from '@/lib/geo/districts';
import { EVIDENCE_LABELS, EVIDENCES, METHOD_LABELS, METHODS, SOURCE_LABELS, SOURCES } from '@/lib/stats/display';
import type { StatsFilter } from '@/lib/stats/types';

export interface CheckpointOption {
  id: string;
  name: string;
  districtCode: string;
}

function Select({ id, label, value, children }: { id: string; label: string; value: string | null; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={`loc-${id}`} className="label">{label}</label>
      <select id={`loc-${id}`} name={id} defaultValue={value ?? ''} className="input">
        {children}
      </select>
    </div>
  );
}

/**
 * The dashboard's filters as a plain GET form: it works without JavaScript, and the resulting
 * URL is the shareable view. A district user's district is fixed (the server enforces it too).
 * On a phone the form folds behind one button (a <details>, no script needed) under the KPIs;
 * on a wide screen it is always open (globals.css, .filters).
 */
export function StatsFilterForm({ filter, fixedDistrict, checkpoints, checkpointsTruncated, measureParam, summary }: {
  filter: StatsFilter;
  fixedDistrict: string | null;
  checkpoints: CheckpointOption[];
  checkpointsTruncated: boolean;
  measureParam: string | null;
  /** What is shown now, in words, beside the button. */
  summary: string;
}) {
  const byDistrict = DISTRICTS.map((d) => ({ ...d, items: checkpoints.filter((c) => c.districtCode === d.code) })).filter((d) => d.items.length);
  return (
    <details className="filters card mb-4">
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 font-semibold text-brand-700">
        Bộ lọc<span className="text-sm font-normal text-slate-700">{summary}</span>
      </summary>
      <form method="get" action="/quan-tri" role="search" aria-label="Lọc số liệu thống kê" className="mt-3 lg:mt-0">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="loc-from" className="label">Từ ngày</label>
            <input id="loc-from" name="from" type="date" defaultValue={filter.from} className="input" />
          </div>
          <div>
            <label htmlFor="loc-to" className="label">Đến ngày</label>
            <input id="loc-to" name="to" type="date" defaultValue={filter.to} className="input" />
          </div>
          {fixedDistrict ? (
            <div>
              <span className="label">Huyện</span>
              <p className="min-h-11 py-2 font-medium">{districtName(fixedDistrict)}</p>
            </div>
          ) : (
            <Select id="district" label="Huyện" value={filter.district}>
              <option value="">Toàn tỉnh</option>
              {DISTRICTS.map((d) => (
                <option key={d.code} value={d.code}>{d.name}</option>
              ))}
            </Select>
          )}
          <Select id="checkpoint" label="Chốt" value={filter.checkpointId}>
            <option value="">Tất cả chốt</option>
            {byDistrict.map((d) => (
              <optgroup key={d.code} label={d.name}>
                {d.items.map((c) => (
                  <option key={c.id} value={c.id}>{c.name}</option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Select id="method" label="Cách kiểm tra" value={filter.method}>
            <option value="">Tất cả</option>
            {METHODS.map((m) => <option key={m} value={m}>{METHOD_LABELS[m]}</option>)}
          </Select>
          <Select id="source" label="Nguồn chứng nhận" value={filter.source}>
            <option value="">Tất cả</option>
            {SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
          </Select>
          <Select id="evidence" label="Bằng chứng" value={filter.evidence}>
            <option value="">Tất cả</option>
            {EVIDENCES.map((e) => <option key={e} value={e}>{EVIDENCE_LABELS[e]}</option>)}
          </Select>
          {measureParam && <input type="hidden" name="chiso" value={measureParam} />}
          <div className="flex items-end gap-2">
            <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Xem số liệu
            </button>
            <a href="/quan-tri" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold">Đặt lại</a>
          </div>
        </div>
        {checkpointsTruncated && (
          <p className="mt-2 text-xs text-slate-600">Danh sách chốt chỉ hiện 50 chốt đầu; chọn huyện rồi bấm “Xem số liệu” để thu hẹp.</p>
        )}
      </form>
    </details>
  );
}
