import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listRuleVersions } from '@/lib/rules/versions';
import { localDateOf } from '@/lib/verification/local-date';
import { vaccineLabel } from '@/lib/verification/vaccines';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { RuleForm } from './rule-form';

export const metadata: Metadata = { title: 'Quy tắc xác minh' };

const STATE_LABELS = {
  current: { text: 'Đang áp dụng', className: 'bg-green-100 text-green-900' },
  scheduled: { text: 'Sắp áp dụng', className: 'bg-amber-100 text-amber-900' },
  past: { text: 'Đã thay', className: 'bg-slate-100 text-slate-700' },
};

const days = (n: number | null, none: string) => (n == null ? none : `${n} ngày`);

export default async function RulesPage() {
  const actor = await requirePageActor('rules.manage', undefined, '/quan-tri/quy-tac');
  const versions = await listRuleVersions(actor);
  const current = versions.find((v) => v.state === 'current') ?? versions[versions.length - 1];
  const tomorrow = localDateOf(new Date(Date.now() + 86_400_000));
  return (
    <>
      <PageHeader
        title="Quy tắc xác minh tiêm chủng"
        description="Máy chủ đánh giá mỗi lượt kiểm tra theo phiên bản có hiệu lực tại thời điểm kiểm tra; bàn kiểm soát dùng bản sao để báo kết quả tạm khi mất mạng."
      />
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="lich-su" tabIndex={0} className="card overflow-x-auto p-0">
          <h2 id="lich-su" className="px-4 pt-4">Lịch sử phiên bản</h2>
          <table className="table mt-2">
            <caption className="sr-only">Các phiên bản quy tắc, mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Phiên bản</th>
                <th scope="col">Áp dụng từ</th>
                <th scope="col">Điều kiện</th>
                <th scope="col">Căn cứ</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <td>
                    <span className="font-semibold">{v.version}</span>
                    <span className={`ml-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATE_LABELS[v.state].className}`}>{STATE_LABELS[v.state].text}</span>
                  </td>
                  <td className="whitespace-nowrap">{formatDateTime(v.effectiveFrom)}</td>
                  <td>
                    <ul className="space-y-0.5">
                      <li>{v.requiredDoses} mũi, mũi cuối ít nhất {v.daysAfterLastDose} ngày trước ngày kiểm tra</li>
                      <li>Vắc-xin 1 mũi: {v.singleDoseVaccines.map(vaccineLabel).join('; ') || 'không có'}</li>
                      <li>Thời hạn hiệu lực: {days(v.validityDays, 'không giới hạn')}</li>
                      <li>Giấy khỏi bệnh: {v.recoveryDays == null ? 'không chấp nhận' : `trong ${v.recoveryDays} ngày`}</li>
                    </ul>
                  </td>
                  <td>
                    {v.note}
                    <p className="mt-1 text-xs text-slate-600">{v.createdByName ? `${v.createdByName}, ${formatDateTime(v.createdAt)}` : 'Có sẵn khi cài đặt'}</p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <RuleForm current={current} defaultDate={tomorrow} />
      </div>
    </>
  );
}
