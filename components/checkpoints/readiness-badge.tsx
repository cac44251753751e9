import { READINESS_ITEMS } from '@/lib/checkpoints/readiness';

type Readiness = Record<(typeof READINESS_ITEMS)[number][0], boolean> & { ready: boolean };

// Short words for a table cell; the checklist on the detail page keeps the letter's full wording.
const MISSING: Record<(typeof READINESS_ITEMS)[number][0], string> = {
  smartphone: 'điện thoại thông minh',
  mobileData: '3G/4G',
  locationQr: 'mã QR địa điểm',
  apps: 'ứng dụng kiểm tra',
};

/** Ready or not, and what is missing, in plain view (a tooltip never shows on a phone). */
export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  const missing = READINESS_ITEMS.filter(([key]) => !readiness[key]).map(([key]) => MISSING[key]);
  return readiness.ready ? (
    <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Sẵn sàng</span>
  ) : (
    <>
      <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Chưa sẵn sàng</span>
      <span className="mt-1 block text-xs text-slate-700">Còn thiếu: {missing.join(', ')}</span>
    </>
  );
}

export function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  return (
    <ul className="space-y-1 text-sm">
      {READINESS_ITEMS.map(([key, label]) => (
        <li key={key} className="flex items-center gap-2">
          <span aria-hidden="true" className={readiness[key] ? 'text-green-700' : 'text-accent-600'}>{readiness[key] ? '✔' : '✘'}</span>
          <span>{label}</span>
          <span className="sr-only">{readiness[key] ? ': đạt' : ': chưa đạt'}</span>
        </li>
      ))}
    </ul>
  );
}
