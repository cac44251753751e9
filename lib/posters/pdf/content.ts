import { DEPARTMENT_NAME, supportLine } from '@/lib/config/site';
import { communeName, districtName } from '@/lib/geo/districts';
import { formatDate } from '@/lib/text/format';
import { KIND_LABELS, type CheckpointKind } from '@/lib/checkpoints/labels';
import { formatManualCode } from '../manual-code';

/** Everything one poster prints, as final text: the layout only places it. */
export interface PosterContent {
  issuerParent: string;
  issuer: string;
  kind: string;
  name: string;
  place: string;
  purpose: string;
  url: string;
  steps: [string, string, string];
  alternative: string;
  manualCodeIntro: string;
  manualCode: string;
  support: string;
  versionLine: string;
  issuedBy: string;
}

export interface PosterSubject {
  number: number;
  kind: CheckpointKind;
  name: string;
  districtCode: string;
  communeCode: string | null;
  version: number;
  issuedAt: Date;
  manualCode: string;
}

// A passer-by reads the purpose first: the letter's checkpoints check COVID-19 vaccination.
export const POSTER_PURPOSE = 'Kiểm tra tiêm chủng vắc-xin COVID-19';

// Camera or Zalo opens any https link; Bluezone's scanner cannot open ours, so it is never named.
export const POSTER_STEPS: [string, string, string] = [
  '1. Mở camera hoặc Zalo trên điện thoại',
  '2. Quét mã QR này',
  '3. Khai báo mũi tiêm, đưa màn hình cho cán bộ',
];

// Scanning is a convenience, never a condition: the letter's other proofs stay valid at the checkpoint.
export const POSTER_ALTERNATIVE = 'Hoặc đưa cán bộ xem PC-Covid, Sổ sức khỏe điện tử hay giấy chứng nhận tiêm';

export function posterContent(subject: PosterSubject, links: { url: string; codeAddress: string }): PosterContent {
  const nfc = (s: string) => s.normalize('NFC');
  return {
    issuerParent: 'UBND TỈNH QUẢNG NGÃI',
    issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    kind: KIND_LABELS[subject.kind].toUpperCase(),
    name: nfc(subject.name),
    place: [communeName(subject.communeCode), districtName(subject.districtCode), 'tỉnh Quảng Ngãi'].filter(Boolean).join(', '),
    purpose: POSTER_PURPOSE,
    url: links.url,
    steps: POSTER_STEPS,
    alternative: POSTER_ALTERNATIVE,
    manualCodeIntro: `Không quét được mã? Vào ${links.codeAddress} và nhập mã:`,
    manualCode: formatManualCode(subject.manualCode),
    support: supportLine(),
    versionLine: `Mã chốt số ${subject.number} · Phiên bản ${subject.version} · Cấp ngày ${formatDate(subject.issuedAt)}`,
    issuedBy: `Đơn vị phát hành: ${DEPARTMENT_NAME}`,
  };
}
