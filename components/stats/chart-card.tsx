import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const NO_DATA_TEXT = 'Chưa có lượt kiểm tra nào khớp bộ lọc trong khoảng thời gian này.';

/**
 * A dashboard card: heading, the chart (or an empty state), and the same numbers as a real
 * table behind a disclosure, for screen readers, keyboards and anyone who wants exact figures.
 */
export function ChartCard({ id, title, description, table, empty, children, className = '' }: {
  id: string;
  title: string;
  description?: ReactNode;
  table?: ReactNode;
  empty?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section id={id} className={`card min-w-0 ${className}`} aria-labelledby={`${id}-tieu-de`}>
      <h2 id={`${id}-tieu-de`}>{title}</h2>
      {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      <div className="mt-3">{empty ? <EmptyState title="Chưa có số liệu">{NO_DATA_TEXT}</EmptyState> : children}</div>
      {table && !empty && (
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">Xem dạng bảng</summary>
          <ScrollRegion label={`${title}: dạng bảng`} className="mt-2">{table}</ScrollRegion>
        </details>
      )}
    </section>
  );
}

/** What a card shows while its numbers stream in: same size, so nothing jumps. */
export function ChartSkeleton({ title, height = 'h-64', className = '' }: { title: string; height?: string; className?: string }) {
  return (
    <section className={`card min-w-0 ${className}`} aria-busy="true">
      <h2>{title}</h2>
      <div className={`mt-3 ${height} animate-pulse rounded-md bg-slate-100`} />
      <p className="sr-only" role="status">Đang tải {title.toLowerCase()}…</p>
    </section>
  );
}
