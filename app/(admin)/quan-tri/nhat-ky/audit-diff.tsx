import type { AuditChange } from '@/lib/audit/describe';

/** The fields a write changed, labelled as on the forms, before → after in words. */
export function AuditDiff({ changes }: { changes: AuditChange[] }) {
  if (!changes.length) return <span className="text-slate-600">—</span>;
  return (
    <dl className="text-xs">
      {changes.map((c) => (
        <div key={c.field} className="mb-1">
          <dt className="font-semibold">{c.label}</dt>
          <dd className="break-words">
            {c.before !== undefined && <del className="text-red-800">{c.before}</del>}
            {c.before !== undefined && c.after !== undefined && <><span aria-hidden="true"> → </span><span className="sr-only"> thành </span></>}
            {c.after !== undefined && <ins className="text-green-800 no-underline">{c.after}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
