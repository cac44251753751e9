import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/auth/errors';
import { getPressKitForAdmin } from '@/lib/press-kits/queries';
import { listMaterialsForKits } from '@/lib/materials/admin-queries';
import { KIND_LABELS, STATUS_LABELS } from '@/lib/materials/catalog';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClass } from '@/components/ui/button';
import { PressKitForm } from '@/components/press-kits/press-kit-form';
import { DeleteButton } from '@/components/ui/delete-button';
import { deletePressKitAction, updatePressKitAction } from '../actions';

export const metadata: Metadata = { title: 'Bộ tài liệu báo chí' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function PressKitAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('materials.view_admin', undefined, `/quan-tri/bo-tai-lieu/${id}`);
  const kit = await getPressKitForAdmin(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canManage = can(actor, 'materials.manage');
  const { created } = await searchParams;
  const isPublic = kit.status === 'published' && !!kit.publishedAt && kit.publishedAt <= new Date();
  return (
    <>
      <PageHeader
        title={kit.title}
        description={`${STATUS_LABELS[kit.status]} · ${kit.items.length} tài liệu · cập nhật ${formatDateTime(kit.updatedAt)}`}
        actions={isPublic ? <a href={`/bo-tai-lieu/${kit.slug}`} target="_blank" rel="noopener" className={buttonClass('secondary')}>Trang công khai</a> : undefined}
      />
      {created && <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã tạo bộ tài liệu.</p>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        {canManage ? (
          <PressKitForm action={updatePressKitAction} kit={kit} materials={await listMaterialsForKits(actor)} />
        ) : (
          <div className="card">
            <p className="whitespace-pre-line text-sm">{kit.description}</p>
            <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm">
              {kit.items.map((m) => <li key={m.id}><Link href={`/quan-tri/tai-lieu/${m.id}`}>{m.title}</Link> ({KIND_LABELS[m.kind].vi})</li>)}
            </ol>
          </div>
        )}
        {canManage && (
          <aside className="card h-fit">
            <h2>Xoá bộ tài liệu</h2>
            <p className="my-2 text-sm text-slate-600">Chỉ xoá bộ; các tài liệu trong bộ vẫn giữ nguyên.</p>
            <DeleteButton action={deletePressKitAction} id={kit.id} label="Xoá bộ tài liệu" confirmText="Xoá bộ tài liệu này? Các tài liệu vẫn giữ nguyên." />
          </aside>
        )}
      </div>
    </>
  );
}
