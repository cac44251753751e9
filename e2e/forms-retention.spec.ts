import { test, expect, type Page } from '@playwright/test';
import { storageStateOf, type RoleKey } from './support/roles';
import { createCheckpoint, uniqueName } from './support/checkpoints';
import { clickAndConfirm } from './support/confirm';
import { uniqueWord, uploadMaterial } from './support/comms';
import { apply, expectKept, type Fill } from './support/form-fill';
import { pdfBytes } from '../lib/testing/files';

// Every create/edit form: fill every field, make one invalid, submit. The server refuses, and
// every field (text, select, radio, checkbox group, chosen file) must still show what was entered.
// Passwords are never sent back (the password forms are covered by their error message only).

interface Case {
  name: string;
  role?: RoleKey;
  /**
   * The page of the form; may create what an edit form edits, and add fills that depend on it.
   * `within` names the form's card where the page holds several alike (one per letter).
   */
  open: (page: Page) => Promise<string | { url: string; extra?: Fill[]; within?: string }>;
  fills: Fill[];
  submit: string | ((page: Page) => Promise<void>);
  /** The refusal the invalid field must bring. */
  error: string;
}

const text = (label: string, value: string): Fill => ({ kind: 'text', label, value });
// The settings page holds several forms, each with its own "Lưu": press the one of the form that has this field.
const submitIn = (field: string, button: string) => (page: Page) =>
  page.locator('form', { has: page.getByLabel(field) }).getByRole('button', { name: button, exact: true }).click();
const select = (label: string, value: string): Fill => ({ kind: 'select', label, value });
const check = (group: string, label: string, on = true): Fill => ({ kind: 'check', group, label, on });
const pdf = (name: string): Fill => ({ kind: 'file', label: 'Tệp tài liệu', name, body: '%PDF-1.4 chưa kiểm tra' });

const at = (url: string) => async () => url;
const word = () => uniqueWord('giu');

