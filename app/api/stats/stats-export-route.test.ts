import { beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { writeSamplePassages } from '@/lib/stats/test-helpers';
import { getOverview } from '@/lib/stats/overview';
import { parseStatsFilter } from '@/lib/stats/filter';
import { localDay } from '@/lib/text/format';

// The handlers resolve the session through getCurrentUser; here it answers the actor of the test.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => session.actor }));

const { GET: getCsv } = await import('./csv/route');
const { GET: getXlsx } = await import('./xlsx/route');

useTestDatabase();

let admin: Actor;
let binhSon: Actor;
const today = localDay(new Date());
const ctx = { params: Promise.resolve({}) };
const get = (handler: typeof getCsv, query: string, actor: Actor | null) => {
  session.actor = actor;
  return handler(new Request(`http://localhost/api/stats/x?${query}`), ctx);
};
const csvRows = async (res: Response): Promise<string[][]> => parse((await res.text()).replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });

beforeAll(async () => {
  const cps = await Promise.all(['524', '524', '534'].map((d) => makeCheckpoint(d)));
  const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
  admin = await makeActor('admin');
  binhSon = await makeActor('district', { districtCode: '524' });
  await writeSamplePassages(cps, officer, 11, 20);
});

describe('GET /api/stats/csv', () => {
  it('writes the view as CSV UTF-8 with a Vietnamese file name and the dashboard totals', async () => {
    const res = await get(getCsv, `to=${today}`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''Th%E1%BB%91ng%20k%C3%AA");
    const rows = await csvRows(res.clone());
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const o = await getOverview(admin, parseStatsFilter(admin, { to: today }));
    expect(o.kpis.range.current.total).toBeGreaterThan(0);
    expect(Number(rows.find((r) => r[0] === 'Khoảng đã chọn')![3])).toBe(o.kpis.range.current.total);
  });

  it("keeps a district user to its own district and refuses another district's", async () => {
    const own = await csvRows(await get(getCsv, '', binhSon));
    expect(own).toContainEqual(['Huyện', 'Huyện Bình Sơn']);
    const o = await getOverview(binhSon, parseStatsFilter(binhSon, {}));
    expect(Number(own.find((r) => r[0] === 'Khoảng đã chọn')![3])).toBe(o.kpis.range.current.total);
    const other = await get(getCsv, 'district=534', binhSon);
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ error: 'Bạn chỉ xem được số liệu của huyện mình.' });
  });

  it('refuses the signed-out (401) and officers (403)', async () => {
    expect((await get(getCsv, '', null)).status).toBe(401);
    expect((await get(getCsv, '', await makeActor('officer'))).status).toBe(403);
  });
});

describe('GET /api/stats/xlsx', () => {
  it('writes one sheet per section with the same totals', async () => {
    const res = await get(getXlsx, 'district=524', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toContain('Theo huyện');
    const o = await getOverview(admin, parseStatsFilter(admin, { district: '524' }));
    expect(book.getWorksheet('Tổng hợp')!.getRow(2).getCell(4).value).toBe(o.kpis.range.current.total);
    const districts = book.getWorksheet('Theo huyện')!;
    expect(districts.getRow(2).getCell(2).value).toBe('Huyện Bình Sơn');
    expect(districts.rowCount).toBe(2);
  });

  it("refuses a district user asking for another district's", async () => {
    expect((await get(getXlsx, 'district=534', binhSon)).status).toBe(403);
  });
});
