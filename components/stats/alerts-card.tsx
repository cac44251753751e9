import Link from 'next/link';
import type { Actor } from '@/lib/auth/roles';
import { getAlerts } from '@/lib/stats/alerts';
import { AlertList } from './alert-list';

const SHOWN = 5;

/** The top of the dashboard: the most urgent alerts in the user's scope, or a one-line all-clear. */
export async function AlertsCard({ actor }: { actor: Actor }) {
  const alerts = await getAlerts(actor);
  if (!alerts.length) {
    return (
      <p className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="alerts-clear">
        Không có cảnh báo. <Link href="/quan-tri/canh-bao" className="inline-flex min-h-11 items-center">Xem cách tính cảnh báo</Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="canh-bao-tieu-de" className="mb-4 rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="alerts-card">
      <h2 id="canh-bao-tieu-de" className="text-lg">Cảnh báo ({alerts.length})</h2>
      <AlertList alerts={alerts.slice(0, SHOWN)} showDistrict={actor.role !== 'district'} phoneShows={1} />
      <Link href="/quan-tri/canh-bao" className="inline-flex min-h-11 items-center font-semibold">
        {alerts.length > 1 ? `Xem tất cả ${alerts.length} cảnh báo` : 'Trang cảnh báo'}
      </Link>
    </section>
  );
}
