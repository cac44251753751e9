import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { districtName } from '@/lib/geo/districts';
import { getAlerts } from '@/lib/stats/alerts';
import { readAlertThresholds } from '@/lib/settings/alert-thresholds';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertList } from '@/components/stats/alert-list';

export const metadata: Metadata = { title: 'Cảnh báo' };

/** Every alert in the user's scope with since when, and how each is computed (thresholds from the settings). */
export default async function AlertsPage() {
  const actor = await requirePageActor('stats.view', undefined, '/quan-tri/canh-bao');
  const [alerts, t] = await Promise.all([getAlerts(actor), readAlertThresholds()]);
  const scope = actor.role === 'district' ? districtName(actor.districtCode) : 'Toàn tỉnh';
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri">← Tổng quan</Link></p>
      <PageHeader title="Cảnh báo" description={`${scope} · ${alerts.length} cảnh báo`} />
      {alerts.length === 0 ? (
        <EmptyState title="Không có cảnh báo.">Mọi chốt trong phạm vi của bạn đang hoạt động bình thường.</EmptyState>
      ) : (
        <section aria-label="Danh sách cảnh báo" className="card border-amber-300 bg-amber-50">
          <AlertList alerts={alerts} showDistrict={actor.role !== 'district'} />
        </section>
      )}
      <section aria-labelledby="cach-tinh" className="card mt-4 text-sm text-slate-700">
        <h2 id="cach-tinh" className="text-base">Cách tính</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li><strong>Chốt im lặng</strong>: chốt đang hoạt động không có lượt kiểm tra nào trong {t.silentHours} giờ thường hoạt động trở lên của hôm nay, tính từ lượt cuối. Giờ thường hoạt động là giờ có kiểm tra ở ít nhất {t.usualDays} trong 14 ngày trước.</li>
          <li><strong>Tỉ lệ không hợp lệ cao bất thường</strong>: tỉ lệ lượt không hợp lệ hôm nay của một chốt hoặc một huyện cao hơn tỉ lệ của chính nó trong 14 ngày trước từ {t.invalidPoints} điểm phần trăm, khi mỗi bên có ít nhất {t.invalidMinChecks} lượt.</li>
          <li><strong>Chưa có áp phích</strong>: chốt đang hoạt động chưa có mã QR địa điểm. <strong>Nghi lộ mã QR</strong>: người dân vẫn tự khai qua mã QR của chốt đã tạm dừng hoặc đóng, và mã chưa được đổi từ đó.</li>
          <li><strong>Danh sách tin cậy</strong>: trống, hoặc không thay đổi quá {t.trustMaxAgeDays} ngày.</li>
        </ul>
        {can(actor, 'settings.manage') && <p className="mt-2"><Link href="/quan-tri/cai-dat#canh-bao" className="inline-flex min-h-11 items-center">Đổi ngưỡng cảnh báo</Link></p>}
      </section>
    </>
  );
}
