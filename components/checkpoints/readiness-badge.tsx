import { READINESS_ITEMS } from '@/lib/checkpoints/readiness';

type Readiness = Record<(typeof READINESS_ITEMS)[number][0], boolean> & { ready: boolean };

export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  const missing = READINESS_ITEMS.filter(([key]) => !readiness[key]).map(([, label]) => label);
  return readiness.ready ? (
    <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Sẵn sàng</span>
  ) : (
    <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" title={`Còn thiếu: ${missing.join('; ')}`}>
      Chưa sẵn sàng<span className="sr-only">: còn thiếu {missing.join('; ')}</span>
    </span>
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
