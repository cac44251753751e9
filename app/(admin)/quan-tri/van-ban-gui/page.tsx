import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { listSentLetters } from '@/lib/letters/tracking';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Văn bản gửi' };

export default async function SentLettersPage() {
  const actor = await requirePageActor('letters.manage', undefined, '/quan-tri/van-ban-gui');
  const letters = await listSentLetters(actor);
  return (
    <>
      <PageHeader
        title="Văn bản gửi đơn vị"
        description="Gửi văn bản đã đăng tới các đơn vị trong danh sách “Kính gửi” và “Nơi nhận”; theo dõi ai đã mở, ai đã xác nhận."
        actions={<LinkButton href="/quan-tri/van-ban-gui/moi">Gửi văn bản</LinkButton>}
      />
      {letters.length === 0 ? (
        <EmptyState title="Chưa gửi văn bản nào.">Đăng một văn bản chỉ đạo ở mục Tài liệu, rồi gửi tới các đơn vị.</EmptyState>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Các văn bản đã gửi</caption>
            <thead>
              <tr>
                <th scope="col">Văn bản</th><th scope="col" className="text-right">Đơn vị nhận</th><th scope="col" className="text-right">Đã mở</th>
                <th scope="col" className="text-right">Đã xác nhận</th><th scope="col">Gửi gần nhất</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((l) => (
                <tr key={l.materialId}>
                  <td>
                    <Link href={`/quan-tri/van-ban-gui/${l.materialId}`}>{l.title}</Link>
                    <span className="block text-xs text-slate-500">{[l.documentNumber, formatDate(l.issuedOn)].filter(Boolean).join(' · ')}</span>
                  </td>
                  <td className="text-right">{l.recipients}</td>
                  <td className="text-right">{l.opened}</td>
                  <td className="text-right">{l.confirmed}/{l.recipients}</td>
                  <td className="whitespace-nowrap">{formatDateTime(l.lastSentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
