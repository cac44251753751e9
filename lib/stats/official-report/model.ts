import { PROVINCE_NAME } from '@/lib/config/site';
import { districtName } from '@/lib/geo/districts';
import { formatDateTime, localDay } from '@/lib/text/format';
import { formatCount } from '../display';
import { formatShareOf, isShare } from '../percent';
import {
  bottomSection, dailySection, districtSection, evidenceSection, methodSection, readinessSection, sourceSection, topSection,
  type Cell, type Section,
} from '../export/sections';
import type { ReportPeriod } from '../report-period';
import { comparisonSentence, totalsSentence } from '../report-summary';
import type { Overview } from '../types';

// The week's or month's report in the administrative format of Decree 30/2020/NĐ-CP (Appendix I):
// the issuing body and the national motto side by side, the number/symbol and the place and date
// left for the clerk, the type and summary title, the body, "Nơi nhận" and a signature block left
// to fill. One model, drawn by pdf.ts and docx.ts, built from the same overview as the dashboard.

export interface ReportTable {
  title: string;
  headers: string[];
  /** Already written as text: counts grouped, shares by the one formatter (NBSP before %). */
  rows: string[][];
  total?: string[];
  /** Which columns are numbers (right-aligned, never wrapped). */
  numeric: boolean[];
}

export interface OfficialReport {
  parentBody: string;
  issuer: string;
  /** "Số:      /BC-STTTT": the number is given by the clerk when the report is registered. */
  numberLine: string;
  motto: [string, string];
  placeDate: string;
  type: string;
  summary: string;
  scopeLine: string;
  paragraphs: string[];
  tables: ReportTable[];
  recipients: string[];
  /** Left to fill by hand: who signs, with which authority, and their name. */
  signature: { title: string; note: string; name: string };
  /** For the file name and the PDF's metadata. */
  fileBase: string;
}

const BLANK = '\u00a0'.repeat(8);
const DOTS = '…'.repeat(18);
const text = (v: Cell) => (typeof v === 'number' ? formatCount(v) : isShare(v) ? formatShareOf(v) : (v ?? ''));
const isNumeric = (v: Cell | undefined) => typeof v === 'number' || isShare(v ?? null);

function table(section: Section, title: string, drop: string[] = []): ReportTable {
  const keep = section.headers.map((h, i) => [h, i] as const).filter(([h]) => !drop.includes(h));
  const pick = (row: Cell[]) => keep.map(([, i]) => row[i]);
  const sample = section.rows[0] ?? section.footer ?? [];
  return {
    title,
    headers: ['STT', ...keep.map(([h]) => h)],
    rows: section.rows.map((r, n) => [String(n + 1), ...pick(r).map(text)]),
    total: section.footer ? ['', ...pick(section.footer).map(text)] : undefined,
    numeric: [true, ...keep.map(([, i]) => isNumeric(sample[i]))],
  };
}

export function officialReport(o: Overview, period: ReportPeriod, madeAt: Date): OfficialReport {
  const range = o.kpis.range;
  const district = o.filter.district;
  const scope = district ? districtName(district) : `toàn tỉnh ${PROVINCE_NAME}`;
  const hideDistrict = district ? ['Huyện'] : [];
  const paragraphs = [
    `Sở Thông tin và Truyền thông báo cáo kết quả kiểm tra chứng nhận tiêm chủng vắc-xin phòng COVID-19 tại các chốt kiểm soát ${scope}, ${period.label.charAt(0).toLowerCase()}${period.label.slice(1)}, theo số liệu của Cổng kiểm soát chốt lập lúc ${formatDateTime(madeAt)}, như sau:`,
    totalsSentence(range),
    comparisonSentence(range),
  ];
  if (range.unfinished) paragraphs.push(`Kỳ báo cáo chưa kết thúc: số liệu tính đến ${formatDateTime(madeAt)}, chưa phải số cả kỳ.`);
  const tables = [
    table(districtSection(o.byDistrict, district), '1. Kết quả theo huyện', ['Mã']),
    table(dailySection(o.daily), '2. Kết quả theo ngày'),
    table(methodSection(o.byMethod), '3. Theo cách kiểm tra'),
    table(sourceSection(o.bySource), '4. Theo nguồn xuất trình'),
    table(evidenceSection(o.byEvidence), '5. Theo bằng chứng'),
    table(topSection(o.top), '6. Chốt có nhiều lượt kiểm tra nhất', ['Hạng', ...hideDistrict]),
    table(bottomSection(o.bottom), '7. Chốt có ít lượt kiểm tra nhất', ['Hạng', ...hideDistrict]),
    table(readinessSection(o.readiness.filter((r) => !district || r.districtCode === district)), '8. Mức sẵn sàng của chốt (hiện tại)', ['Mã']),
  ];
  return {
    parentBody: `UBND TỈNH ${PROVINCE_NAME.toUpperCase()}`,
    issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    numberLine: `Số:${BLANK}/BC-STTTT`,
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    placeDate: `${PROVINCE_NAME}, ngày${BLANK}tháng${BLANK}năm ${localDay(madeAt).slice(0, 4)}`,
    type: 'BÁO CÁO',
    summary: 'Kết quả kiểm tra chứng nhận tiêm chủng tại các chốt kiểm soát',
    scopeLine: `${period.label} – ${scope}`,
    paragraphs,
    tables,
    recipients: ['- UBND tỉnh (để báo cáo);', '- Công an tỉnh;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT, CNTT.'],
    signature: { title: DOTS, note: '(Quyền hạn, chức vụ; chữ ký, dấu)', name: DOTS },
    fileBase: `Báo cáo kiểm tra ${scope} ${period.from} đến ${period.to}`,
  };
}
