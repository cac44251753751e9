import { CHECK_METHODS, CHECKPOINT_NEEDS, NATIONAL_PORTAL, PROOF_WAYS, VALIDITY_RULE } from '@/lib/guidance/content';
import type { DemoMaterial } from './comms-material-type';

const OURS = 'TÀI LIỆU MẪU DO CỔNG THÔNG TIN BIÊN SOẠN (DỮ LIỆU MINH HOẠ), dựa trên công văn ngày 21/09/2021 của Sở TT&TT Quảng Ngãi.';
const OURS_EN = 'SAMPLE MATERIAL WRITTEN BY THE PORTAL (DEMO DATA), based on the letter of 21/09/2021 of the Quảng Ngãi Department of Information and Communications.';

export function guideParagraphs(lang: 'vi' | 'en'): string[] {
  return [
    ...PROOF_WAYS.map((w, i) => `${i + 1}. ${w.title[lang]}: ${w.steps[lang].join(' ')}`),
    VALIDITY_RULE[lang],
    lang === 'vi' ? 'Chốt kiểm soát, tổ tuần tra cần:' : 'A checkpoint or patrol team needs:',
    ...CHECKPOINT_NEEDS[lang].map((n) => `• ${n}`),
    ...CHECK_METHODS.map((m, i) => `${lang === 'vi' ? 'Cách' : 'Way'} ${i + 1} — ${m.title[lang]}: ${m.body[lang]}`),
    `${lang === 'vi' ? 'Cổng thông tin tiêm chủng Covid-19' : 'National COVID-19 vaccination portal'}: ${NATIONAL_PORTAL}`,
  ];
}

