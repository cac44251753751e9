import { describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, checkpoints } from '@/db/schema';
import { UserInputError } from '@/lib/auth/errors';
import { importCheckpointsCsv } from './import';
import { exportCheckpointsCsv } from './export';
import { readCsv, NOT_UTF8_MESSAGE } from './read';

const { db } = useTestDatabase();

const HEADER = 'Số hiệu;Loại;Tên chốt;Huyện/thị xã/thành phố;Xã/phường/thị trấn;Vĩ độ;Kinh độ;Số điện thoại thông minh;Kết nối 3G/4G;Ứng dụng đã cài;Trạng thái';
const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]));

async function refusal(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (error instanceof UserInputError) return { message: error.message, rows: error.fieldErrors.rows ?? [] };
    throw error;
  }
  throw new Error('expected a refusal');
}

const countNamed = async (prefix: string) => (await db().select().from(checkpoints).where(like(checkpoints.name, `${prefix}%`))).length;

describe('readCsv', () => {
  it('reads UTF-8 with and without BOM, separated by , or ;', () => {
    for (const [text, bom] of [['Tên chốt,Loại\nA,B\n', true], ['Tên chốt;Loại\r\nA;B\r\n', false]] as const) {
      const read = readCsv(utf8(text, bom));
      expect(read).toMatchObject({ ok: true, header: ['Tên chốt', 'Loại'], rows: [{ line: 2, cells: ['A', 'B'] }] });
    }
  });

  it('keeps quoted separators and counts lines for the report', () => {
    const read = readCsv(utf8('Tên chốt;Địa chỉ\n\n"Chốt A";"Thôn 1; xã B"\n'));
    expect(read).toMatchObject({ ok: true, rows: [{ line: 3, cells: ['Chốt A', 'Thôn 1; xã B'] }] });
  });

  it('refuses Windows-1258 / ANSI and UTF-16 files with a message naming "CSV UTF-8"', () => {
    const ansi = new Uint8Array([...Buffer.from('T'), 0xea, ...Buffer.from('n ch'), 0xf4, ...Buffer.from('t\n')]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('T\0e\0n\0', 'latin1')]);
    for (const bytes of [ansi, utf16]) {
      expect(readCsv(bytes)).toEqual({ ok: false, message: NOT_UTF8_MESSAGE });
    }
    expect(NOT_UTF8_MESSAGE).toContain('CSV UTF-8');
  });
});

