import type { Lang } from '@/lib/materials/catalog';

// The guidance of the letter of 21/09/2021, retold in plain words of our own, in both languages.
// Home and guidance pages show it; nothing here runs in the browser.

type Text = Record<Lang, string>;

export interface ProofWay {
  id: string;
  title: Text;
  short: Text;
  steps: Record<Lang, string[]>;
}

export const PROOF_WAYS: ProofWay[] = [
  {
    id: 'bluezone',
    title: { vi: 'Ứng dụng Bluezone', en: 'The Bluezone app' },
    short: { vi: 'Khai báo đủ thông tin cá nhân; mục “Đã tiêm vaccine” hiện số mũi và ngày tiêm.', en: 'Fill in your personal details; the “vaccinated” card shows your doses and dates.' },
    steps: {
      vi: [
        'Cài Bluezone trên điện thoại thông minh hoặc máy tính bảng.',
        'Khai báo đầy đủ họ tên, năm sinh, số CMND/CCCD/hộ chiếu và nơi ở.',
        'Khi dữ liệu tiêm đã được cập nhật, màn hình chính hiện “Đã tiêm vaccine – Mũi 2” kèm ngày giờ tiêm.',
        'Tới chốt, mở màn hình này cho cán bộ xem.',
      ],
      en: [
        'Install Bluezone on a smartphone or tablet.',
        'Enter your full name, year of birth, ID or passport number and address.',
        'Once your vaccination record is updated, the main screen shows “Vaccinated – dose 2” with the date and time.',
        'At the checkpoint, show this screen to the officer.',
      ],
    },
  },
  {
    id: 'pc_covid',
    title: { vi: 'Ứng dụng PC-Covid', en: 'The PC-Covid app' },
    short: { vi: 'Ứng dụng phòng, chống dịch quốc gia thay cho Bluezone; thông tin tiêm chủng hiện trong ứng dụng.', en: 'The national COVID-19 app that replaced Bluezone; your vaccination status is shown in the app.' },
    steps: {
      vi: [
        'Cài PC-Covid và đăng ký bằng số điện thoại của mình.',
        'Khai báo đúng thông tin cá nhân để ứng dụng tìm được dữ liệu tiêm chủng.',
        'Mở phần thông tin tiêm chủng và đưa cho cán bộ chốt xem.',
      ],
      en: [
        'Install PC-Covid and register with your own phone number.',
        'Enter your personal details correctly so the app can find your vaccination record.',
        'Open your vaccination information and show it to the checkpoint officer.',
      ],
    },
  },
  {
    id: 'health_book',
    title: { vi: 'Sổ sức khỏe điện tử', en: 'Electronic health book (Sổ sức khỏe điện tử)' },
    short: { vi: 'Cài ứng dụng, khai báo thông tin; chứng nhận tiêm vắc-xin hiện ngay trong sổ.', en: 'Install the app and fill in your details; your vaccination certificate appears in it.' },
    steps: {
      vi: [
        'Cài ứng dụng Sổ sức khỏe điện tử trên điện thoại hoặc máy tính bảng.',
        'Đăng ký và khai báo đầy đủ thông tin cá nhân.',
        'Chứng nhận tiêm vắc-xin hiện trong ứng dụng; mở ra cho cán bộ xem.',
      ],
      en: [
        'Install the Electronic health book app on a phone or tablet.',
        'Register and fill in all your personal details.',
        'Your vaccination certificate appears in the app; open it for the officer.',
      ],
    },
  },
  {
    id: 'paper',
    title: { vi: 'Giấy chứng nhận bản giấy', en: 'Paper certificate' },
    short: { vi: 'Giấy chứng nhận tiêm chủng do cơ sở tiêm chủng cấp.', en: 'The vaccination certificate issued on paper by the vaccination site.' },
    steps: {
      vi: ['Mang theo giấy chứng nhận tiêm chủng do cơ sở tiêm chủng cấp.', 'Đưa giấy cho cán bộ chốt xem số mũi và ngày tiêm.'],
      en: ['Carry the certificate your vaccination site gave you.', 'Show it to the officer, who checks the doses and dates.'],
    },
  },
  {
    id: 'vaccine_passport',
    title: { vi: 'Hộ chiếu vắc-xin (mã QR)', en: 'Vaccine passport (QR code)' },
    short: { vi: 'Chứng nhận tiêm chủng điện tử có mã QR; cán bộ quét để xác minh chữ ký số.', en: 'A digital vaccination certificate with a QR code; the officer scans it to verify its signature.' },
    steps: {
      vi: [
        'Mở mã QR hộ chiếu vắc-xin trên điện thoại, hoặc mang bản in.',
        'Cán bộ chốt quét mã; hệ thống kiểm tra chữ ký số và thông tin tiêm chủng.',
      ],
      en: ['Open your vaccine passport QR code on your phone, or bring a printout.', 'The officer scans it; the system checks the digital signature and the vaccination data.'],
    },
  },
];

