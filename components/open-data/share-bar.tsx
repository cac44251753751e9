import { formatShare } from '@/lib/stats/percent';

/** A share as a bar beside its written value; the bar is decoration, the text carries it. */
export function ShareBar({ part, whole, colour = 'bg-green-700' }: { part: number; whole: number; colour?: string }) {
  const width = whole > 0 ? Math.round((part / whole) * 100) : 0;
  return (
    <div className="flex items-center gap-2">
      <div className="hidden h-2.5 w-24 rounded-full bg-slate-200 sm:block" aria-hidden="true">
        <div className={`h-2.5 rounded-full ${colour}`} style={{ width: `${width}%` }} />
      </div>
      <span className="num">{formatShare(part, whole)}</span>
    </div>
  );
}
