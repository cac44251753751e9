import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { publicBaseUrl } from '@/lib/config/base-url';
import { DISTRICTS, districtName, isDistrictCode } from '@/lib/geo/districts';
import { summarizePosterBatch } from '@/lib/posters/batch-summary';
import { PageHeader } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { BaseUrlWarning } from '@/components/checkpoints/base-url-warning';
import { BatchDownload } from './batch-download';
import { IssueMissingForm } from './issue-missing-form';

export const metadata: Metadata = { title: 'In áp phích hàng loạt' };

export default async function PosterBatchPage({ searchParams }: { searchParams: Promise<{ district?: string }> }) {
  const actor = await requirePageActor('posters.generate', undefined, '/quan-tri/chot-kiem-soat/ap-phich');
  const { district } = await searchParams;
  const districtCode = actor.role === 'district' ? (actor.districtCode ?? undefined) : district && isDistrictCode(district) ? district : undefined;
  const summary = await summarizePosterBatch(actor, districtCode);
  const scopeName = districtCode ? districtName(districtCode) : 'toàn tỉnh';
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/chot-kiem-soat">← Danh sách chốt</Link></p>
      <PageHeader title="In áp phích mã QR hàng loạt" description="Áp phích của mọi chốt đang hoạt động đã có mã QR, theo phiên bản hiện hành." />
      <div className="mb-4"><BaseUrlWarning warning={publicBaseUrl().warning} /></div>
      {actor.role !== 'district' && (
        <form className="card mb-4 flex flex-wrap items-end gap-3" aria-label="Chọn phạm vi">
          <div>
            <label htmlFor="district" className="label">Phạm vi</label>
            <select id="district" name="district" className="input" defaultValue={districtCode ?? ''}>
              <option value="">Toàn tỉnh</option>
              {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
            </select>
          </div>
          <Button type="submit" variant="secondary">Chọn</Button>
        </form>
      )}
      <section className="card space-y-4" aria-labelledby="batch-title">
        <h2 id="batch-title">Áp phích {scopeName}</h2>
        <p className="text-sm" data-testid="batch-summary">
          {summary.active} chốt đang hoạt động, {summary.withPoster} chốt đã có mã QR sẽ được in
          {summary.missing > 0 ? `; ${summary.missing} chốt chưa có mã QR.` : '.'}
        </p>
        {summary.missing > 0 && can(actor, 'posters.rotate') && <IssueMissingForm districtCode={districtCode} count={summary.missing} />}
        {summary.withPoster > 0 ? (
          <BatchDownload districtCode={districtCode} count={summary.withPoster} />
        ) : (
          <p className="text-sm text-slate-700">Chưa có áp phích nào để in.</p>
        )}
      </section>
    </>
  );
}
