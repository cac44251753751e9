import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/auth/errors';
import { can } from '@/lib/auth/permissions';
import { getCheckpoint } from '@/lib/checkpoints/queries';
import { APP_LABELS, KIND_LABELS, STATUS_LABELS, type CheckpointApp } from '@/lib/checkpoints/labels';
import { communeName, districtName } from '@/lib/geo/districts';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { LinkButton } from '@/components/ui/button';
import { ReadinessChecklist } from '@/components/checkpoints/readiness-badge';
import { StatusControls } from './status-controls';
import { PosterPanel } from './poster-panel';

const formatCoordinate = (n: number | null) => (n == null ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 6 }));

export const metadata: Metadata = { title: 'Chi tiết chốt kiểm soát' };

export default async function CheckpointPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; saved?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePageActor('checkpoints.view', undefined, `/quan-tri/chot-kiem-soat/${id}`);
  const checkpoint = await getCheckpoint(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { created, saved } = await searchParams;
  const manage = can(actor, 'checkpoints.manage');
  const officerLinks = can(actor, 'users.manage_officers');
  const place = [checkpoint.address, communeName(checkpoint.communeCode), districtName(checkpoint.districtCode)].filter(Boolean).join(', ');
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/chot-kiem-soat">← Danh sách chốt</Link></p>
      <PageHeader
        title={checkpoint.name}
        description={`${KIND_LABELS[checkpoint.kind]} · số hiệu ${checkpoint.number} · ${STATUS_LABELS[checkpoint.status]}`}
        actions={
          <>
            {can(actor, 'stats.view') && <LinkButton href={`/quan-tri/chot-kiem-soat/${id}/thong-ke`} variant="secondary">Hoạt động, số liệu</LinkButton>}
            {manage && <LinkButton href={`/quan-tri/chot-kiem-soat/${id}/sua`} variant="secondary">Sửa thông tin</LinkButton>}
          </>
        }
      />
      {(created || saved) && (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {created ? 'Đã thêm chốt. Bước tiếp theo: tạo mã QR địa điểm và in áp phích.' : 'Đã lưu thay đổi.'}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <section className="card" aria-labelledby="info-title">
            <h2 id="info-title">Thông tin</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">Địa bàn</dt><dd>{place}</dd>
              <dt className="font-semibold">Tọa độ</dt>
              <dd>{checkpoint.latitude != null ? `${formatCoordinate(checkpoint.latitude)}; ${formatCoordinate(checkpoint.longitude)}` : 'Chưa có'}</dd>
              <dt className="font-semibold">Đơn vị phụ trách</dt><dd>{checkpoint.responsibleUnit || '—'}</dd>
              <dt className="font-semibold">Điện thoại</dt><dd>{checkpoint.phone || '—'}</dd>
              <dt className="font-semibold">Ghi chú ca trực</dt><dd className="whitespace-pre-line">{checkpoint.shiftNotes || '—'}</dd>
              <dt className="font-semibold">Cập nhật</dt><dd>{formatDateTime(checkpoint.updatedAt)}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="readiness-title">
            <h2 id="readiness-title">Mức sẵn sàng: {checkpoint.readiness.ready ? 'đạt' : 'chưa đạt'}</h2>
            <div className="mt-2"><ReadinessChecklist readiness={checkpoint.readiness} /></div>
            <p className="mt-2 text-sm text-slate-700">
              {checkpoint.smartphoneCount} điện thoại thông minh · ứng dụng: {checkpoint.installedApps.map((a) => APP_LABELS[a as CheckpointApp] ?? a).join(', ') || 'chưa cài'}
            </p>
          </section>
          <section className="card" aria-labelledby="officers-title">
            <h2 id="officers-title">Cán bộ được giao ({checkpoint.officers.length})</h2>
            {checkpoint.officers.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">
                Chưa có cán bộ nào.{officerLinks && <> Giao chốt cho cán bộ ở <Link href="/quan-tri/nguoi-dung">trang Người dùng</Link>.</>}
              </p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200 text-sm">
                {checkpoint.officers.map((o) => (
                  <li key={o.id} className="flex min-h-11 flex-wrap items-center gap-x-3">
                    {officerLinks ? <Link href={`/quan-tri/nguoi-dung/${o.id}`}>{o.fullName}</Link> : <span>{o.fullName}</span>}
                    <span className="text-slate-600">{o.username}</span>
                    {o.phone && <span className="text-slate-600">{o.phone}</span>}
                    {o.disabledAt && <span className="text-accent-600">Đã khoá</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {manage && <StatusControls id={checkpoint.id} status={checkpoint.status} />}
        </div>
        <PosterPanel actor={actor} checkpoint={checkpoint} />
      </div>
    </>
  );
}
