import type { CheckEvidence, CheckResult, CheckSource } from './types';

// Vietnamese words for the passage vocabulary, shared by the console, the citizen page and lists.

export const SOURCE_LABELS: Record<CheckSource, string> = {
  bluezone: 'Bluezone',
  pc_covid: 'PC-Covid',
  health_book: 'Sổ sức khỏe điện tử',
  paper: 'Giấy chứng nhận',
  vaccine_passport: 'Hộ chiếu vắc-xin',
  none: 'Không có chứng nhận',
};

export const SOURCES = Object.keys(SOURCE_LABELS) as CheckSource[];

export const EVIDENCE_LABELS: Record<CheckEvidence, string> = {
  self_declared: 'tự khai',
  officer_seen: 'cán bộ xem',
  certificate_checked: 'đã kiểm chứng nhận',
};

export type ResultTone = 'pass' | 'wait' | 'fail' | 'unknown';

/** Words, an icon and a tone for each result: colour is never the only signal. */
export const RESULT_DISPLAY: Record<CheckResult, { title: string; detail: string; icon: string; tone: ResultTone }> = {
  valid: { title: 'HỢP LỆ', detail: 'Đã tiêm đủ mũi và qua 14 ngày sau mũi cuối.', icon: '✓', tone: 'pass' },
  under_14_days: { title: 'CHƯA ĐỦ 14 NGÀY', detail: 'Đã tiêm đủ mũi nhưng mũi cuối chưa qua 14 ngày.', icon: '!', tone: 'wait' },
  incomplete_doses: { title: 'CHƯA ĐỦ MŨI', detail: 'Chưa tiêm đủ số mũi của loại vắc-xin.', icon: '✕', tone: 'fail' },
  expired: { title: 'HẾT HIỆU LỰC', detail: 'Chứng nhận đã quá thời hạn có giá trị.', icon: '✕', tone: 'fail' },
  invalid_certificate: { title: 'CHỨNG NHẬN KHÔNG HỢP LỆ', detail: 'Mã chứng nhận sai định dạng, sai chữ ký hoặc không rõ nơi cấp.', icon: '✕', tone: 'fail' },
  unverified: { title: 'CHƯA XÁC MINH', detail: 'Không có chứng nhận để kiểm tra.', icon: '?', tone: 'unknown' },
};

/** Background and text classes per tone, with contrast ≥ 4.5:1 for large white text. */
export const TONE_CLASSES: Record<ResultTone, string> = {
  pass: 'bg-green-700 text-white',
  wait: 'bg-amber-300 text-slate-950',
  fail: 'bg-red-700 text-white',
  unknown: 'bg-slate-700 text-white',
};
