import { DISTRICTS } from '@/lib/geo/districts';
import { slugify } from '@/lib/text/slug';
import type { RecipientListKey } from './labels';

export { LIST_LABELS, type RecipientListKey } from './labels';

export interface RecipientOption {
  key: string;
  name: string;
  list: RecipientListKey;
  group: string;
  /** District People's Committees and culture offices: that district's users may confirm. */
  districtCode: string | null;
}

export interface RecipientGroup {
  key: string;
  label: string;
  list: RecipientListKey;
  options: RecipientOption[];
}

// "Huyện Bình Sơn" → "huyện Bình Sơn", as it reads after "UBND" or "Phòng VH&TT".
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function group(key: string, label: string, list: RecipientListKey, names: string[]): RecipientGroup {
  return { key, label, list, options: names.map((name) => ({ key: `${key}:${slugify(name)}`, name, list, group: key, districtCode: null })) };
}

function districtGroup(key: string, label: string, list: RecipientListKey, prefix: string): RecipientGroup {
  return {
    key, label, list,
    options: DISTRICTS.map((d) => ({ key: `${key}:${d.code}`, name: `${prefix} ${lower(d.name)}`, list, group: key, districtCode: d.code })),
  };
}

/**
 * The letter of 21/09/2021's own lists: "Kính gửi" (asked to act) and "Nơi nhận" (for
 * information; "Như trên" is the first list again, "Lưu" is the sender's archive). The 13
 * district People's Committees and culture offices are tied to their district code.
 */
export const RECIPIENT_GROUPS: RecipientGroup[] = [
  group('departments', 'Các sở, ban, ngành tỉnh', 'to', [
    'Sở Nội vụ', 'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Giao thông vận tải', 'Sở Xây dựng', 'Sở Tài nguyên và Môi trường', 'Sở Lao động - Thương binh và Xã hội',
    'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Ngoại vụ',
    'Thanh tra tỉnh', 'Ban Dân tộc tỉnh', 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi',
    'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  ]),
  group('unions', 'Hội, đoàn thể tỉnh', 'to', [
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Liên đoàn Lao động tỉnh', 'Tỉnh Đoàn', 'Hội Liên hiệp Phụ nữ tỉnh',
    'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh',
  ]),
  group('police', 'Công an tỉnh', 'to', ['Công an tỉnh']),
  districtGroup('district-pc', 'UBND các huyện, thị xã, thành phố', 'to', 'UBND'),
  group('press', 'Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh', 'to', ['Báo Quảng Ngãi', 'Đài Phát thanh và Truyền hình tỉnh']),
  group('province', 'UBND tỉnh (báo cáo)', 'cc', ['UBND tỉnh']),
  group('business', 'Hội Doanh nghiệp tỉnh', 'cc', ['Hội Doanh nghiệp tỉnh']),
  districtGroup('culture-office', 'Phòng VH&TT các huyện, thị xã, thành phố', 'cc', 'Phòng Văn hóa và Thông tin'),
  group('department', 'Sở TT&TT: Lãnh đạo Sở, các phòng, Trung tâm CN TT&TT', 'cc', [
    'Lãnh đạo Sở TT&TT', 'Văn phòng Sở TT&TT', 'Phòng Công nghệ thông tin', 'Phòng Thông tin - Báo chí - Xuất bản',
    'Phòng Bưu chính, Viễn thông', 'Trung tâm Công nghệ thông tin và Truyền thông',
  ]),
];

const BY_KEY = new Map(RECIPIENT_GROUPS.flatMap((g) => g.options).map((o) => [o.key, o]));
const ORDER = new Map(RECIPIENT_GROUPS.flatMap((g) => g.options).map((o, i) => [o.key, i]));

export function recipientByKey(key: string): RecipientOption | undefined {
  return BY_KEY.get(key);
}

/** Sorts by the letter's own order: "Kính gửi" groups first, then "Nơi nhận". */
export function recipientOrder(key: string): number {
  return ORDER.get(key) ?? Number.MAX_SAFE_INTEGER;
}

export function groupLabel(key: string): string {
  return RECIPIENT_GROUPS.find((g) => g.key === key)?.label ?? key;
}
