import type { Role } from '@/lib/auth/roles';

// Demo accounts, printed by `npm run demo` and listed in the README. One password for all, so a
// reviewer can try every role; a real deployment creates its own accounts and removes these.
export const DEMO_PASSWORD = 'Demo@2021';

export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  districtCode?: string;
  /** Officers: names of demo checkpoints they are assigned to. */
  checkpoints?: string[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị Sở TT&TT', role: 'admin' },
  { username: 'congan', fullName: 'Phòng Tham mưu Công an tỉnh', role: 'police' },
  { username: 'binhson', fullName: 'Phòng VH&TT huyện Bình Sơn', role: 'district', districtCode: '524' },
  { username: 'ducpho', fullName: 'Phòng VH&TT thị xã Đức Phổ', role: 'district', districtCode: '534' },
  { username: 'lanhdao', fullName: 'Văn phòng UBND tỉnh', role: 'viewer' },
  {
    username: 'canbo.binhson', fullName: 'Trần Văn Hùng', role: 'officer', districtCode: '524',
    checkpoints: ['Chốt kiểm soát Dốc Sỏi', 'Tổ tuần tra Khu kinh tế Dung Quất'],
  },
  {
    username: 'canbo.ducpho', fullName: 'Nguyễn Thị Lan', role: 'officer', districtCode: '534',
    checkpoints: ['Chốt kiểm soát Sa Huỳnh'],
  },
];
