import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { listPressKitsForAdmin } from '@/lib/press-kits/queries';
import { STATUS_LABELS } from '@/lib/materials/catalog';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Bộ tài liệu báo chí' };

export default async function PressKitsAdminPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requirePageActor('materials.view_admin', undefined, '/quan-tri/bo-tai-lieu');
  const [kits, { deleted }] = await Promise.all([listPressKitsForAdmin(actor), searchParams]);
  return (
    <>
      <PageHeader
        title="Bộ tài liệu báo chí"
        description="Gom các tài liệu thành một bộ có trang riêng và một tệp ZIP kèm danh mục cho cơ quan báo chí."
        actions={can(actor, 'materials.manage') ? <LinkButton href="/quan-tri/bo-tai-lieu/moi">Tạo bộ tài liệu</LinkButton> : undefined}
      />
      {deleted && <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã xoá bộ tài liệu.</p>}
      {kits.length === 0 ? (
        <EmptyState title="Chưa có bộ tài liệu nào." />
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Danh sách bộ tài liệu</caption>
            <thead><tr><th scope="col">Tên bộ</th><th scope="col">Số tài liệu</th><th scope="col">Trạng thái</th><th scope="col">Cập nhật</th></tr></thead>
            <tbody>
              {kits.map((k) => (
                <tr key={k.id}>
                  <td><Link href={`/quan-tri/bo-tai-lieu/${k.id}`}>{k.title}</Link></td>
                  <td>{k.items}</td>
                  <td>{STATUS_LABELS[k.status]}</td>
                  <td className="whitespace-nowrap">{formatDateTime(k.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
