import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatCount } from '@/lib/stats/display';
import { formatShare } from '@/lib/stats/percent';
import { lastCheckText, type DrillOrder, type DrillRow, type DrillSort } from '@/lib/stats/drill/rows';

const COLUMNS: [DrillSort, string][] = [['name', 'Tên'], ['total', 'Tổng lượt'], ['valid', 'Tỉ lệ hợp lệ'], ['certified', 'Tỉ lệ có chứng nhận'], ['last', 'Lần kiểm tra cuối']];

/** A header that sorts through the URL (first click ascending, then descending), like the checkpoint list. */
function SortHeader({ sort, label, order, hrefFor, numeric }: { sort: DrillSort; label: string; order: DrillOrder; hrefFor: (o: DrillOrder) => string; numeric: boolean }) {
  const active = order.sort === sort;
  const next: DrillOrder = { sort, dir: active && order.dir === 'asc' ? 'desc' : 'asc' };
  return (
    <th scope="col" aria-sort={active ? (order.dir === 'desc' ? 'descending' : 'ascending') : 'none'} className={numeric ? 'text-right' : undefined}>
      <Link href={hrefFor(next)} className="inline-flex min-h-11 items-center gap-1 whitespace-nowrap text-inherit">
        {label}
        <span aria-hidden="true">{active ? (order.dir === 'desc' ? '▼' : '▲') : '↕'}</span>
        <span className="sr-only">{active ? (order.dir === 'desc' ? ', đang xếp giảm dần' : ', đang xếp tăng dần') : ', bấm để sắp xếp'}</span>
      </Link>
    </th>
  );
}

/**
 * One drill-down level as a sortable table: each row links one level down. The card scrolls
 * sideways on a phone (`relative` keeps the sr-only sort text inside the scroll box).
 */
export function DrillTable({ caption, unit, rows, order, hrefFor, rowHref, extra }: {
  caption: string;
  /** What a row is, for the checkpoints column header ("Số chốt") or null for checkpoint rows. */
  unit: string | null;
  rows: DrillRow[];
  order: DrillOrder;
  hrefFor: (o: DrillOrder) => string;
  rowHref: (row: DrillRow) => string;
  extra?: (row: DrillRow) => ReactNode;
}) {
  return (
    <div className="card relative overflow-x-auto p-0">
      <table className="table" data-table="drill">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <SortHeader sort="name" label={COLUMNS[0][1]} order={order} hrefFor={hrefFor} numeric={false} />
            {unit && <th scope="col" className="text-right">{unit}</th>}
            {COLUMNS.slice(1).map(([sort, label]) => <SortHeader key={sort} sort={sort} label={label} order={order} hrefFor={hrefFor} numeric={sort !== 'last'} />)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="min-w-40 font-medium"><Link href={rowHref(r)}>{r.name}</Link>{extra?.(r)}</th>
              {unit && <td className="num text-right">{formatCount(r.checkpoints)}</td>}
              <td className="num text-right">{formatCount(r.total)}</td>
              <td className="num text-right">{formatShare(r.valid, r.total)}</td>
              <td className="num text-right">{formatShare(r.certified, r.total)}</td>
              <td className="num">{lastCheckText(r.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
