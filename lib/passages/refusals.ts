// Why a check was not stored, with its HTTP status and the Vietnamese message the device shows.
// Pure, so the console can explain refused queue items with the same words.

export const REFUSALS = {
  invalid_input: { status: 400, message: 'Dữ liệu lượt kiểm tra chưa hợp lệ.' },
  checked_at_future: { status: 400, message: 'Giờ trên thiết bị nhanh hơn giờ máy chủ quá 5 phút. Hãy chỉnh lại giờ của điện thoại rồi gửi lại.' },
  checked_at_too_old: { status: 400, message: 'Lượt kiểm tra đã quá 7 ngày nên không được nhận.' },
  unauthenticated: { status: 401, message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại rồi gửi lại các lượt đang chờ.' },
  forbidden: { status: 403, message: 'Bạn không được giao chốt này nên không thể ghi lượt kiểm tra cho chốt.' },
  poster_malformed: { status: 400, message: 'Mã áp phích không đúng định dạng. Hãy quét lại mã QR trên áp phích của chốt.' },
  poster_forged: { status: 403, message: 'Mã áp phích không hợp lệ. Hãy quét mã QR trên áp phích chính thức của chốt.' },
  poster_revoked: { status: 410, message: 'Áp phích này đã được thay bằng áp phích mới. Hãy quét mã QR trên áp phích mới tại chốt.' },
  poster_unknown: { status: 404, message: 'Không tìm thấy chốt của mã áp phích này.' },
  checkpoint_not_accepting: { status: 409, message: 'Chốt này hiện không nhận khai báo. Vui lòng liên hệ cán bộ tại chốt.' },
  checkpoint_unknown: { status: 404, message: 'Không tìm thấy chốt kiểm soát này.' },
  certificate_unsupported: {
    status: 422,
    message: 'Máy chủ chưa kiểm tra được mã QR chứng nhận tiêm chủng. Hãy kiểm tra trực tiếp (xem ứng dụng hoặc giấy chứng nhận) và ghi lại theo cách đó.',
  },
  idempotency_conflict: { status: 409, message: 'Mã lượt kiểm tra này đã được dùng cho một lượt khác; lượt này không được lưu.' },
  rate_limited: { status: 429, message: 'Bạn gửi quá nhiều lượt trong thời gian ngắn. Vui lòng chờ một lát rồi thử lại.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type RefusalReason = keyof typeof REFUSALS;
