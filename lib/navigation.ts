import type { Permission } from '@/lib/auth/permissions';

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

// The admin face's menu. Each feature adds its entry here; the shell shows an entry only to
// roles holding its permission (and the page itself checks again).
export const ADMIN_NAV: NavItem[] = [
  { href: '/quan-tri', label: 'Tổng quan', permission: 'stats.view' },
  { href: '/quan-tri/bao-cao', label: 'Báo cáo thống kê', permission: 'stats.view' },
  { href: '/quan-tri/thong-ke', label: 'Số liệu theo địa bàn', permission: 'stats.view' },
  { href: '/quan-tri/canh-bao', label: 'Cảnh báo', permission: 'stats.view' },
  { href: '/quan-tri/chot-kiem-soat', label: 'Chốt kiểm soát', permission: 'checkpoints.view' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'users.view' },
  { href: '/quan-tri/tai-lieu', label: 'Tài liệu', permission: 'materials.view_admin' },
  { href: '/tai-lieu', label: 'Tài liệu', permission: 'materials.browse_public' },
  { href: '/quan-tri/bo-tai-lieu', label: 'Bộ tài liệu báo chí', permission: 'materials.view_admin' },
  { href: '/quan-tri/lien-he', label: 'Liên hệ', permission: 'contacts.manage' },
  { href: '/quan-tri/van-ban-gui', label: 'Văn bản gửi', permission: 'letters.manage' },
  { href: '/quan-tri/van-ban-den', label: 'Văn bản đến', permission: 'letters.confirm' },
  { href: '/quan-tri/tra-cuu', label: 'Tra cứu vết', permission: 'trace.lookup' },
  { href: '/quan-tri/quy-tac', label: 'Quy tắc xác minh', permission: 'rules.manage' },
  { href: '/quan-tri/danh-sach-tin-cay', label: 'Danh sách tin cậy', permission: 'trust.manage' },
  { href: '/quan-tri/cai-dat', label: 'Cài đặt', permission: 'settings.manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký thao tác', permission: 'audit.view' },
  { href: '/quan-tri/tai-khoan', label: 'Tài khoản của tôi', permission: 'account.self' },
];

export const PUBLIC_NAV = [
  { href: '/', label: 'Trang chủ' },
  { href: '/huong-dan', label: 'Hướng dẫn' },
  { href: '/tai-lieu', label: 'Tài liệu' },
  { href: '/so-lieu', label: 'Số liệu' },
  { href: '/lien-he', label: 'Liên hệ' },
];

export const PUBLIC_NAV_EN = [
  { href: '/en', label: 'Home' },
  { href: '/en/guidance', label: 'Guidance' },
  { href: '/en/materials', label: 'Materials' },
  { href: '/en/data', label: 'Data' },
  { href: '/en/contacts', label: 'Contacts' },
];
