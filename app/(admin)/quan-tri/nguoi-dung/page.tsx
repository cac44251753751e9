import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listUsers } from '@/lib/users/queries';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { DISTRICTS } from '@/lib/geo/districts';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton, Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Người dùng' };

type Search = { q?: string; role?: string; district?: string; status?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('users.view', undefined, '/quan-tri/nguoi-dung');
  const params = await searchParams;
  const role = ROLES.includes(params.role as Role) ? (params.role as Role) : undefined;
  const status = params.status === 'active' || params.status === 'disabled' ? params.status : undefined;
  const rows = await listUsers(actor, { q: params.q, role, districtCode: params.district || undefined, status });
  const allRoles = can(actor, 'users.manage_all');
  return (
    <>
      <PageHeader
        title="Người dùng"
        description={allRoles ? 'Tất cả tài khoản của cổng.' : 'Tài khoản cán bộ chốt kiểm soát, tổ tuần tra trong phạm vi của bạn.'}
        actions={<LinkButton href="/quan-tri/nguoi-dung/moi">Thêm tài khoản</LinkButton>}
      />
      <form className="card mb-4 grid gap-3 sm:grid-cols-5" role="search" aria-label="Lọc người dùng">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">Tìm theo tên</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ''} />
        </div>
        {allRoles && (
          <div>
            <label htmlFor="role" className="label">Vai trò</label>
            <select id="role" name="role" className="input" defaultValue={role ?? ''}>
              <option value="">Tất cả</option>
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </div>
        )}
        {actor.role !== 'district' && (
          <div>
            <label htmlFor="district" className="label">Huyện</label>
            <select id="district" name="district" className="input" defaultValue={params.district ?? ''}>
              <option value="">Tất cả</option>
              {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="status" className="label">Trạng thái</label>
          <select id="status" name="status" className="input" defaultValue={status ?? ''}>
            <option value="">Tất cả</option>
            <option value="active">Đang hoạt động</option>
            <option value="disabled">Đã khoá</option>
          </select>
        </div>
        <div className="flex items-end">
          <Button type="submit" variant="secondary">Lọc</Button>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="Chưa có tài khoản nào phù hợp.">Thử bỏ bớt điều kiện lọc, hoặc thêm tài khoản mới.</EmptyState>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Danh sách tài khoản</caption>
            <thead>
              <tr>
                <th scope="col">Tên đăng nhập</th>
                <th scope="col">Họ và tên</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Huyện</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Đăng nhập gần nhất</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <td><Link href={`/quan-tri/nguoi-dung/${u.id}`}>{u.username}</Link></td>
                  <td>{u.fullName}</td>
                  <td>{ROLE_LABELS[u.role]}</td>
                  <td>{u.districtName ?? ''}</td>
                  <td>{u.disabledAt ? <span className="text-accent-600">Đã khoá</span> : 'Hoạt động'}</td>
                  <td>{formatDateTime(u.lastSignInAt) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
