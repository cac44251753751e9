import Link from 'next/link';
import { filtersToQuery, type CheckpointSort, type ParsedFilters } from '@/lib/checkpoints/filters';

/** A column header that sorts the list through the URL: first click ascending, next descending. */
export function SortableHeader({ filters, sort, label }: { filters: ParsedFilters; sort: CheckpointSort; label: string }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir !== 'desc' ? 'desc' : 'asc';
  const href = `?${filtersToQuery({ ...filters, sort, dir: nextDir === 'desc' ? 'desc' : undefined, page: undefined })}`;
  const state = active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={state}>
      <Link href={href} className="inline-flex min-h-11 items-center gap-1 text-inherit">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? '▼' : '▲') : '↕'}</span>
        <span className="sr-only">{active ? (filters.dir === 'desc' ? ', đang xếp giảm dần' : ', đang xếp tăng dần') : ', bấm để sắp xếp'}</span>
      </Link>
    </th>
  );
}