async function reportTemplate(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Sở TT&TT Quảng Ngãi (dữ liệu mẫu)';
  const sheet = book.addWorksheet('Báo cáo chốt kiểm soát');
  sheet.addRow(['BIỂU MẪU BÁO CÁO TÌNH HÌNH TRIỂN KHAI TẠI CHỐT KIỂM SOÁT, TỔ TUẦN TRA (mẫu do cổng biên soạn)']).font = { bold: true };
  sheet.addRow(['Huyện/thị xã/thành phố:', '', 'Ngày báo cáo (dd/MM/yyyy):']);
  sheet.addRow([]);
  const header = sheet.addRow(['STT', 'Tên chốt / tổ tuần tra', 'Xã, phường, thị trấn', 'Số điện thoại thông minh', 'Có 3G/4G', 'Đã dán áp phích mã QR', 'Ứng dụng đã cài', 'Ghi chú']);
  header.font = { bold: true };
  for (let i = 1; i <= 10; i++) sheet.addRow([i]);
  sheet.columns.forEach((column, i) => { column.width = [6, 34, 24, 14, 10, 14, 28, 24][i]; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

// Campaign content of our own, so that the library shows every kind of material.
export const DEMO_CAMPAIGN: DemoMaterial[] = [
  {
    key: 'huong-dan-chung-nhan-tai-chot',
    slug: 'huong-dan-chung-nhan-tiem-chung-tai-chot-kiem-soat',
    kind: 'guide',
    title: 'Hướng dẫn chứng nhận tiêm chủng tại chốt kiểm soát, tổ tuần tra',
    summary: 'Năm cách người dân chứng minh đã tiêm vắc-xin, khi nào chứng nhận hợp lệ, chốt cần chuẩn bị gì và ba cách kiểm tra chứng nhận; viết bằng lời dễ hiểu để in, đăng và phát.',
    audiences: ['citizen', 'checkpoint', 'district', 'press'],
    topics: ['bluezone', 'pc_covid', 'health_book', 'paper_certificate', 'vaccine_passport', 'checkpoint_qr'],
    publishedAt: '2021-09-22T08:00:00+07:00',
    pdf: { fileName: 'Hướng dẫn chứng nhận tiêm chủng tại chốt kiểm soát.pdf', disclaimer: OURS },
  },
  {
    key: 'guide-en',
    slug: 'guide-proving-vaccination-at-checkpoints',
    kind: 'guide',
    language: 'en',
    title: 'Guide: proving COVID-19 vaccination at checkpoints (English)',
    summary: 'The five ways to prove vaccination, when a certificate is valid, what a checkpoint needs and its three ways to check, in English for visitors and foreign residents.',
    audiences: ['citizen', 'checkpoint'],
    topics: ['bluezone', 'pc_covid', 'health_book', 'vaccine_passport', 'checkpoint_qr'],
    publishedAt: '2021-09-22T08:30:00+07:00',
    pdf: { fileName: 'Guide - proving vaccination at checkpoints.pdf', disclaimer: OURS_EN },
  },
  {
    key: 'infographic-ba-cach-kiem-tra',
    slug: 'infographic-ba-cach-kiem-tra-chung-nhan-tai-chot',
    kind: 'infographic',
    title: 'Infographic: Ba cách kiểm tra chứng nhận tiêm chủng tại chốt kiểm soát',
    summary: 'Một trang ảnh (1080×1350) tóm tắt ba cách kiểm tra chứng nhận và những gì chốt cần chuẩn bị, để đăng trên trang tin, mạng xã hội và Zalo.',
    audiences: ['citizen', 'checkpoint', 'press'],
    topics: ['checkpoint_qr', 'vaccine_passport'],
    publishedAt: '2021-09-22T09:00:00+07:00',
    asset: { fileName: 'Infographic - Ba cách kiểm tra chứng nhận tại chốt.png', path: 'db/demo/assets/ba-cach-kiem-tra.png' },
  },
  {
    key: 'mau-ap-phich-quet-ma',
    slug: 'mau-ap-phich-quet-ma-qr-khai-bao-tai-chot',
    kind: 'poster_template',
    title: 'Mẫu áp phích: Quét mã QR để khai báo tại chốt kiểm soát',
    summary: 'Bố cục áp phích A4 dán tại chốt: ba bước “mở camera hoặc Zalo, quét mã, khai báo và đưa màn hình cho cán bộ”, ô mã QR và mã chốt. Áp phích thật của từng chốt được in từ trang quản trị.',
    audiences: ['checkpoint', 'district'],
    topics: ['checkpoint_qr'],
    publishedAt: '2021-09-22T09:30:00+07:00',
    pdf: { fileName: 'Mẫu áp phích quét mã QR tại chốt.pdf', disclaimer: OURS },
    body: [
      'QUÉT MÃ QR ĐỂ KHAI BÁO TẠI CHỐT KIỂM SOÁT',
      'Bước 1: Mở camera hoặc Zalo trên điện thoại.',
      'Bước 2: Quét mã QR bên dưới (không cần cài thêm ứng dụng).',
      'Bước 3: Khai báo và đưa màn hình kết quả cho cán bộ.',
      '[Ô mã QR, cạnh ít nhất 9 cm trên khổ A4 — mỗi chốt một mã riêng, in từ trang quản trị]',
      'Không quét được? Nhập mã chốt 6 ký tự tại trang /c của cổng.',
    ].join('\n\n'),
  },
  {
    key: 'thong-cao-bao-chi-2021-09-22',
    slug: 'thong-cao-bao-chi-ung-dung-cong-nghe-nhan-dien-tiem-chung',
    kind: 'press_release',
    title: 'Thông cáo báo chí: Quảng Ngãi hướng dẫn ứng dụng công nghệ nhận diện tiêm chủng tại chốt kiểm soát',
    summary: 'Thông cáo mẫu cho các cơ quan báo chí: nội dung chính của công văn ngày 21/09/2021, các cách người dân chứng nhận đã tiêm và cách chốt kiểm soát kiểm tra, kèm đầu mối liên hệ.',
    audiences: ['press'],
    topics: ['checkpoint_qr', 'prevention', 'direction'],
    publishedAt: '2021-09-22T10:00:00+07:00',
    pdf: { fileName: 'Thông cáo báo chí ngày 22-09-2021 (mẫu).pdf', disclaimer: OURS },
    body: [
      'Ngày 21/09/2021, Sở Thông tin và Truyền thông tỉnh Quảng Ngãi đề nghị các cơ quan, đơn vị, địa phương tuyên truyền, hướng dẫn việc ứng dụng công nghệ trong nhận diện tiêm chủng vắc-xin phòng Covid-19.',
      'Người dân có thể chứng nhận đã tiêm bằng ứng dụng Bluezone, Sổ sức khỏe điện tử hoặc giấy chứng nhận do cơ sở tiêm chủng cấp. Các chốt kiểm soát, tổ tuần tra kiểm tra trực tiếp hoặc qua mã QR, bảo đảm thuận lợi nhất cho người dân lưu thông.',
      'Các cơ quan báo chí được đề nghị tiếp tục vận động người dân cài đặt, sử dụng ứng dụng, khai báo trên Cổng thông tin tiêm chủng Covid-19, hạn chế ra khỏi nhà khi không cần thiết và thực hiện 5K.',
      'Đầu mối hỗ trợ: ông Nguyễn Quốc Huy Hoàng (0982.142.211), ông Nguyễn Công Nguyên (0914.559.068), Phòng Công nghệ thông tin, Sở TT&TT.',
    ].join('\n\n'),
  },
  {
    key: 'video-huong-dan-pc-covid',
    slug: 'video-huong-dan-su-dung-pc-covid',
    kind: 'video',
    title: 'Video hướng dẫn cài đặt và sử dụng PC-Covid (tìm trên YouTube)',
    summary: 'Liên kết tới kết quả tìm kiếm video hướng dẫn cài đặt, khai báo và xem thông tin tiêm chủng trên PC-Covid; hãy chọn video của cơ quan nhà nước hoặc báo chí chính thống.',
    audiences: ['citizen', 'press'],
    topics: ['pc_covid'],
    publishedAt: '2021-09-22T10:30:00+07:00',
    videoUrl: 'https://www.youtube.com/results?search_query=h%C6%B0%E1%BB%9Bng+d%E1%BA%ABn+s%E1%BB%AD+d%E1%BB%A5ng+PC-Covid',
  },
  {
    key: 'bieu-mau-bao-cao-chot',
    slug: 'bieu-mau-bao-cao-tinh-hinh-trien-khai-tai-chot-kiem-soat',
    kind: 'guide',
    title: 'Biểu mẫu báo cáo tình hình triển khai tại chốt kiểm soát, tổ tuần tra (XLSX)',
    summary: 'Bảng tính để UBND cấp huyện tổng hợp từng chốt: số điện thoại thông minh, kết nối 3G/4G, đã dán áp phích mã QR, ứng dụng đã cài.',
    audiences: ['district', 'checkpoint'],
    topics: ['checkpoint_qr'],
    publishedAt: '2021-09-22T11:00:00+07:00',
    asset: { fileName: 'Biểu mẫu báo cáo chốt kiểm soát.xlsx', make: reportTemplate },
  },
];
