import Link from 'next/link';
import type { AuditEntryView } from '@/lib/audit/list';
import { auditFilterQuery } from '@/lib/audit/filters';
import { formatDateTime } from '@/lib/text/format';
import { AuditDiff } from './audit-diff';

export function AuditTable({ rows, total }: { rows: AuditEntryView[]; total: number }) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table">
        <caption className="sr-only">Nhật ký thao tác, {total} dòng</caption>
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
              <td>
                {r.actor}
                {r.ip && <span className="block text-xs text-slate-600">IP {r.ip}</span>}
              </td>
              <td>{r.actionLabel}</td>
              <td>
                <span className="block text-xs text-slate-600">{r.entityLabel}</span>
                {r.object.href ? <Link href={r.object.href}>{r.object.name}</Link> : r.object.name}
                {r.entityId && (
                  <Link href={`?${auditFilterQuery({ entityType: r.entityType, entityId: r.entityId })}`} className="block text-xs">
                    Mọi thao tác trên đối tượng này
                  </Link>
                )}
              </td>
              <td><AuditDiff changes={r.changes} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