describe('importCheckpointsCsv', () => {
  it('imports an Excel file (BOM, semicolons, Vietnamese values) and audits each row', async () => {
    const admin = await makeActor('admin');
    const file = [
      HEADER,
      ';Chốt kiểm soát;Nhập Thử Sa Kỳ;Thành phố Quảng Ngãi;Tịnh Kỳ;15,21;108,88;2;Có;"Bluezone, PC-Covid";Đang hoạt động',
      ';tổ tuần tra;Nhập Thử Lý Sơn;ly son;;;;1;khong;;Tạm dừng',
    ].join('\r\n');
    expect(await importCheckpointsCsv(admin, utf8(file, true))).toMatchObject({ created: 2, updated: 0, written: [expect.objectContaining({ name: expect.any(String) }), expect.anything()] });
    const [saKy] = await db().select().from(checkpoints).where(eq(checkpoints.name, 'Nhập Thử Sa Kỳ'));
    expect(saKy).toMatchObject({ kind: 'fixed', districtCode: '522', latitude: 15.21, longitude: 108.88, smartphoneCount: 2, hasMobileData: true, installedApps: ['bluezone', 'pc_covid'], status: 'active' });
    expect(saKy.communeCode).not.toBeNull();
    const [lySon] = await db().select().from(checkpoints).where(eq(checkpoints.name, 'Nhập Thử Lý Sơn'));
    expect(lySon).toMatchObject({ kind: 'patrol', districtCode: '536', communeCode: null, status: 'paused', hasMobileData: false });
    const actions = (await db().select().from(auditLogs).where(eq(auditLogs.actorId, admin.id))).map((e) => e.action).sort();
    expect(actions).toEqual(['checkpoint.create', 'checkpoint.create', 'checkpoint.import', 'checkpoint.pause']);
  });

  it('reports every bad row with its line and reason and writes nothing', async () => {
    const admin = await makeActor('admin');
    const file = [
      HEADER,
      ';Chốt kiểm soát;Lỗi Thử Một;Bình Sơn;;;;1;Có;Bluezone;',
      ';Trạm xăng;Lỗi Thử Hai;Bình Sơn;;;;1;Có;;',
      ';Chốt kiểm soát;Lỗi Thử Ba;Hội An;;;;1;Có;;',
      ';Chốt kiểm soát;Lỗi Thử Bốn;Bình Sơn;Phổ Thạnh;;;1;Có;;',
      ';Chốt kiểm soát;Lỗi Thử Năm;Bình Sơn;;15,2;;nhiều;chưa;Zalo;Mở',
      '999999;Chốt kiểm soát;Lỗi Thử Sáu;Bình Sơn;;;;1;Có;;',
      ';Chốt kiểm soát;;Bình Sơn;;;;1;Có;;',
      ';Chốt kiểm soát;Lỗi Thử Một;Bình Sơn;;;;1;Có;;',
    ].join('\n');
    const { message, rows } = await refusal(() => importCheckpointsCsv(admin, utf8(file)));
    expect(message).toBe('Tệp có 7 dòng lỗi nên chưa nhập dòng nào. Sửa các dòng dưới đây rồi tải lên lại.');
    expect(rows).toEqual([
      'Dòng 3: loại "Trạm xăng" không hợp lệ: ghi "Chốt kiểm soát" hoặc "Tổ tuần tra".',
      'Dòng 4: không có huyện, thị xã, thành phố "Hội An" trong tỉnh Quảng Ngãi.',
      'Dòng 5: không có xã, phường "Phổ Thạnh" thuộc Huyện Bình Sơn.',
      'Dòng 6: cột "Kết nối 3G/4G" ghi "Có" hoặc "Không", không phải "chưa".',
      'Dòng 6: không nhận ra ứng dụng "Zalo" (chỉ nhận Bluezone, PC-Covid, Sổ sức khỏe điện tử).',
      'Dòng 6: trạng thái "Mở" không hợp lệ: ghi "Đang hoạt động", "Tạm dừng" hoặc "Đã đóng".',
      'Dòng 6: cột "Số điện thoại thông minh": Số điện thoại thông minh phải là số nguyên từ 0 đến 50.',
      'Dòng 7: không có chốt số hiệu "999999" trong phạm vi bạn quản lý (để trống số hiệu để thêm chốt mới).',
      'Dòng 8: cột "Tên chốt": Nhập tên chốt (ít nhất 3 ký tự).',
      'Dòng 9: tên chốt "Lỗi Thử Một" lặp lại ở dòng trên trong cùng huyện.',
    ]);
    expect(await countNamed('Lỗi Thử')).toBe(0);
  });

  it('refuses unknown or missing header columns before reading rows', async () => {
    const admin = await makeActor('admin');
    const { rows } = await refusal(() => importCheckpointsCsv(admin, utf8('Tên;Quận;Màu\nA;B;C\n')));
    expect(rows[0]).toMatch(/^Dòng 1: không nhận ra cột "Quận", "Màu"\./);
    expect(rows[1]).toBe('Dòng 1: thiếu cột "Loại", "Huyện/thị xã/thành phố".');
  });

  it("a district user's rows for another district are refused, and nothing of the file is written", async () => {
    const district = await makeActor('district', { districtCode: '524' });
    const other = await makeCheckpoint('534', { name: 'Chốt Đức Phổ của huyện khác' });
    const file = [
      'Số hiệu,Loại,Tên chốt,Huyện/thị xã/thành phố',
      ',Chốt kiểm soát,Huyện Thử Hợp Lệ,Bình Sơn',
      ',Chốt kiểm soát,Huyện Thử Lấn Sân,Đức Phổ',
      `${other.number},Chốt kiểm soát,Đổi tên chốt của huyện khác,Bình Sơn`,
    ].join('\n');
    const { rows } = await refusal(() => importCheckpointsCsv(district, utf8(file)));
    expect(rows).toEqual([
      'Dòng 3: bạn chỉ quản lý chốt của Huyện Bình Sơn, không nhập được chốt thuộc Thị xã Đức Phổ.',
      `Dòng 4: không có chốt số hiệu "${other.number}" trong phạm vi bạn quản lý (để trống số hiệu để thêm chốt mới).`,
    ]);
    expect(await countNamed('Huyện Thử')).toBe(0);
    const [untouched] = await db().select().from(checkpoints).where(eq(checkpoints.id, other.id));
    expect(untouched.name).toBe('Chốt Đức Phổ của huyện khác');
  });

  it.each([['viewer', 'forbidden'], ['officer', 'forbidden'], ['police', 'allowed'], ['district', 'allowed']] as const)('%s importing is %s', async (role, expected) => {
    const actor = await makeActor(role);
    const file = `Loại,Tên chốt,Huyện/thị xã/thành phố\nChốt kiểm soát,Quyền Thử ${role},Bình Sơn\n`;
    expect(await outcomeOf(() => importCheckpointsCsv(actor, utf8(file)))).toBe(expected);
    expect(await countNamed(`Quyền Thử ${role}`)).toBe(expected === 'allowed' ? 1 : 0);
  });

  it('an exported file imports back as updates, not duplicates', async () => {
    const admin = await makeActor('admin');
    const cp = await makeCheckpoint('531', { name: 'Xuất Nhập Thử Long Hiệp', smartphoneCount: 1, installedApps: ['health_book'] });
    const exported = await exportCheckpointsCsv(admin, { q: 'xuat nhap thu' }, ';');
    expect(exported.startsWith('\uFEFFSố hiệu;Loại;Tên chốt;')).toBe(true);
    const edited = exported.replace('Xuất Nhập Thử Long Hiệp', 'Xuất Nhập Thử Long Hiệp Mới');
    expect(await importCheckpointsCsv(admin, utf8(edited))).toMatchObject({ created: 0, updated: 1, written: [expect.objectContaining({ id: expect.any(String) })] });
    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, cp.id));
    expect(row).toMatchObject({ name: 'Xuất Nhập Thử Long Hiệp Mới', smartphoneCount: 1, installedApps: ['health_book'], districtCode: '531' });
    expect(await countNamed('Xuất Nhập Thử')).toBe(1);
  });
});

