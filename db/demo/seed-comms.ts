import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { contacts, letterReceipts, materials, pressKitItems, pressKits } from '../schema';
import { getStorage, newStorageKey } from '@/lib/storage';
import { detectFileType, FILE_TYPES } from '@/lib/materials/file-types';
import { KIND_LABELS } from '@/lib/materials/catalog';
import { materialSearchText } from '@/lib/materials/search-text';
import { RECIPIENT_GROUPS } from '@/lib/letters/recipients';
import { hashReceiptToken, newReceiptToken } from '@/lib/letters/tokens';
import { formatDate } from '@/lib/text/format';
import { stableId } from './stable-id';
import type { DemoMaterial } from './comms-material-type';
import { DEMO_LETTERS } from './comms-letters';
import { DEMO_CAMPAIGN, guideParagraphs } from './comms-campaign';
import { DEMO_CONTACT_NOTE, DEMO_CONTACTS } from './comms-contacts';
import { renderSummaryPdf } from './summary-pdf';

const DEMO_MATERIALS = [...DEMO_LETTERS, ...DEMO_CAMPAIGN];

async function fileOf(m: DemoMaterial): Promise<{ name: string; bytes: Buffer } | null> {
  if (m.pdf) {
    const paragraphs = m.key === 'huong-dan-chung-nhan-tai-chot' ? guideParagraphs('vi') : m.key === 'guide-en' ? guideParagraphs('en') : [m.summary, ...(m.body?.split('\n\n') ?? [])];
    const meta = [m.documentNumber && `Số hiệu: ${m.documentNumber}`, m.issuedOn && `Ngày ban hành: ${formatDate(m.issuedOn)}`, m.issuer && `Cơ quan ban hành: ${m.issuer}`].filter((x): x is string => !!x);
    const bytes = await renderSummaryPdf({ heading: KIND_LABELS[m.kind][m.language ?? 'vi'], title: m.title, meta, paragraphs, disclaimer: m.pdf.disclaimer });
    return { name: m.pdf.fileName, bytes };
  }
  if (m.asset?.path) return { name: m.asset.fileName, bytes: fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), m.asset.path)) };
  if (m.asset?.make) return { name: m.asset.fileName, bytes: await m.asset.make() };
  return null;
}

/** Writes a demo file under `key` (a new random one unless re-creating a lost file). */
async function storeDemoFile(m: DemoMaterial, key = newStorageKey()) {
  const file = await fileOf(m);
  if (!file) return {};
  const type = detectFileType(file.bytes);
  if (!type) throw new Error(`Demo file for ${m.key} is not an accepted type`);
  await getStorage().put(key, file.bytes);
  return {
    fileKey: key, fileName: file.name, fileMime: FILE_TYPES[type].mime, fileSize: file.bytes.length,
    fileSha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
  };
}

async function seedDemoMaterials(db: Db) {
  for (const m of DEMO_MATERIALS) {
    const id = stableId('material', m.key);
    const [existing] = await db.select({ fileKey: materials.fileKey }).from(materials).where(eq(materials.id, id));
    if (existing) {
      // Same database, new uploads folder (e.g. another DATA_DIR): put the file back.
      if (existing.fileKey && (await getStorage().size(existing.fileKey)) == null) {
        await db.update(materials).set(await storeDemoFile(m, existing.fileKey)).where(eq(materials.id, id));
      }
      continue;
    }
    const file = await storeDemoFile(m);
    const fields = {
      kind: m.kind, title: m.title, summary: m.summary, body: m.body ?? null, documentNumber: m.documentNumber ?? null,
      issuedOn: m.issuedOn ?? null, issuer: m.issuer ?? null, language: m.language ?? 'vi', audiences: m.audiences, topics: m.topics,
    };
    await db
      .insert(materials)
      .values({
        id, slug: m.slug, ...fields, status: 'published', publishedAt: new Date(m.publishedAt), videoUrl: m.videoUrl ?? null, ...file,
        searchText: materialSearchText({ ...fields, fileName: file.fileName ?? null }),
      })
      .onConflictDoNothing();
  }
}

