import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { contacts, letterReceipts, materials } from '@/db/schema';
import { MATERIAL_KINDS } from '@/lib/materials/catalog';
import { getPublicPressKit } from '@/lib/press-kits/queries';
import { listPublicMaterials } from '@/lib/materials/public-queries';
import { seedDemoComms } from './seed-comms';

const { db } = useTestDatabase();
const uploads = useTempUploads();

describe('comms demo data', () => {
  it('fills the library with every kind, each file passing our own content check, and is idempotent', async () => {
    await seedDemoComms(db());
    await seedDemoComms(db());
    const rows = await db().select().from(materials);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(MATERIAL_KINDS));
    expect(rows.map((r) => r.documentNumber)).toEqual(expect.arrayContaining(['1088/STTT', '1062/STTTT-TTBCXB', '458/TB-UBND']));
    const withFiles = rows.filter((r) => r.fileKey);
    expect(uploads.files()).toHaveLength(withFiles.length);
    expect(new Set(withFiles.map((r) => r.fileMime))).toEqual(new Set(['application/pdf', 'image/png', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']));
    expect((await db().select().from(contacts)).length).toBeGreaterThan(5);
    expect((await db().select().from(letterReceipts)).length).toBeGreaterThan(40);
    const kit = await getPublicPressKit('nhan-dien-tiem-chung-tai-chot-kiem-soat');
    expect(kit?.items).toHaveLength(6);
    expect((await listPublicMaterials({ q: 'so suc khoe dien tu 1062' })).total).toBeGreaterThan(0);
  });

  it('says on each summary PDF that it is not the original document', async () => {
    const [letter] = (await db().select().from(materials)).filter((r) => r.documentNumber === '1088/STTT');
    const file = path.join(uploads.dir, letter.fileKey!.slice(0, 2), letter.fileKey!);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('KHÔNG PHẢI VĂN BẢN GỐC');
    expect(text).toContain('1088/STTT');
    expect(fs.statSync(file).size).toBe(letter.fileSize);
  });
});
