import type { DemoMaterial } from './comms-material-type';

const DEPARTMENT = 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi';
const NOT_ORIGINAL =
  'BẢN TÓM TẮT DO CỔNG THÔNG TIN BIÊN SOẠN — KHÔNG PHẢI VĂN BẢN GỐC. Nội dung được viết lại từ những gì công văn ngày 21/09/2021 của Sở TT&TT Quảng Ngãi nêu về văn bản này; muốn có bản gốc có chữ ký, đóng dấu, xin liên hệ Văn phòng Sở.';

// The letter of 21/09/2021 and the three documents it cites. We hold none of the originals:
// every file is a summary we wrote, and says so on its first and last lines.
export const DEMO_LETTERS: DemoMaterial[] = [
  {
    key: 'cong-van-2021-09-21',
    slug: 'cong-van-21-09-2021-ung-dung-cong-nghe-nhan-dien-tiem-chung',
    kind: 'official_letter',
    title: 'V/v tuyên truyền, hướng dẫn việc ứng dụng công nghệ trong nhận diện tiêm chủng vắc-xin phòng Covid-19',
    summary:
      'Đề nghị các sở, ban, ngành, hội, đoàn thể tỉnh, Công an tỉnh, UBND các huyện, thị xã, thành phố và các cơ quan báo chí tuyên truyền, hướng dẫn người dân các cách chứng nhận đã tiêm vắc-xin (Bluezone, Sổ sức khỏe điện tử, giấy chứng nhận) và cách chốt kiểm soát, tổ tuần tra kiểm tra chứng nhận.',
    body: [
      'Văn bản thực hiện Thông báo số 458/TB-UBND ngày 20/9/2021 của UBND tỉnh về kết luận của Chủ tịch UBND tỉnh tại cuộc họp chỉ đạo công tác phòng, chống dịch Covid-19.',
      'Với người dân: chứng nhận đã tiêm có thể thể hiện trên ứng dụng Bluezone (hướng dẫn mới nhất tại Công văn số 1088/STTT ngày 26/8/2021), trên ứng dụng Sổ sức khỏe điện tử (hướng dẫn tại Công văn số 1062/STTTT-TTBCXB ngày 23/8/2021), hoặc bằng giấy chứng nhận do cơ sở tiêm chủng cấp.',
      'Với chốt kiểm soát, tổ tuần tra: cần ít nhất 01 điện thoại thông minh kết nối 3G/4G, tạo mã QR địa điểm của chốt, và kiểm tra theo một trong các cách: xem trực tiếp chứng nhận; chốt quét mã QR của người dân; hoặc người dân quét mã QR dán tại chốt.',
      'Tổ chức thực hiện: sở, ngành, hội, đoàn thể quán triệt tới cán bộ, người lao động; Công an tỉnh và UBND cấp huyện chỉ đạo các chốt, tạo điều kiện thuận lợi nhất cho người dân lưu thông; UBND cấp huyện chỉ đạo Phòng VH&TT, Trung tâm TT-VH-TT, UBND cấp xã tuyên truyền; các cơ quan báo chí tiếp tục vận động cài đặt ứng dụng, khai báo trên Cổng thông tin tiêm chủng Covid-19 và nhắc thực hiện 5K.',
      'Đầu mối hỗ trợ: ông Nguyễn Quốc Huy Hoàng, Trưởng Phòng CNTT (0982.142.211); ông Nguyễn Công Nguyên, chuyên viên Phòng CNTT (0914.559.068).',
    ].join('\n\n'),
    documentNumber: null,
    issuedOn: '2021-09-21',
    issuer: DEPARTMENT,
    audiences: ['agency', 'district', 'checkpoint', 'press'],
    topics: ['bluezone', 'health_book', 'paper_certificate', 'checkpoint_qr', 'direction'],
    publishedAt: '2021-09-21T10:00:00+07:00',
    pdf: {
      fileName: 'Tóm tắt công văn ngày 21-09-2021 của Sở TT&TT Quảng Ngãi.pdf',
      disclaimer: 'BẢN TÓM TẮT DO CỔNG THÔNG TIN BIÊN SOẠN — KHÔNG PHẢI BẢN GỐC CÓ CHỮ KÝ, ĐÓNG DẤU. Nội dung được viết lại cho dễ đọc; khi cần căn cứ pháp lý, hãy dùng bản gốc do Văn phòng Sở phát hành.',
    },
  },
  {
    key: 'cong-van-1088-stt',
    slug: 'cong-van-1088-sttt-26-08-2021-ung-dung-bluezone',
    kind: 'official_letter',
    title: 'Công văn số 1088/STTT về triển khai ứng dụng Bluezone',
    summary:
      'Văn bản mới nhất (tính đến ngày 21/09/2021) trong loạt văn bản Sở TT&TT hướng dẫn triển khai ứng dụng Bluezone; được công văn ngày 21/09/2021 dẫn chiếu khi hướng dẫn người dân dùng Bluezone để chứng nhận đã tiêm vắc-xin.',
    body: [
      'Cổng không lưu bản gốc của văn bản này. Những gì biết được từ công văn ngày 21/09/2021: các nội dung, tài liệu về triển khai ứng dụng Bluezone đã được Sở hướng dẫn tại nhiều văn bản, mới nhất là Công văn số 1088/STTT ngày 26/8/2021.',
      'Theo hướng dẫn chung: người dân cài Bluezone, khai báo đầy đủ thông tin cá nhân; khi dữ liệu tiêm chủng đã cập nhật, ứng dụng hiện chứng nhận đã tiêm kèm số mũi và ngày tiêm.',
    ].join('\n\n'),
    documentNumber: '1088/STTT',
    issuedOn: '2021-08-26',
    issuer: DEPARTMENT,
    audiences: ['agency', 'district', 'citizen'],
    topics: ['bluezone', 'direction'],
    publishedAt: '2021-08-26T15:00:00+07:00',
    pdf: { fileName: 'Tóm tắt Công văn 1088-STTT ngày 26-08-2021.pdf', disclaimer: NOT_ORIGINAL },
  },
  {
    key: 'cong-van-1062-stttt-ttbcxb',
    slug: 'cong-van-1062-stttt-ttbcxb-23-08-2021-so-suc-khoe-dien-tu',
    kind: 'official_letter',
    title: 'Công văn số 1062/STTTT-TTBCXB về cài đặt, sử dụng và tuyên truyền Sổ sức khỏe điện tử',
    summary:
      'Hướng dẫn của Sở TT&TT về cài đặt, sử dụng và tuyên truyền ứng dụng Sổ sức khỏe điện tử, được công văn ngày 21/09/2021 dẫn chiếu cho cách chứng nhận tiêm chủng bằng Sổ sức khỏe điện tử.',
    body: [
      'Cổng không lưu bản gốc của văn bản này. Công văn ngày 21/09/2021 ghi rõ: nội dung về cài đặt, sử dụng và tuyên truyền Sổ sức khỏe điện tử đã được Sở TT&TT triển khai, hướng dẫn cụ thể tại Công văn số 1062/STTTT-TTBCXB ngày 23/8/2021.',
      'Tóm tắt cách dùng: cài ứng dụng Sổ sức khỏe điện tử trên điện thoại thông minh hoặc máy tính bảng, khai báo đầy đủ thông tin cá nhân; chứng nhận tiêm vắc-xin sẽ xuất hiện trong ứng dụng.',
    ].join('\n\n'),
    documentNumber: '1062/STTTT-TTBCXB',
    issuedOn: '2021-08-23',
    issuer: DEPARTMENT,
    audiences: ['agency', 'district', 'citizen', 'press'],
    topics: ['health_book', 'direction'],
    publishedAt: '2021-08-23T15:00:00+07:00',
    pdf: { fileName: 'Tóm tắt Công văn 1062-STTTT-TTBCXB ngày 23-08-2021.pdf', disclaimer: NOT_ORIGINAL },
  },
  {
    key: 'thong-bao-458-tb-ubnd',
    slug: 'thong-bao-458-tb-ubnd-20-09-2021',
    kind: 'official_letter',
    title: 'Thông báo số 458/TB-UBND: Kết luận của Chủ tịch UBND tỉnh tại cuộc họp chỉ đạo công tác phòng, chống dịch Covid-19',
    summary:
      'Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp chỉ đạo về công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh Quảng Ngãi; là căn cứ để Sở TT&TT ban hành công văn ngày 21/09/2021 về ứng dụng công nghệ trong nhận diện tiêm chủng.',
    body:
      'Cổng không lưu bản gốc của thông báo này và không tóm tắt các nội dung khác của nó. Công văn ngày 21/09/2021 của Sở TT&TT nêu thông báo này là căn cứ để các cơ quan, đơn vị, địa phương tuyên truyền, hướng dẫn việc ứng dụng công nghệ thông tin trong kiểm soát, xác nhận chứng nhận tiêm vắc-xin phòng Covid-19.',
    documentNumber: '458/TB-UBND',
    issuedOn: '2021-09-20',
    issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    audiences: ['agency', 'district'],
    topics: ['direction'],
    publishedAt: '2021-09-20T17:00:00+07:00',
    pdf: {
      fileName: 'Tóm tắt Thông báo 458-TB-UBND ngày 20-09-2021.pdf',
      disclaimer: NOT_ORIGINAL.replace('xin liên hệ Văn phòng Sở', 'xin liên hệ Văn phòng UBND tỉnh'),
    },
  },
];