async function seedDemoPressKit(db: Db) {
  const kitId = stableId('press-kit', 'nhan-dien-tiem-chung');
  await db
    .insert(pressKits)
    .values({
      id: kitId, slug: 'nhan-dien-tiem-chung-tai-chot-kiem-soat', status: 'published', publishedAt: new Date('2021-09-22T14:00:00+07:00'),
      title: 'Bộ tài liệu báo chí: Nhận diện tiêm chủng tại chốt kiểm soát',
      description:
        'Tài liệu để các cơ quan báo chí đưa tin và tuyên truyền về công văn ngày 21/09/2021 của Sở TT&TT: bản tóm tắt công văn, hướng dẫn cho người dân và chốt kiểm soát, infographic, mẫu áp phích, thông cáo báo chí và video hướng dẫn.',
    })
    .onConflictDoNothing();
  const keys = ['cong-van-2021-09-21', 'thong-cao-bao-chi-2021-09-22', 'huong-dan-chung-nhan-tai-chot', 'infographic-ba-cach-kiem-tra', 'mau-ap-phich-quet-ma', 'video-huong-dan-pc-covid'];
  await db
    .insert(pressKitItems)
    .values(keys.map((key, position) => ({ kitId, materialId: stableId('material', key), position })))
    .onConflictDoNothing();
}

async function seedDemoContacts(db: Db) {
  await db
    .insert(contacts)
    .values(DEMO_CONTACTS.map(({ key, ...c }) => ({
      id: stableId('contact', key), kind: c.kind, name: c.name, title: c.title ?? null, unit: c.unit ?? null, phone: c.phone ?? null,
      email: c.email ?? null, address: c.address ?? null, notes: DEMO_CONTACT_NOTE, position: c.position,
    })))
    .onConflictDoNothing();
}

const at = (local: string) => new Date(`${local}+07:00`);

// The letter as sent on 21/09/2021 to its "Kính gửi" list and part of "Nơi nhận", with a spread
// of opened and confirmed receipts. The demo tokens are thrown away: an admin reissues a link.
async function seedDemoReceipts(db: Db) {
  const materialId = stableId('material', 'cong-van-2021-09-21');
  const recipients = RECIPIENT_GROUPS.filter((g) => g.list === 'to' || g.key === 'province' || g.key === 'culture-office').flatMap((g) => g.options);
  const confirmedByLink = new Set(['police:cong-an-tinh', 'press:bao-quang-ngai', 'district-pc:522', 'province:ubnd-tinh']);
  const confirmedOnDashboard = new Set(['district-pc:528', 'district-pc:533', 'culture-office:522']);
  const opened = new Set(['district-pc:524', 'press:dai-phat-thanh-va-truyen-hinh-tinh', 'culture-office:524']);
  await db
    .insert(letterReceipts)
    .values(recipients.map((r, i) => {
      const viaLink = confirmedByLink.has(r.key) || (r.group === 'departments' && i % 3 === 0);
      const viaDashboard = confirmedOnDashboard.has(r.key);
      const wasOpened = viaLink || viaDashboard || opened.has(r.key) || (r.group === 'departments' && i % 3 === 1);
      return {
        id: stableId('letter-receipt', r.key), materialId, recipientKey: r.key, recipientName: r.name, list: r.list, groupKey: r.group,
        districtCode: r.districtCode, tokenHash: hashReceiptToken(newReceiptToken()), note: 'Đề nghị triển khai ngay tới các chốt kiểm soát và người dân.',
        sentAt: at('2021-09-21T09:00:00'), tokenIssuedAt: at('2021-09-21T09:00:00'),
        openedAt: wasOpened ? at('2021-09-21T10:05:00') : null, lastOpenedAt: wasOpened ? at('2021-09-21T10:05:00') : null, openCount: wasOpened ? 1 : 0,
        confirmedAt: viaLink ? at('2021-09-21T10:20:00') : viaDashboard ? at('2021-09-21T14:05:00') : null,
        confirmedVia: viaLink ? 'link' : viaDashboard ? 'dashboard' : null,
      };
    }))
    .onConflictDoNothing();
}

/** Materials, a press kit, contacts and a sent letter, so every comms page shows something real. */
export async function seedDemoComms(db: Db): Promise<void> {
  await seedDemoMaterials(db);
  await seedDemoPressKit(db);
  await seedDemoContacts(db);
  await seedDemoReceipts(db);
}