async function newMaterial(page: Page, kind = 'guide') {
  const title = `Tài liệu giữ giá trị ${word()}`;
  const id = await uploadMaterial(page, {
    kind, title, status: 'published', audiences: ['Báo chí'],
    file: { name: `${title}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes(title)) },
    ...(kind === 'official_letter' ? { documentNumber: `${word().slice(-4)}/STTTT`, issuedOn: '2021-09-21', issuer: 'Sở TT&TT Quảng Ngãi' } : {}),
  });
  return { id, title };
}

/** Sends a fresh letter to these units (as the admin, whoever the test's user is); the links by unit. */
async function sendLetter(page: Page, recipients: string[]) {
  const admin = await page.context().browser()!.newContext({ storageState: storageStateOf('admin') });
  const adminPage = await admin.newPage();
  const letter = await newMaterial(adminPage, 'official_letter');
  await adminPage.goto('/quan-tri/van-ban-gui/moi');
  await adminPage.getByLabel('Văn bản cần gửi').selectOption(letter.id);
  for (const name of recipients) await adminPage.getByRole('checkbox', { name, exact: true }).check();
  await clickAndConfirm(adminPage, `Gửi tới ${recipients.length} đơn vị`);
  await expect(adminPage.getByText(`Đã gửi văn bản tới ${recipients.length} đơn vị.`)).toBeVisible();
  const links = Object.fromEntries(await Promise.all(recipients.map(async (name) =>
    [name, new URL((await adminPage.locator(`li[data-recipient="${name}"] [data-testid=issued-link-url]`).textContent())!).pathname] as const)));
  await admin.close();
  return { title: letter.title, links };
}

const CASES: Case[] = [
  {
    name: 'new account (admin)', open: at('/quan-tri/nguoi-dung/moi'), submit: 'Tạo tài khoản', error: 'Mật khẩu cần ít nhất 8 ký tự.',
    fills: [
      text('Tên đăng nhập', 'cb.giu.gia.tri'), text('Họ và tên', 'Trần Văn Giữ'), select('Vai trò', 'officer'),
      select('Huyện, thị xã, thành phố', '524'), check('Chốt được giao', 'Chốt kiểm soát Dốc Sỏi'),
      text('Điện thoại', '0905123456'), text('Email', 'giu@example.vn'), text('Mật khẩu ban đầu', 'ngan1'),
    ],
  },
  {
    name: 'new officer (district user, district fixed)', role: 'district', open: at('/quan-tri/nguoi-dung/moi'), submit: 'Tạo tài khoản', error: 'Email không hợp lệ.',
    fills: [
      text('Tên đăng nhập', 'cb.binhson.giu'), text('Họ và tên', 'Lê Thị Giữ'), select('Vai trò', 'officer'),
      check('Chốt được giao', 'Tổ tuần tra Khu kinh tế Dung Quất'), text('Điện thoại', '0905000111'), text('Email', 'khong-phai-email'),
    ],
  },
  {
    name: 'edit account', open: async (page) => {
      await page.goto('/quan-tri/nguoi-dung?q=canbo.ducpho');
      await page.getByRole('link', { name: 'canbo.ducpho', exact: true }).click();
      await page.waitForURL(/nguoi-dung\/[0-9a-f-]{36}/);
      return page.url();
    },
    submit: 'Lưu thay đổi', error: 'Số điện thoại không hợp lệ',
    fills: [text('Họ và tên', 'Cán bộ Đức Phổ Đổi Tên'), select('Vai trò', 'officer'), text('Email', 'doi@example.vn'), text('Điện thoại', 'abc')],
  },
  {
    name: 'new checkpoint', open: at('/quan-tri/chot-kiem-soat/moi'), submit: 'Thêm chốt', error: 'Kinh độ',
    fills: [
      check('Loại', 'Tổ tuần tra'), text('Tên chốt / tổ', uniqueName('Tổ giữ giá trị')), select('Huyện, thị xã, thành phố', '524'),
      select('Xã, phường, thị trấn', '21046'), text('Địa chỉ', 'Thôn Giữ, xã Bình Thạnh'), text('Vĩ độ (GPS)', '15,39'),
      text('Kinh độ (GPS)', 'không phải số'), text('Đơn vị phụ trách', 'Công an xã'), text('Điện thoại của chốt', '0255 3851 000'),
      text('Số điện thoại thông minh', '3'), check('Mức sẵn sàng theo hướng dẫn', 'Có kết nối 3G/4G'), check('Ứng dụng đã cài', 'PC-Covid'),
      text('Ghi chú ca trực', 'Ca sáng 6:00–14:00'),
    ],
  },
  {
    name: 'edit checkpoint', open: async (page) => {
      const { id } = await createCheckpoint(page, uniqueName('Chốt sửa giữ giá trị'));
      return `/quan-tri/chot-kiem-soat/${id}/sua`;
    },
    submit: 'Lưu thay đổi', error: 'Vĩ độ',
    fills: [
      text('Tên chốt / tổ', uniqueName('Chốt đổi tên')), select('Huyện, thị xã, thành phố', '534'), text('Vĩ độ (GPS)', '99,9'),
      check('Ứng dụng đã cài', 'PC-Covid', false), check('Mức sẵn sàng theo hướng dẫn', 'Có kết nối 3G/4G', false), text('Ghi chú ca trực', 'Đổi ca'),
    ],
  },
  {
    name: 'new material', open: at('/quan-tri/tai-lieu/moi'), submit: 'Thêm tài liệu', error: 'Nhập tiêu đề',
    fills: [
      select('Loại tài liệu', 'infographic'), text('Tiêu đề', ''), text('Tóm tắt', 'Tóm tắt đủ dài để được nhận.'), text('Số hiệu', '12/STTTT'),
      text('Nội dung chi tiết', 'Đoạn một.\n\nĐoạn hai.'), pdf('infographic-giu.pdf'), check('Dành cho', 'Báo chí'), check('Chủ đề', 'PC-Covid'),
      text('Chú thích ảnh', 'Cán bộ y tế tiêm cho người dân tại Bình Sơn'), text('Nguồn ảnh / tác giả', 'Ảnh: Báo Quảng Ngãi'),
      select('Ngôn ngữ', 'en'), select('Trạng thái', 'published'), text('Thời điểm đăng', '2031-01-02T08:30'),
    ],
  },
  {
    name: 'edit material', open: async (page) => `/quan-tri/tai-lieu/${(await newMaterial(page)).id}`, submit: 'Lưu thay đổi', error: 'Nhập tiêu đề',
    fills: [
      select('Loại tài liệu', 'press_release'), text('Tiêu đề', 'ab'), text('Tóm tắt', 'Tóm tắt mới đủ dài để nhận.'), check('Dành cho', 'Báo chí', false),
      check('Dành cho', 'Người dân'), check('Chủ đề', 'Phòng, chống dịch (5K)'), select('Trạng thái', 'draft'),
      text('Chú thích ảnh', 'Chú thích đã sửa'), text('Nguồn ảnh / tác giả', 'Ảnh: Sở TT&TT'),
    ],
  },
  {
    name: 'new press kit', open: async (page) => {
      const m = await newMaterial(page);
      return { url: '/quan-tri/bo-tai-lieu/moi', extra: [check('Tài liệu trong bộ', m.title)] };
    }, submit: 'Tạo bộ tài liệu', error: 'Nhập mô tả',
    fills: [text('Tên bộ tài liệu', `Bộ giữ giá trị ${word()}`), text('Mô tả', 'ngắn'), select('Trạng thái', 'published')],
  },
  {
    name: 'edit press kit', open: async (page) => {
      const m = await newMaterial(page);
      await page.goto('/quan-tri/bo-tai-lieu/moi');
      await page.getByLabel('Tên bộ tài liệu').fill(`Bộ để sửa ${word()}`);
      await page.getByLabel('Mô tả').fill('Mô tả đủ dài cho bộ tài liệu.');
      await page.getByRole('checkbox', { name: new RegExp(m.title) }).check();
      await page.getByRole('button', { name: 'Tạo bộ tài liệu' }).click();
      await page.waitForURL(/bo-tai-lieu\/[0-9a-f-]{36}/);
      return { url: page.url(), extra: [check('Tài liệu trong bộ', m.title)] };
    },
    submit: 'Lưu thay đổi', error: 'Nhập tên bộ tài liệu',
    fills: [text('Tên bộ tài liệu', 'x'), text('Mô tả', 'Mô tả mới cũng đủ dài.'), select('Trạng thái', 'archived')],
  },
  {
    name: 'new contact', open: at('/quan-tri/lien-he/moi'), submit: 'Thêm liên hệ', error: 'Số điện thoại không hợp lệ',
    fills: [
      select('Loại', 'person'), text('Tên', 'Bà Nguyễn Thị Giữ'), text('Chức vụ', 'Phó phòng'), text('Đơn vị', 'Sở TT&TT'),
      text('Điện thoại', 'abc'), text('Email', 'giu@quangngai.gov.vn'), text('Địa chỉ', '19 Hùng Vương'), text('Ghi chú', 'Giờ hành chính'),
      text('Thứ tự hiển thị', '5'),
    ],
  },
  {
    name: 'edit contact', open: async (page) => {
      await page.goto('/quan-tri/lien-he/moi');
      await page.getByLabel('Loại').selectOption('agency');
      await page.getByLabel('Tên').fill(`Cơ quan để sửa ${word()}`);
      await page.getByLabel('Email').fill('sua@example.vn');
      await page.getByRole('button', { name: 'Thêm liên hệ' }).click();
      await expect(page.getByText('Đã thêm liên hệ.')).toBeVisible();
      await page.getByRole('link', { name: /Cơ quan để sửa/ }).first().click();
      await page.waitForURL(/lien-he\/[0-9a-f-]{36}/);
      return page.url();
    },
    submit: 'Lưu thay đổi', error: 'Email không hợp lệ',
    fills: [select('Loại', 'person'), text('Chức vụ', 'Chánh văn phòng'), text('Email', 'sai'), text('Thứ tự hiển thị', '7')],
  },
  {
    name: 'send a letter', open: async (page) => {
      const letter = await newMaterial(page, 'official_letter');
      return { url: '/quan-tri/van-ban-gui/moi', extra: [select('Văn bản cần gửi', letter.id)] };
    },
    submit: (page) => clickAndConfirm(page, 'Gửi tới 2 đơn vị'), error: 'Lời nhắn quá dài',
    fills: [
      check('Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh', 'Báo Quảng Ngãi'), check('Công an tỉnh', 'Công an tỉnh'),
      text('Lời nhắn kèm theo', 'Quá dài. '.repeat(130)),
    ],
  },
  {
    name: 'new rule version', open: at('/quan-tri/quy-tac'), submit: 'Thêm phiên bản', error: 'Ghi căn cứ thay đổi',
    fills: [
      text('Áp dụng từ ngày', '2031-05-01'), text('Từ giờ (24 giờ)', '07:30'), text('Số mũi cần tiêm', '3'), text('Số ngày sau mũi cuối', '7'),
      text('Thời hạn hiệu lực (ngày sau mũi cuối)', '365'), text('Chấp nhận giấy khỏi bệnh trong (ngày)', '180'),
      text('Mã vắc-xin 1 mũi khác', 'EU/1/99/001'), text('Căn cứ thay đổi', 'ab'),
    ],
  },
  {
    name: 'retention setting', open: at('/quan-tri/cai-dat'), submit: submitIn('Số ngày lưu', 'Lưu'), error: 'ngày', fills: [text('Số ngày lưu', '5000')],
  },
  {
    name: 'alert thresholds', open: at('/quan-tri/cai-dat'), submit: submitIn('Số giờ im lặng', 'Lưu ngưỡng'), error: 'Dữ liệu chưa hợp lệ',
    fills: [
      text('Số giờ im lặng', '5'), text('Giờ thường hoạt động: số ngày', '6'), text('Tỉ lệ không hợp lệ tăng (điểm %)', '25'),
      text('Số lượt tối thiểu để so sánh', '30'), text('Danh sách tin cậy cũ sau (ngày)', '999'),
    ],
  },
  {
    name: 'reminder policy', open: at('/quan-tri/cai-dat'), submit: submitIn('Số lần nhắc tối đa', 'Lưu'), error: 'Dữ liệu chưa hợp lệ',
    fills: [text('Nhắc lần đầu sau (ngày làm việc)', '5'), text('Các lần nhắc cách nhau (ngày làm việc)', '4'), text('Số lần nhắc tối đa', '50')],
  },
  {
    name: 'trust list import', open: at('/quan-tri/danh-sach-tin-cay'), submit: 'Nhập vào danh sách', error: 'Không nhập được chứng thư nào',
    fills: [text('Hoặc dán nội dung', 'không phải chứng thư')],
  },
  {
    name: 'trust list source (signed)', open: at('/quan-tri/danh-sach-tin-cay'), submit: 'Lưu nguồn', error: 'Khoá công khai ký danh sách không đọc được',
    fills: [
      text('Địa chỉ danh sách', 'https://dgc.example.vn/trust-list'), text('Khoá công khai ký danh sách (PEM, ECDSA P-256)', '-----BEGIN PUBLIC KEY-----\nkhông phải khoá\n-----END PUBLIC KEY-----'),
      check('Nguồn không ký', 'Nguồn này phát danh sách JSON không có chữ ký', false), text('Đồng bộ mỗi (giờ)', '12'),
    ],
  },
  {
    name: 'trust list source (unsigned)', open: at('/quan-tri/danh-sach-tin-cay'), submit: 'Lưu nguồn', error: 'Nhiều nhất 168 giờ',
    fills: [
      text('Địa chỉ danh sách', 'https://dgc.example.vn/eu.json'), check('Nguồn không ký', 'Nguồn này phát danh sách JSON không có chữ ký'),
      text('Đồng bộ mỗi (giờ)', '500'),
    ],
  },
  {
    name: "a unit's e-mail addresses", open: at('/quan-tri/van-ban-gui/dia-chi-email'), submit: submitIn('Sở Tư pháp', 'Lưu'), error: 'Có địa chỉ e-mail không hợp lệ',
    fills: [text('Sở Tư pháp', 'vanthu@stp.quangngai.gov.vn, khong-phai-email')],
  },
  {
    name: "the recipient's link: who confirms", open: async (page) => (await sendLetter(page, ['Công an tỉnh'])).links['Công an tỉnh'],
    submit: 'Xác nhận đã nhận', error: 'Nhập chức vụ của người xác nhận.',
    fills: [text('Họ và tên người xác nhận', 'Nguyễn Văn Giữ'), text('Chức vụ', 'x')],
  },
  {
    name: "the district's incoming letter: who confirms", role: 'district', open: async (page) => {
      const { title } = await sendLetter(page, ['UBND huyện Bình Sơn']);
      return { url: '/quan-tri/van-ban-den', within: `li[data-letter="${title}"]` };
    },
    submit: 'Xác nhận đã nhận', error: 'Nhập họ và tên người xác nhận.',
    fills: [text('Họ và tên người xác nhận', 'A'), text('Chức vụ', 'Chánh Văn phòng UBND huyện')],
  },
  {
    name: 'trace look-up', role: 'police', open: at('/quan-tri/tra-cuu'), submit: 'Tra cứu', error: 'Lý do',
    fills: [check('Tra theo', 'Số CCCD/CMND'), text('Số cần tra', '051099000123'), text('Lý do tra cứu', '')],
  },
  {
    name: 'checkpoint CSV import', open: at('/quan-tri/chot-kiem-soat/nhap-csv'), submit: 'Kiểm tra và nhập', error: 'chưa nhập dòng nào',
    fills: [{ kind: 'file', label: 'Tệp CSV', name: 'chot-sai.csv', body: 'cot;khac\n1;2\n' }],
  },
];

for (const c of CASES) {
  test.describe(() => {
    test.use({ storageState: storageStateOf(c.role ?? 'admin') });
    test(`${c.name}: a refused submission keeps every field`, async ({ page }) => {
      const opened = await c.open(page);
      const { url, extra = [], within } = typeof opened === 'string' ? { url: opened } : opened;
      await page.goto(url);
      const form = within ? page.locator(within) : page;
      const fills = [...extra, ...c.fills];
      for (const fill of fills) await apply(form, fill);
      if (typeof c.submit === 'string') await form.getByRole('button', { name: c.submit, exact: true }).click();
      else await c.submit(page);
      await expect(page.locator('main [role=alert]').first()).toBeVisible();
      await expect(page.locator('main')).toContainText(c.error);
      for (const fill of fills) if (!(fill.kind === 'text' && /Mật khẩu/.test(fill.label))) await expectKept(form, fill);
    });
  });
}

test.describe('the admin-escalation report of issue 13', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('a refused new officer stays an officer; the role starts empty and is required', async ({ page, browser }) => {
    const username = `cb.leo${Date.now() % 1_000_000}`;
    await page.goto('/quan-tri/nguoi-dung/moi');
    const role = page.getByLabel('Vai trò');
    await expect(role).toHaveValue('');
    await expect(role).toHaveAttribute('required', '');
    await expect(role.locator('option:checked')).toHaveText('— Chọn —');

    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Họ và tên').fill('Cán bộ Leo Quyền');
    await role.selectOption({ label: 'Cán bộ chốt / tổ tuần tra' });
    await page.getByLabel('Huyện, thị xã, thành phố').selectOption({ label: 'Huyện Bình Sơn' });
    await page.getByRole('checkbox', { name: 'Chốt kiểm soát Dốc Sỏi' }).check();
    await page.getByLabel('Mật khẩu ban đầu').fill('12345');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();

    await expect(page.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeVisible();
    await expect(page.locator('main [aria-invalid=true]')).toHaveCount(1);
    await expect(role).toHaveValue('officer');
    await expect(page.getByLabel('Huyện, thị xã, thành phố')).toHaveValue('524');
    await expect(page.getByRole('checkbox', { name: 'Chốt kiểm soát Dốc Sỏi' })).toBeChecked();

    await page.getByLabel('Mật khẩu ban đầu').fill('MatKhau@2021');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();
    await expect(page.getByText(`${username} · Cán bộ chốt / tổ tuần tra`)).toBeVisible();
    await expect(page.getByLabel('Vai trò')).toHaveValue('officer');

    const officer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const officerPage = await officer.newPage();
    await officerPage.goto('/dang-nhap');
    await officerPage.getByLabel('Tên đăng nhập').fill(username);
    await officerPage.getByLabel('Mật khẩu').fill('MatKhau@2021');
    await officerPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(officerPage).toHaveURL(/\/chot$/);
    // Not an admin: the user pages are refused and the admin menu entries are absent.
    expect((await officerPage.goto('/quan-tri/nguoi-dung'))?.status()).toBe(403);
    await expect(officerPage.getByRole('link', { name: 'Người dùng', exact: true })).toHaveCount(0);
    await officer.close();
  });
});
