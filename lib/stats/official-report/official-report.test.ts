import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { ForbiddenError } from '@/lib/auth/errors';
import { districtName } from '@/lib/geo/districts';
import { insertPassagesCounted } from '@/lib/passages/insert-rows';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { localDay, localHour } from '@/lib/text/format';
import { formatCount } from '../display';
import { formatShare } from '../percent';
import { loadOfficialReport } from './load';
import { officialReportDocx } from './docx';
import { officialReportPdf } from './pdf';

// November 2026 at two districts, read on 6 December: the report is a finished month.
useTestDatabase();
const NOW = new Date('2026-12-06T06:15:00+07:00');
const MONTH = { ky: 'thang', ngay: '2026-11-10' };
let admin: Actor;

async function checks(cp: { id: string; districtCode: string }, n: number, valid: number, day: string) {
  await insertPassagesCounted(getDb(), Array.from({ length: n }, (_, i) => {
    const checkedAt = new Date(`${day}T${String(7 + (i % 10)).padStart(2, '0')}:00:00+07:00`);
    return {
      checkpointId: cp.id, districtCode: cp.districtCode, method: 'direct' as const, source: 'paper' as const, evidence: 'officer_seen' as const,
      result: i < valid ? 'valid' as const : 'incomplete_doses' as const, ruleVersion: 1, checkedAt, receivedAt: checkedAt,
      localDay: localDay(checkedAt), localHour: localHour(checkedAt), idempotencyKey: crypto.randomUUID(),
    };
  }));
}

beforeAll(async () => {
  admin = await makeActor('admin');
  // 127/178 in Thành phố Quảng Ngãi and 33/49 in Mộ Đức: the shares the issue saw rounded twice.
  await checks(await makeCheckpoint('522', { name: 'Chốt cầu Trà Khúc' }), 178, 127, '2026-11-12');
  await checks(await makeCheckpoint('528', { name: 'Chốt Quốc lộ 1 Mộ Đức' }), 49, 33, '2026-11-20');
});

/** Text lines as pdftotext -layout keeps them: a row stays on one line when no cell wrapped. */
function pdfLines(pdf: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bao-cao-')), 'r.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

/** The paragraphs of a DOCX as text, and each table row's cells joined by " | ". */
function docxLines(docx: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
  const texts = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => texts(c[0])).join(' | '));
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => texts(m[0]));
  return [...paragraphs, ...rows].map((l) => l.replace(/\u00a0/g, ' '));
}

describe('the Decree 30 report', () => {
  it('PDF: heading block, a total row and the dashboard totals, with no row split across lines', async () => {
    const { overview, report } = await loadOfficialReport(admin, MONTH, NOW);
    const total = overview.kpis.range.current;
    expect(total.total).toBe(227);
    const lines = pdfLines(await officialReportPdf(report));
    const text = lines.join('\n');
    for (const must of ['UBND TỈNH QUẢNG NGÃI', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Nơi nhận:', 'Tháng 11/2026']) {
      expect(text).toContain(must);
    }
    expect(lines.some((l) => /^Số: .*\/BC-STTTT/.test(l) || /Số: \/BC-STTTT/.test(l))).toBe(true);
    expect(lines.some((l) => /Quảng Ngãi, ngày tháng năm 2026/.test(l))).toBe(true);
    expect(text).toContain(`có ${formatCount(total.total)} lượt kiểm tra`);
    const share = (a: number, b: number) => formatShare(a, b).replace(/\u00a0/g, ' ');
    const totalRow = lines.find((l) => l.startsWith('Tổng cộng'));
    expect(totalRow).toBe(`Tổng cộng ${formatCount(227)} ${formatCount(160)} ${share(160, 227)} 0 ${share(0, 227)}`);
    // Each district's row on one line, its share rounded once: 71,3 % and 67,3 %.
    expect(lines).toContain(`1 ${districtName('522')} 178 127 71,3 % 0 0,0 %`);
    expect(lines.find((l) => l.includes(districtName('528')) && l.includes('49'))).toContain('67,3 %');
  });

  it('DOCX: the same heading, total row and totals', async () => {
    const { report } = await loadOfficialReport(admin, MONTH, NOW);
    const lines = docxLines(await officialReportDocx(report));
    const text = lines.join('\n');
    for (const must of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'BÁO CÁO', 'Nơi nhận:', '/BC-STTTT']) {
      expect(text).toContain(must);
    }
    expect(lines.some((l) => /^Quảng Ngãi, ngày +tháng +năm 2026$/.test(l))).toBe(true);
    expect(text).toContain(`có ${formatCount(227)} lượt kiểm tra`);
    expect(lines).toContain(` | Tổng cộng | ${formatCount(227)} | ${formatCount(160)} | 70,5 % | 0 | 0,0 %`);
    expect(lines).toContain(`1 | ${districtName('522')} | 178 | 127 | 71,3 % | 0 | 0,0 %`);
  });

  it("a district user gets their district's report and cannot ask for another's", async () => {
    const district = await makeActor('district', { districtCode: '528' });
    const { report } = await loadOfficialReport(district, MONTH, NOW);
    expect(report.tables[0].rows).toHaveLength(1);
    expect(report.tables[0].total?.[2]).toBe('49');
    await expect(loadOfficialReport(district, { ...MONTH, district: '522' }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
