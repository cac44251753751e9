// The audit log in the words of the forms: what each recorded action, object type and field is
// called on the pages where people make those changes. Pure data, shared by page and CSV.

export const ACTION_LABELS: Record<string, string> = {
  'checkpoint.create': 'Thêm chốt kiểm soát',
  'checkpoint.update': 'Sửa chốt kiểm soát',
  'checkpoint.import': 'Nhập chốt từ CSV',
  'checkpoint.activate': 'Mở lại chốt',
  'checkpoint.pause': 'Tạm dừng chốt',
  'checkpoint.close': 'Đóng chốt',
  'poster.create': 'Tạo mã QR địa điểm',
  'poster.rotate': 'Đổi mã QR',
  'poster.generate': 'Tải áp phích',
  'poster.generate_batch': 'Tải áp phích hàng loạt',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.disable': 'Khoá tài khoản',
  'user.enable': 'Mở khoá tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'user.change_own_password': 'Tự đổi mật khẩu',
  'material.create': 'Thêm tài liệu',
  'material.update': 'Sửa tài liệu',
  'material.delete': 'Xoá tài liệu',
  'press_kit.create': 'Thêm bộ tài liệu báo chí',
  'press_kit.update': 'Sửa bộ tài liệu báo chí',
  'press_kit.delete': 'Xoá bộ tài liệu báo chí',
  'contact.create': 'Thêm liên hệ',
  'contact.update': 'Sửa liên hệ',
  'contact.delete': 'Xoá liên hệ',
  'letter.send': 'Gửi văn bản',
  'letter.reissue_link': 'Cấp lại liên kết văn bản',
  'letter.confirm': 'Xác nhận đã nhận văn bản',
  'letter.resend': 'Gửi lại văn bản qua e-mail',
  'letter.remind': 'Nhắc xác nhận văn bản qua e-mail',
  'letter.recipient_emails': 'Sửa địa chỉ e-mail đơn vị nhận',
  'subscription.unsubscribe': 'Huỷ nhận thư tài liệu mới',
  'rule.create': 'Thêm phiên bản quy tắc xác minh',
  'setting.update': 'Đổi cài đặt',
  'trust.import': 'Thêm chứng thư tin cậy',
  'trust.enable': 'Bật chứng thư tin cậy',
  'trust.disable': 'Tắt chứng thư tin cậy',
  'trust.source_update': 'Cấu hình nguồn danh sách tin cậy',
  'trust.sync': 'Đồng bộ danh sách tin cậy',
  'trust.sync_failed': 'Đồng bộ danh sách tin cậy thất bại',
  'passage.void': 'Huỷ lượt kiểm tra',
  'passage.purge': 'Xoá dữ liệu cá nhân quá hạn',
  'trace.lookup': 'Tra cứu vết',
};

export const ENTITY_LABELS: Record<string, string> = {
  checkpoint: 'Chốt kiểm soát',
  poster_batch: 'Áp phích hàng loạt',
  user: 'Tài khoản',
  material: 'Tài liệu',
  press_kit: 'Bộ tài liệu báo chí',
  contact: 'Liên hệ',
  letter_receipt: 'Đơn vị nhận văn bản',
  letter_recipient: 'Địa chỉ e-mail đơn vị nhận',
  subscriber: 'Người đăng ký nhận thư',
  verification_rule: 'Quy tắc xác minh',
  setting: 'Cài đặt',
  trusted_signer: 'Chứng thư tin cậy',
  trust_source: 'Nguồn danh sách tin cậy',
  passage: 'Lượt kiểm tra',
  person: 'Người được tra cứu',
};

