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
  { href: '/quan-tri/chot-kiem-soat', label: 'Chốt kiểm soát', permission: 'checkpoints.view' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'users.view' },
  { href: '/quan-tri/tra-cuu', label: 'Tra cứu vết', permission: 'trace.lookup' },
  { href: '/quan-tri/quy-tac', label: 'Quy tắc xác minh', permission: 'rules.manage' },
  { href: '/quan-tri/cai-dat', label: 'Cài đặt', permission: 'settings.manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký thao tác', permission: 'audit.view' },
  { href: '/quan-tri/tai-khoan', label: 'Tài khoản của tôi', permission: 'account.self' },
];

export const PUBLIC_NAV = [
  { href: '/', label: 'Trang chủ' },
  { href: '/huong-dan', label: 'Hướng dẫn' },
  { href: '/tai-lieu', label: 'Tài liệu' },
  { href: '/lien-he', label: 'Liên hệ' },
];
