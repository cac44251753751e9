// The words this page shows for a passage's method and result.
export const METHOD_WORDS = { direct: 'Cán bộ xem trực tiếp', officer_scan: 'Cán bộ quét mã', citizen_scan: 'Tự khai báo' } as const;
export const RESULT_WORDS = {
  valid: 'Hợp lệ', under_14_days: 'Chưa đủ 14 ngày', incomplete_doses: 'Chưa đủ mũi', expired: 'Hết hiệu lực',
  invalid_certificate: 'Chứng nhận không hợp lệ', unverified: 'Chưa xác minh',
} as const;
