// Demo checkpoints and patrol teams: the main roads into the province and each district centre.
// Communes are looked up by name within the district; Lý Sơn has none.
export interface DemoCheckpoint {
  name: string;
  kind: 'fixed' | 'patrol';
  districtCode: string;
  commune?: string;
  address: string;
  latitude?: number;
  longitude?: number;
  responsibleUnit: string;
  phone?: string;
  smartphoneCount: number;
  hasMobileData: boolean;
  installedApps: string[];
  status?: 'active' | 'paused' | 'closed';
  shiftNotes?: string;
}

const READY = { smartphoneCount: 2, hasMobileData: true, installedApps: ['bluezone', 'pc_covid', 'health_book'] };
const PARTIAL = { smartphoneCount: 1, hasMobileData: false, installedApps: ['bluezone'] };

export const DEMO_CHECKPOINTS: DemoCheckpoint[] = [
  { name: 'Chốt kiểm soát Dốc Sỏi', kind: 'fixed', districtCode: '524', commune: 'Bình Thạnh', address: 'Quốc lộ 1A, giáp ranh tỉnh Quảng Nam', latitude: 15.3956, longitude: 108.7248, responsibleUnit: 'Công an huyện Bình Sơn', phone: '0255.3851.113', ...READY, shiftNotes: 'Trực 3 ca, mỗi ca 4 người.' },
  { name: 'Tổ tuần tra Khu kinh tế Dung Quất', kind: 'patrol', districtCode: '524', commune: 'Bình Hiệp', address: 'Đường Võ Văn Kiệt, KKT Dung Quất', responsibleUnit: 'Công an huyện Bình Sơn', ...READY },
  { name: 'Chốt kiểm soát Châu Ổ', kind: 'fixed', districtCode: '524', commune: 'Châu Ổ', address: 'Ngã ba Châu Ổ, Quốc lộ 1A', responsibleUnit: 'UBND thị trấn Châu Ổ', ...PARTIAL, status: 'paused' },
  { name: 'Chốt kiểm soát Sa Huỳnh', kind: 'fixed', districtCode: '534', commune: 'Phổ Thạnh', address: 'Quốc lộ 1A, giáp ranh tỉnh Bình Định', latitude: 14.6694, longitude: 109.0653, responsibleUnit: 'Công an thị xã Đức Phổ', phone: '0255.3859.113', ...READY },
  { name: 'Tổ tuần tra phường Phổ Vinh', kind: 'patrol', districtCode: '534', commune: 'Phổ Vinh', address: 'Khu dân cư ven biển Phổ Vinh', responsibleUnit: 'Công an phường Phổ Vinh', ...PARTIAL },
  { name: 'Chốt kiểm soát cầu Trà Khúc', kind: 'fixed', districtCode: '522', commune: 'Trần Hưng Đạo', address: 'Đầu cầu Trà Khúc, đường Quang Trung', latitude: 15.1253, longitude: 108.8003, responsibleUnit: 'Công an thành phố Quảng Ngãi', ...READY },
  { name: 'Chốt kiểm soát cảng Sa Kỳ', kind: 'fixed', districtCode: '522', commune: 'Tịnh Kỳ', address: 'Cảng Sa Kỳ, xã Tịnh Kỳ', responsibleUnit: 'Đồn Biên phòng Sa Kỳ', ...READY },
  { name: 'Tổ tuần tra Quảng Phú', kind: 'patrol', districtCode: '522', commune: 'Quảng Phú', address: 'Khu công nghiệp Quảng Phú', responsibleUnit: 'Công an phường Quảng Phú', ...PARTIAL },
  { name: 'Chốt kiểm soát Trà Xuân', kind: 'fixed', districtCode: '525', commune: 'Trà Xuân', address: 'Quốc lộ 24C, thị trấn Trà Xuân', responsibleUnit: 'Công an huyện Trà Bồng', ...READY },
  { name: 'Chốt kiểm soát Tịnh Phong', kind: 'fixed', districtCode: '527', commune: 'Tịnh Phong', address: 'Quốc lộ 1A, KCN Tịnh Phong', responsibleUnit: 'Công an huyện Sơn Tịnh', ...READY },
  { name: 'Chốt kiểm soát La Hà', kind: 'fixed', districtCode: '528', commune: 'La Hà', address: 'Quốc lộ 1A, thị trấn La Hà', responsibleUnit: 'Công an huyện Tư Nghĩa', ...READY },
  { name: 'Chốt kiểm soát Sông Vệ', kind: 'fixed', districtCode: '528', commune: 'Sông Vệ', address: 'Cầu Sông Vệ, Quốc lộ 1A', responsibleUnit: 'Công an huyện Tư Nghĩa', ...PARTIAL },
  { name: 'Chốt kiểm soát Di Lăng', kind: 'fixed', districtCode: '529', commune: 'Di Lăng', address: 'Quốc lộ 24B, thị trấn Di Lăng', responsibleUnit: 'Công an huyện Sơn Hà', ...READY },
  { name: 'Tổ tuần tra Sơn Dung', kind: 'patrol', districtCode: '530', commune: 'Sơn Dung', address: 'Trung tâm huyện Sơn Tây', responsibleUnit: 'Công an huyện Sơn Tây', ...PARTIAL },
  { name: 'Chốt kiểm soát Long Hiệp', kind: 'fixed', districtCode: '531', commune: 'Long Hiệp', address: 'Tỉnh lộ 628, xã Long Hiệp', responsibleUnit: 'Công an huyện Minh Long', ...READY },
  { name: 'Chốt kiểm soát Chợ Chùa', kind: 'fixed', districtCode: '532', commune: 'Chợ Chùa', address: 'Tỉnh lộ 624, thị trấn Chợ Chùa', responsibleUnit: 'Công an huyện Nghĩa Hành', ...READY },
  { name: 'Chốt kiểm soát Thạch Trụ', kind: 'fixed', districtCode: '533', commune: 'Đức Lân', address: 'Quốc lộ 1A, xã Đức Lân', responsibleUnit: 'Công an huyện Mộ Đức', ...READY },
  { name: 'Chốt kiểm soát Ba Tơ', kind: 'fixed', districtCode: '535', commune: 'Ba Tơ', address: 'Quốc lộ 24, thị trấn Ba Tơ', responsibleUnit: 'Công an huyện Ba Tơ', ...PARTIAL },
  { name: 'Chốt kiểm soát cảng Lý Sơn', kind: 'fixed', districtCode: '536', address: 'Cảng Lý Sơn, đảo Lý Sơn', responsibleUnit: 'Công an huyện Lý Sơn', ...READY },
  { name: 'Chốt kiểm soát Thu Xà (cũ)', kind: 'fixed', districtCode: '528', commune: 'Nghĩa Hòa', address: 'Tỉnh lộ 623B', responsibleUnit: 'Công an huyện Tư Nghĩa', ...PARTIAL, status: 'closed' },
];
