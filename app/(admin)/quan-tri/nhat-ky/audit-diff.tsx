/** Shows only the fields an audited write changed, before → after. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]) && !['updatedAt', 'createdAt'].includes(k),
  );
  if (!keys.length) return <span className="text-slate-500">—</span>;
  return (
    <dl className="text-xs">
      {keys.map((k) => (
        <div key={k} className="mb-1">
          <dt className="font-semibold">{k}</dt>
          <dd className="break-all">
            {k in b && <span className="text-red-800 line-through">{show(b[k])}</span>}
            {k in b && k in a && ' → '}
            {k in a && <span className="text-green-800">{show(a[k])}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
