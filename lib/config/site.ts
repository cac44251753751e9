// Public, non-secret settings shared by every face. Read from the environment at request time
// so one build serves any deployment.

export const DEPARTMENT_NAME = 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi';
export const DEPARTMENT_SHORT = 'Sở TT&TT Quảng Ngãi';
export const PROVINCE_NAME = 'Quảng Ngãi';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface SupportContact {
  name: string;
  title: string;
  phone: string;
}

// The letter's own support contacts, used when SUPPORT_LINE is not configured.
export const LETTER_SUPPORT_CONTACTS: SupportContact[] = [
  { name: 'Ông Nguyễn Quốc Huy Hoàng', title: 'Trưởng Phòng Công nghệ thông tin, Sở TT&TT', phone: '0982.142.211' },
  { name: 'Ông Nguyễn Công Nguyên', title: 'Chuyên viên Phòng CNTT, Sở TT&TT', phone: '0914.559.068' },
];

/** The support line printed in footers and on posters (a configured line is used as written). */
export function supportLine(lang: 'vi' | 'en' = 'vi'): string {
  const people = LETTER_SUPPORT_CONTACTS.map((c) => `${c.name.replace(/^Ông /, '')} ${c.phone}`).join(' · ');
  return process.env.SUPPORT_LINE?.trim() || `${lang === 'en' ? 'Support' : 'Hỗ trợ'}: ${people}`;
}

/** Digits only, for tel: links. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