// Field labels as the forms print them. A few fields mean something else per object type.
const FIELD_LABELS: Record<string, string> = {
  kind: 'Loại', name: 'Tên', districtCode: 'Huyện, thị xã, thành phố', communeCode: 'Xã, phường, thị trấn',
  address: 'Địa chỉ', latitude: 'Vĩ độ (GPS)', longitude: 'Kinh độ (GPS)', responsibleUnit: 'Đơn vị phụ trách',
  phone: 'Điện thoại', contactPhone: 'Điện thoại', smartphoneCount: 'Số điện thoại thông minh', hasMobileData: 'Kết nối 3G/4G',
  installedApps: 'Ứng dụng đã cài', status: 'Trạng thái', shiftNotes: 'Ghi chú ca trực', posterVersion: 'Phiên bản mã QR',
  manualCode: 'Mã nhập tay', number: 'Mã chốt số', size: 'Khổ giấy', format: 'Định dạng', count: 'Số áp phích',
  username: 'Tên đăng nhập', fullName: 'Họ và tên', role: 'Vai trò', email: 'Email', checkpointIds: 'Chốt được giao',
  disabledAt: 'Khoá từ', lastSignInAt: 'Đăng nhập lần cuối',
  title: 'Tiêu đề', summary: 'Trích yếu', documentNumber: 'Số hiệu', issuedOn: 'Ngày ban hành', issuer: 'Cơ quan ban hành',
  language: 'Ngôn ngữ', audiences: 'Đối tượng', topics: 'Chủ đề', publishedAt: 'Thời điểm đăng', videoUrl: 'Địa chỉ video',
  fileName: 'Tệp', fileMime: 'Kiểu tệp', fileSize: 'Dung lượng tệp',
  description: 'Mô tả', materialIds: 'Tài liệu trong bộ', unit: 'Đơn vị', notes: 'Ghi chú', position: 'Thứ tự hiển thị',
  note: 'Lời nhắn kèm theo', recipients: 'Đơn vị nhận', recipient: 'Đơn vị nhận', via: 'Cách xác nhận', confirmedAt: 'Xác nhận lúc',
  materialId: 'Văn bản',
  version: 'Phiên bản', effectiveFrom: 'Áp dụng từ', requiredDoses: 'Số mũi cần tiêm', singleDoseVaccines: 'Vắc-xin 1 mũi',
  daysAfterLastDose: 'Số ngày sau mũi cuối', validityDays: 'Thời hạn hiệu lực (ngày sau mũi cuối)',
  recoveryDays: 'Chấp nhận giấy khỏi bệnh trong (ngày)',
  days: 'Số ngày lưu', purged: 'Số lượt đã xoá dữ liệu cá nhân', retentionDays: 'Số ngày lưu', cutoff: 'Trước thời điểm',
  kid: 'Mã khoá (kid)', country: 'Quốc gia', algorithm: 'Thuật toán', subject: 'Chủ thể', notBefore: 'Hiệu lực từ',
  notAfter: 'Hiệu lực đến', enabled: 'Đang dùng',
  url: 'Địa chỉ nguồn', unsigned: 'Nguồn không ký', intervalHours: 'Chu kỳ đồng bộ (giờ)', keyFingerprint: 'Dấu vân tay khoá ký danh sách',
  host: 'Máy chủ nguồn', added: 'Số chứng thư thêm', removed: 'Số chứng thư gỡ', unchanged: 'Số chứng thư giữ nguyên',
  addedKids: 'Mã khoá thêm', removedKids: 'Mã khoá gỡ', keptApart: 'Mã khoá đã thêm tay (giữ nguyên)', ignored: 'Số mục bỏ qua', error: 'Lỗi',
  reason: 'Lý do tra cứu', passages: 'Số lượt tìm thấy', contacts: 'Số người liên quan',
  checkpointId: 'Chốt', method: 'Cách kiểm tra', source: 'Nguồn', evidence: 'Chứng cứ', result: 'Kết quả',
  vaccine: 'Vắc-xin', doses: 'Số mũi', lastDoseOn: 'Ngày tiêm mũi cuối', checkedAt: 'Thời điểm kiểm tra',
  voidedAt: 'Huỷ lúc', created: 'Số chốt thêm mới', updated: 'Số chốt cập nhật',
};

const FIELD_OVERRIDES: Record<string, Record<string, string>> = {
  checkpoint: { name: 'Tên chốt / tổ', phone: 'Điện thoại của chốt', kind: 'Loại' },
  material: { kind: 'Loại tài liệu' },
  press_kit: { title: 'Tên bộ tài liệu' },
};

// Bookkeeping the person never typed: shown nowhere in the log.
export const HIDDEN_FIELDS = new Set([
  'id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'tokenVersion', 'searchText', 'slug', 'fileKey', 'fileSha256',
  'subjectHash', 'posters', 'kidMatchesCertificate',
]);

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}

// jsonb keeps keys in its own order; changes are listed in the forms' order instead.
const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((k, i) => [k, i]));

export function fieldOrder(field: string): number {
  return FIELD_ORDER.get(field) ?? FIELD_ORDER.size;
}

export function fieldLabel(entityType: string, field: string): string {
  return FIELD_OVERRIDES[entityType]?.[field] ?? FIELD_LABELS[field] ?? field;
}
