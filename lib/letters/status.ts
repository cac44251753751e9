export type ReceiptStatus = 'sent' | 'opened' | 'confirmed';

export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, string> = {
  sent: 'Đã gửi, chưa mở',
  opened: 'Đã mở, chưa xác nhận',
  confirmed: 'Đã xác nhận',
};

export const CONFIRMED_VIA_LABELS: Record<string, string> = {
  link: 'Qua liên kết riêng',
  dashboard: 'Trên trang quản trị của huyện',
};

export function receiptStatus(r: { openedAt: Date | null; confirmedAt: Date | null }): ReceiptStatus {
  if (r.confirmedAt) return 'confirmed';
  return r.openedAt ? 'opened' : 'sent';
}

export const MAIL_STATUS_LABELS = {
  queued: 'Đang chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi e-mail',
  failed: 'Gửi e-mail thất bại',
  cancelled: 'Đã huỷ gửi',
} as const;
