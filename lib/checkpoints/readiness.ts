// The letter's checklist for a checkpoint or patrol team: at least one smartphone, 3G/4G, a
// location QR created (a poster version exists) and a checking app installed. One definition,
// used by pages and exports; `readySql` in queries.ts is the same rule for filters and counts.
export interface ReadinessFacts {
  smartphoneCount: number;
  hasMobileData: boolean;
  posterVersion: number;
  installedApps: string[];
}

export function readinessOf(c: ReadinessFacts) {
  const items = {
    smartphone: c.smartphoneCount >= 1,
    mobileData: c.hasMobileData,
    locationQr: c.posterVersion >= 1,
    apps: c.installedApps.length >= 1,
  };
  return { ...items, ready: Object.values(items).every(Boolean) };
}

export const READINESS_ITEMS = [
  ['smartphone', 'Có ít nhất 01 điện thoại thông minh'],
  ['mobileData', 'Có kết nối 3G/4G'],
  ['locationQr', 'Đã tạo mã QR địa điểm'],
  ['apps', 'Đã cài ứng dụng kiểm tra'],
] as const;
