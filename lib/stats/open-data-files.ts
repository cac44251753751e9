import { districtName } from '@/lib/geo/districts';
import { toCsv, type SheetValue } from '@/lib/text/spreadsheet';
import { downloadHeaders } from '@/lib/http/download';
import { formatShare } from './percent';
import { OPEN_DATA_LICENCE, type OpenData } from './open-data';

// The downloadable forms of the open data. The CSVs are "CSV UTF-8" through the one spreadsheet
// writer; shares are written as the dashboard writes them, next to the counts they come from.

export const OPEN_DATA_FILES = {
  districts: 'so-lieu-theo-huyen.csv',
  daily: 'so-lieu-theo-ngay.csv',
  json: 'so-lieu.json',
} as const;

const licenceLine = (data: OpenData): SheetValue[] => [
  `Giấy phép ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url}), ghi nguồn: ${OPEN_DATA_LICENCE.attribution}. Cập nhật: ${data.generatedAt}. Kỳ: ${data.period.from} đến ${data.period.to}.`,
];

export function districtsCsv(data: OpenData): string {
  const p = data.province;
  return toCsv([
    licenceLine(data),
    ['Mã huyện', 'Huyện', 'Chốt kiểm soát', 'Chốt sẵn sàng', 'Tỷ lệ sẵn sàng', 'Lượt kiểm tra', 'Lượt hợp lệ', 'Tỷ lệ hợp lệ'],
    ...data.districts.map((d) => [
      d.districtCode, d.districtName, d.checkpoints, d.readyCheckpoints, formatShare(d.readyCheckpoints, d.checkpoints),
      d.checks, d.validChecks, formatShare(d.validChecks, d.checks),
    ]),
    ['', 'Toàn tỉnh', p.checkpoints, p.readyCheckpoints, formatShare(p.readyCheckpoints, p.checkpoints), p.checks, p.validChecks, formatShare(p.validChecks, p.checks)],
  ]);
}

export function dailyCsv(data: OpenData): string {
  return toCsv([
    licenceLine(data),
    ['Ngày', 'Mã huyện', 'Huyện', 'Lượt kiểm tra', 'Lượt hợp lệ', 'Tỷ lệ hợp lệ'],
    ...data.dailyByDistrict.map((r) => [r.day, r.districtCode, districtName(r.districtCode), r.checks, r.validChecks, formatShare(r.validChecks, r.checks)]),
  ]);
}

/** The JSON file: the same figures with their licence, period and reading time; counts only. */
export function openDataJson(data: OpenData) {
  return {
    title: 'Số liệu kiểm tra chứng nhận tiêm chủng tại chốt kiểm soát — tỉnh Quảng Ngãi',
    licence: OPEN_DATA_LICENCE,
    generatedAt: data.generatedAt,
    period: data.period,
    notes: 'checks = lượt kiểm tra (không tính lượt đã hủy); validChecks = lượt hợp lệ; readyCheckpoints = chốt đủ điều kiện theo công văn (điện thoại thông minh, dữ liệu di động, áp phích mã QR, ứng dụng).',
    province: data.province,
    districts: data.districts,
    daily: data.daily,
    dailyByDistrict: data.dailyByDistrict,
  };
}

/** Headers for every open-data file: cacheable for five minutes by anyone, from any site. */
export function openDataHeaders(fileName: string): HeadersInit {
  return downloadHeaders(fileName, { cacheControl: 'public, max-age=300, stale-while-revalidate=60', headers: { 'Access-Control-Allow-Origin': '*' } });
}