describe('exportCheckpointsCsv', () => {
  it.each([['admin', true], ['police', true], ['viewer', true], ['district', false]] as const)('%s sees another district in the export: %s', async (role, seesOther) => {
    const other = await makeCheckpoint('534', { name: `Xuất Thử Đức Phổ ${role}` });
    const actor = await makeActor(role);
    const csv = await exportCheckpointsCsv(actor, {});
    expect(csv.includes(other.name)).toBe(seesOther);
  });

  it('defuses formulas a district user typed, and an export with them imports back unchanged', async () => {
    const admin = await makeActor('admin');
    const planted = ['=HYPERLINK("http://x","y")', '=1+1', '@SUM(1)', '+1+1', '-1+1'];
    for (const name of planted) await makeCheckpoint('531', { name, responsibleUnit: "=cmd|' /C calc'!A0" });
    const csv = await exportCheckpointsCsv(admin, {});
    const cells = (readCsv(utf8(csv)) as { rows: { cells: string[] }[] }).rows;
    const raw = csv.split('\r\n').flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).map((c) => c.replace(/^"|"$/g, ''));
    expect(raw.some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    // Read back (the import path), every planted value is what was typed.
    for (const name of planted) expect(cells.some(({ cells: row }) => row[2] === name && row[8] === "=cmd|' /C calc'!A0")).toBe(true);
  });

  it('searches with a NUL byte or a broken character in the words without failing', async () => {
    const admin = await makeActor('admin');
    await makeCheckpoint('531', { name: 'Tìm Thử Nul' });
    expect(await exportCheckpointsCsv(admin, { q: 'tim thu\u0000' })).toContain('Tìm Thử Nul');
    expect(await exportCheckpointsCsv(admin, { q: 'nul\ud800' })).toContain('Tìm Thử Nul');
  });

  it('is refused to officers and signed-out callers', async () => {
    const officer = await makeActor('officer');
    expect(await outcomeOf(() => exportCheckpointsCsv(officer, {}))).toBe('forbidden');
    expect(await outcomeOf(() => exportCheckpointsCsv(null, {}))).toBe('unauthenticated');
  });
});