export interface CheckMethod {
  id: string;
  title: Text;
  body: Text;
}

export const CHECK_METHODS: CheckMethod[] = [
  {
    id: 'direct',
    title: { vi: 'Kiểm tra trực tiếp', en: 'Direct look' },
    body: {
      vi: 'Cán bộ xem chứng nhận trên Bluezone, PC-Covid, Sổ sức khỏe điện tử hoặc giấy chứng nhận, rồi ghi nguồn, số mũi và ngày tiêm mũi cuối vào bàn kiểm soát.',
      en: 'The officer looks at the certificate in Bluezone, PC-Covid, the Electronic health book or on paper, then records the source, doses and last dose date on the console.',
    },
  },
  {
    id: 'officer_scan',
    title: { vi: 'Cán bộ quét mã QR của người dân', en: 'The officer scans the citizen’s QR' },
    body: {
      vi: 'Cán bộ quét mã QR hộ chiếu vắc-xin của người dân; máy chủ tự xác minh chữ ký số và kết quả.',
      en: 'The officer scans the citizen’s vaccine passport QR; the server itself verifies the digital signature and the result.',
    },
  },
  {
    id: 'citizen_scan',
    title: { vi: 'Người dân quét mã QR của chốt', en: 'The citizen scans the checkpoint’s QR' },
    body: {
      vi: 'Người dân mở camera hoặc Zalo, quét áp phích mã QR dán tại chốt, khai báo, rồi đưa màn hình kết quả cho cán bộ nhìn. Kết quả này ghi là “tự khai”.',
      en: 'The citizen opens the camera or Zalo, scans the QR poster at the checkpoint, fills in the form and shows the result screen to the officer. Such a result is marked “self-declared”.',
    },
  },
];

export const CHECKPOINT_NEEDS: Record<Lang, string[]> = {
  vi: [
    'Ít nhất 01 điện thoại thông minh có kết nối 3G/4G.',
    'Áp phích mã QR địa điểm của chốt (in từ trang quản trị), dán nơi người dân dễ quét; trên áp phích có mã chốt 6 ký tự để nhập tay.',
    'Tài khoản cán bộ chốt để ghi từng lượt kiểm tra; bàn kiểm soát vẫn chạy khi mất sóng và tự gửi lại khi có mạng.',
  ],
  en: [
    'At least one smartphone with a 3G/4G connection.',
    'The checkpoint’s location QR poster (printed from the admin pages), put up where people can scan it; it also shows a 6-character code to type in.',
    'An officer account to record each check; the console keeps working without signal and sends its queue when the network returns.',
  ],
};

export const VALIDITY_RULE: Text = {
  vi: 'Hợp lệ khi đã tiêm đủ liều (2 mũi; 1 mũi với vắc-xin một liều như Janssen) và mũi cuối đã qua 14 ngày, tính ngày tiêm là ngày 0: tiêm ngày 26/08 thì hợp lệ từ ngày 09/09. Quy định có thể được cập nhật; chốt kiểm soát áp dụng quy định đang có hiệu lực.',
  en: 'Valid when fully vaccinated (2 doses; 1 dose for a single-dose vaccine such as Janssen) and the last dose was at least 14 days ago, counting the dose day as day 0: a dose on 26/08 is valid from 09/09. The rule may be updated; checkpoints apply the rule in force.',
};

export const NATIONAL_PORTAL = 'https://tiemchungcovid19.gov.vn';
