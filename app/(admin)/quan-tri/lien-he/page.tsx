import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listContactsForAdmin } from '@/lib/contacts/queries';
import { LETTER_SUPPORT_CONTACTS } from '@/lib/config/site';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Liên hệ' };

export default async function ContactsAdminPage({ searchParams }: { searchParams: Promise<{ created?: string; deleted?: string }> }) {
  const actor = await requirePageActor('contacts.manage', undefined, '/quan-tri/lien-he');
  const [rows, params] = await Promise.all([listContactsForAdmin(actor), searchParams]);
  const notice = params.created ? 'Đã thêm liên hệ.' : params.deleted ? 'Đã xoá liên hệ.' : null;
  return (
    <>
      <PageHeader
        title="Liên hệ"
        description={`Danh bạ công khai ở trang /lien-he. Hai đầu mối hỗ trợ của công văn (${LETTER_SUPPORT_CONTACTS.map((c) => c.name).join(', ')}) luôn đứng đầu và không sửa ở đây.`}
        actions={<LinkButton href="/quan-tri/lien-he/moi">Thêm liên hệ</LinkButton>}
      />
      {notice && <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{notice}</p>}
      {rows.length === 0 ? (
        <EmptyState title="Chưa có liên hệ nào ngoài hai đầu mối của công văn." />
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Danh sách liên hệ</caption>
            <thead><tr><th scope="col">Thứ tự</th><th scope="col">Tên</th><th scope="col">Chức vụ, đơn vị</th><th scope="col">Điện thoại</th><th scope="col">Email</th></tr></thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>{c.position}</td>
                  <td><Link href={`/quan-tri/lien-he/${c.id}`}>{c.name}</Link></td>
                  <td>{[c.title, c.unit].filter(Boolean).join(', ')}</td>
                  <td className="whitespace-nowrap">{c.phone}</td>
                  <td>{c.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
