import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listAuditEntityTypes, listAuditLogs } from '@/lib/audit/list';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { AuditDiff } from './audit-diff';

export const metadata: Metadata = { title: 'Nhật ký thao tác' };

type Search = { q?: string; type?: string; page?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('audit.view', undefined, '/quan-tri/nhat-ky');
  const params = await searchParams;
  const page = Math.max(1, Number(params.page) || 1);
  const [{ rows, total, pageSize }, types] = await Promise.all([
    listAuditLogs(actor, { q: params.q, entityType: params.type || undefined, page }),
    listAuditEntityTypes(actor),
  ]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.type ? { type: params.type } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader title="Nhật ký thao tác" description="Mọi thao tác ghi dữ liệu của người dùng đã đăng nhập: ai, lúc nào, làm gì, trước và sau." />
      <form className="card mb-4 grid gap-3 sm:grid-cols-4" role="search" aria-label="Lọc nhật ký">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">Tìm (thao tác, người dùng, mã đối tượng)</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ''} />
        </div>
        <div>
          <label htmlFor="type" className="label">Loại đối tượng</label>
          <select id="type" name="type" className="input" defaultValue={params.type ?? ''}>
            <option value="">Tất cả</option>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="flex items-end">
          <Button type="submit" variant="secondary">Lọc</Button>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="Chưa có thao tác nào được ghi." />
      ) : (
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
                  <td>{r.actorUsername ?? 'hệ thống'}{r.ip ? <span className="block text-xs text-slate-500">{r.ip}</span> : null}</td>
                  <td><code>{r.action}</code></td>
                  <td>{r.entityType}{r.entityId ? <span className="block break-all text-xs text-slate-500">{r.entityId}</span> : null}</td>
                  <td><AuditDiff before={r.before} after={r.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Phân trang" className="mt-4 flex items-center gap-3 text-sm">
        {page > 1 && <Link href={link(page - 1)}>← Trang trước</Link>}
        <span>Trang {page}/{pages} · {total} dòng</span>
        {page < pages && <Link href={link(page + 1)}>Trang sau →</Link>}
      </nav>
    </>
  );
}
