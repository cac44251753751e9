import { DEPARTMENT_NAME } from '@/lib/config/site';
import { districtName } from '@/lib/geo/districts';
import { formatDateTime } from '@/lib/text/format';
import { comparisonSentence, totalsSentence } from '@/lib/stats/report-summary';
import {
  bottomSection, dailySection, districtSection, evidenceSection, methodSection, sourceSection, topSection,
} from '@/lib/stats/export/sections';
import type { ReportPeriod } from '@/lib/stats/report-period';
import type { Overview } from '@/lib/stats/types';
import { DistrictMap } from './district-map';
import { Heatmap } from './heatmap';
import { ReadinessBars } from './readiness-bars';
import { SectionTable } from './section-table';
import { ScrollRegion } from '@/components/ui/scroll-region';

function Part({ n, title, children }: { n: number; title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6" aria-labelledby={`phan-${n}`}>
      <h2 id={`phan-${n}`} className="mb-2">{`${n}. ${title}`}</h2>
      <ScrollRegion label={title}>{children}</ScrollRegion>
    </section>
  );
}

/** The week's or month's report as one printable A4 document: words first, then the tables. */
export function StatsReport({ overview: o, period, madeAt }: { overview: Overview; period: ReportPeriod; madeAt: Date }) {
  const range = o.kpis.range;
  const scope = o.filter.district ? districtName(o.filter.district) : 'toàn tỉnh Quảng Ngãi';
  const hide = o.filter.district ? ['Huyện'] : [];
  return (
    <article className="bao-cao card">
      <header className="grid grid-cols-2 gap-4 text-center text-sm">
        <p className="font-semibold uppercase">{DEPARTMENT_NAME}</p>
        <p className="font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br /><span className="underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</span></p>
      </header>
      <h1 className="mt-6 text-center text-xl uppercase">Báo cáo kiểm tra tại chốt kiểm soát</h1>
      <p className="mt-1 text-center font-semibold">{`${period.label} · ${scope}`}</p>
      <p className="text-center text-sm text-slate-600">{`Số liệu lập lúc ${formatDateTime(madeAt)}`}</p>
      {range.unfinished && (
        <p className="mt-1 text-center text-sm font-semibold" data-unfinished>{`Kỳ chưa kết thúc: số liệu đến ${formatDateTime(madeAt)}, chưa phải số cả kỳ.`}</p>
      )}

      <Part n={1} title="Tổng hợp">
        <p>
          {`${totalsSentence(range)} `}
          <span data-comparison>{comparisonSentence(range)}</span>
        </p>
      </Part>
      <Part n={2} title="Theo huyện">
        <div className="grid gap-4 sm:grid-cols-[16rem_minmax(0,1fr)] print:grid-cols-[14rem_1fr]">
          <DistrictMap rows={o.byDistrict} measure="total" id="ban-do-bao-cao" />
          <SectionTable section={districtSection(o.byDistrict, o.filter.district)} hideColumns={['Mã']} />
        </div>
      </Part>
      <Part n={3} title="Theo ngày">
        <SectionTable section={dailySection(o.daily)} />
      </Part>
      <Part n={4} title="Theo cách kiểm tra, nguồn và bằng chứng">
        <div className="grid gap-4 md:grid-cols-3 print:grid-cols-3">
          <SectionTable section={methodSection(o.byMethod)} hideColumns={['Hợp lệ']} />
          <SectionTable section={sourceSection(o.bySource)} hideColumns={['Hợp lệ']} />
          <SectionTable section={evidenceSection(o.byEvidence)} hideColumns={['Hợp lệ']} />
        </div>
      </Part>
      <Part n={5} title="Theo giờ và thứ">
        <Heatmap cells={o.heatmap} />
      </Part>
      <Part n={6} title="Chốt nhiều và ít lượt nhất">
        <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
          <SectionTable section={topSection(o.top)} hideColumns={[...hide, 'Có chứng nhận đã kiểm']} />
          <SectionTable section={bottomSection(o.bottom)} hideColumns={[...hide, 'Có chứng nhận đã kiểm']} />
        </div>
      </Part>
      <Part n={7} title="Sẵn sàng của chốt (hiện tại)">
        <ReadinessBars rows={o.readiness.filter((r) => !o.filter.district || r.districtCode === o.filter.district)} />
      </Part>
    </article>
  );
}
