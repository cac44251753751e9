import { Button } from '@/components/ui/button';
import type { DrillOrder } from '@/lib/stats/drill/rows';

/** The period of a drill page as a plain GET form (works without JavaScript); the order is kept. */
export function RangeForm({ from, to, order }: { from: string; to: string; order: DrillOrder }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={order.sort} />
      {order.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
      <label className="flex flex-col text-sm font-semibold">Từ ngày<input type="date" name="from" defaultValue={from} className="input mt-1" /></label>
      <label className="flex flex-col text-sm font-semibold">Đến ngày<input type="date" name="to" defaultValue={to} className="input mt-1" /></label>
      <Button type="submit" variant="secondary">Xem</Button>
    </form>
  );
}
