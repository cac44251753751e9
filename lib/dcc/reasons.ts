/**
 * Why a certificate QR failed, as a stable code for storage and statistics, with the
 * sentence an officer reads on the console. Codes are English; messages are Vietnamese.
 */
export type DccFailureReason =
  | 'bad_prefix'
  | 'bad_base45'
  | 'bad_zlib'
  | 'bad_cose'
  | 'bad_cbor'
  | 'bad_cwt'
  | 'missing_kid'
  | 'unknown_signer'
  | 'unsupported_algorithm'
  | 'bad_signature'
  | 'wrong_key_usage'
  | 'expired'
  | 'not_yet_valid'
  | 'schema_invalid';

export type DccReason = 'ok' | DccFailureReason;

export const REASON_MESSAGES: Readonly<Record<DccReason, string>> = {
  ok: 'Chứng nhận đã được xác thực: chữ ký đúng, còn hạn, đúng cấu trúc chuẩn',
  bad_prefix: 'Mã QR không phải chứng nhận COVID số (không bắt đầu bằng “HC1:”)',
  bad_base45: 'Mã QR bị lỗi: dữ liệu không đúng mã hoá Base45, hãy quét lại',
  bad_zlib: 'Mã QR bị lỗi: không giải nén được dữ liệu, hãy quét lại',
  bad_cose: 'Mã QR bị lỗi: không đọc được phần chữ ký số (COSE)',
  bad_cbor: 'Mã QR bị lỗi: không đọc được nội dung chứng nhận (CBOR)',
  bad_cwt: 'Nội dung chứng nhận thiếu thông tin bắt buộc (ngày cấp, ngày hết hạn hoặc dữ liệu chứng nhận)',
  missing_kid: 'Chứng nhận không ghi mã khoá ký, không xác định được cơ quan ký',
  unknown_signer: 'Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy',
  unsupported_algorithm: 'Chứng nhận dùng thuật toán ký không được hỗ trợ (chỉ chấp nhận ES256 và PS256)',
  bad_signature: 'Chữ ký số không khớp: chứng nhận có thể đã bị sửa đổi hoặc giả mạo',
  wrong_key_usage: 'Cơ quan ký không được phép cấp loại chứng nhận này',
  expired: 'Chứng nhận đã hết hạn',
  not_yet_valid: 'Chứng nhận chưa có hiệu lực: ngày cấp sau thời điểm kiểm tra (kiểm tra lại đồng hồ máy)',
  schema_invalid: 'Nội dung chứng nhận không đúng cấu trúc chuẩn EU DCC',
};

export function reasonMessage(reason: DccReason): string {
  return REASON_MESSAGES[reason];
}
