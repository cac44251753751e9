import Link from 'next/link';
import { districtName } from '@/lib/geo/districts';
import { ALERT_LABELS, type StatsAlert } from '@/lib/stats/alerts';
import { formatDateTime } from '@/lib/text/format';

/**
 * Alerts as a list: what, where, since when, and a link to act on it. `phoneShows` keeps a phone's
 * list short (the rest from the large screen up), so the numbers are still near the top.
 */
export function AlertList({ alerts, showDistrict, phoneShows }: { alerts: StatsAlert[]; showDistrict: boolean; phoneShows?: number }) {
  return (
    <ul className="divide-y divide-amber-200" data-alerts>
      {alerts.map((a, i) => (
        <li key={a.key} className={`py-2 ${phoneShows !== undefined && i >= phoneShows ? 'hidden lg:block' : ''}`} data-alert={a.kind}>
          <p className="font-semibold">
            {ALERT_LABELS[a.kind]}:{' '}
            {a.href ? <Link href={a.href}>{a.subject}</Link> : a.subject}
            {showDistrict && a.checkpointId && a.districtCode && <span className="font-normal text-slate-700"> · {districtName(a.districtCode)}</span>}
          </p>
          <p className="text-sm">{a.text}</p>
          <p className="text-sm text-slate-700">Từ <time dateTime={a.since} className="num">{formatDateTime(a.since)}</time></p>
        </li>
      ))}
    </ul>
  );
}
