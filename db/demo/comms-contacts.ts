// Demo directory under the letter's two support contacts (which come from configuration).
// Numbers and addresses are placeholders: a deployment replaces them with the real ones.
interface DemoContact {
  key: string;
  kind: 'agency' | 'person';
  name: string;
  title?: string;
  unit?: string;
  phone?: string;
  email?: string;
  address?: string;
  position: number;
}

export const DEMO_CONTACTS: DemoContact[] = [
  { key: 'van-phong-so', kind: 'agency', name: 'Văn phòng Sở Thông tin và Truyền thông', unit: 'Sở TT&TT Quảng Ngãi', phone: '0255.3000.001', email: 'vanphong@stttt.quangngai.example', address: 'Thành phố Quảng Ngãi', position: 10 },
  { key: 'phong-cntt', kind: 'agency', name: 'Phòng Công nghệ thông tin', unit: 'Sở TT&TT Quảng Ngãi', phone: '0255.3000.002', email: 'cntt@stttt.quangngai.example', position: 20 },
  { key: 'phong-ttbcxb', kind: 'agency', name: 'Phòng Thông tin - Báo chí - Xuất bản', title: 'Đầu mối cho cơ quan báo chí', unit: 'Sở TT&TT Quảng Ngãi', phone: '0255.3000.003', email: 'baochi@stttt.quangngai.example', position: 30 },
  { key: 'cong-an-tinh', kind: 'agency', name: 'Phòng Tham mưu, Công an tỉnh', title: 'Đầu mối chỉ đạo chốt kiểm soát', unit: 'Công an tỉnh Quảng Ngãi', phone: '0255.3000.004', position: 40 },
  { key: 'cdc', kind: 'agency', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', title: 'Thông tin tiêm chủng', unit: 'Sở Y tế Quảng Ngãi', phone: '0255.3000.005', position: 50 },
  { key: 'bao-quang-ngai', kind: 'agency', name: 'Báo Quảng Ngãi', title: 'Ban Thư ký tòa soạn', phone: '0255.3000.006', email: 'toasoan@baoquangngai.example', position: 60 },
  { key: 'dai-ptth', kind: 'agency', name: 'Đài Phát thanh và Truyền hình tỉnh', title: 'Phòng Thời sự', phone: '0255.3000.007', position: 70 },
  { key: 'vhtt-binh-son', kind: 'agency', name: 'Phòng Văn hóa và Thông tin huyện Bình Sơn', unit: 'UBND huyện Bình Sơn', phone: '0255.3000.008', position: 80 },
  { key: 'vhtt-duc-pho', kind: 'agency', name: 'Phòng Văn hóa và Thông tin thị xã Đức Phổ', unit: 'UBND thị xã Đức Phổ', phone: '0255.3000.009', position: 90 },
];

export const DEMO_CONTACT_NOTE = 'Số điện thoại, email minh hoạ (dữ liệu mẫu).';
