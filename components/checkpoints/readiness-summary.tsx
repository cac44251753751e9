import Link from 'next/link';
import { districtName } from '@/lib/geo/districts';

interface Row {
  districtCode: string;
  total: number;
  ready: number;
  withPoster: number;
}

/** Readiness at a glance: per district, how many open checkpoints meet the letter's checklist. */
export function ReadinessSummary({ rows }: { rows: Row[] }) {
  const total = rows.reduce((s, r) => s + r.total, 0);
  const ready = rows.reduce((s, r) => s + r.ready, 0);
  return (
    <section className="card mb-4" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Mức sẵn sàng theo huyện</h2>
      <p className="mt-1 text-sm text-slate-700">
        <strong>{ready}/{total}</strong> chốt đang hoạt động hoặc tạm dừng đạt đủ yêu cầu: có ít nhất 01 điện thoại thông minh,
        kết nối 3G/4G, đã tạo mã QR địa điểm và đã cài ứng dụng kiểm tra.
      </p>
      {rows.length > 0 && (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {rows.map((r) => (
            <li key={r.districtCode}>
              <Link href={`/quan-tri/chot-kiem-soat?district=${r.districtCode}&readiness=not_ready`} className="flex min-h-11 items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2 text-sm no-underline hover:bg-slate-50">
                <span className="text-slate-900">{districtName(r.districtCode)}</span>
                <span className={r.ready === r.total ? 'font-semibold text-green-800' : 'font-semibold text-amber-800'}>
                  {r.ready}/{r.total} sẵn sàng
                  <span className="sr-only">, {r.withPoster} chốt đã có mã QR</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
