import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { makeLetter, makeMaterial } from '@/lib/testing/comms';
import type { Role } from '@/lib/auth/roles';
import { letterReceipts } from '@/db/schema';
import { listSendableLetters, reissueReceiptLink, sendLetter } from './send';
import { getLetterTracking, letterTrackingCsv, listSentLetters } from './tracking';
import { confirmReceiptByToken, findReceiptFile, openReceipt } from './receipt';
import { confirmIncomingLetter, countUnconfirmedIncomingLetters, findIncomingLetterFile, listIncomingLetters } from './incoming';
import { confirmerSchema, sendLetterSchema } from './schema';
import { hashReceiptToken } from './tokens';

const { db } = useTestDatabase();
useTempUploads();

const ROLES: Role[] = ['admin', 'police', 'district', 'viewer', 'officer'];
const MANAGE: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'forbidden', officer: 'forbidden' };
const BINH_SON_PC = 'district-pc:524';
const BINH_SON_CULTURE = 'culture-office:524';
const DUC_PHO_PC = 'district-pc:534';
const POLICE = 'police:cong-an-tinh';

const tokenOf = (url: string) => url.split('/van-ban/')[1];

async function sent(keys: string[]) {
  const admin = await makeActor('admin');
  const letter = await makeLetter(admin);
  const links = await sendLetter(admin, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: keys, note: 'Đề nghị triển khai ngay.' }));
  return { admin, letter, links, byName: (name: string) => links.find((l) => l.recipientName === name)! };
}

describe('sending a letter', () => {
  it.each(ROLES)('%s: send, reissue, track and export follow letters.manage', async (role) => {
    const { letter, links } = await sent([POLICE]);
    const actor = await makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });
    const more = sendLetterSchema.parse({ materialId: letter.id, recipientKeys: ['press:bao-quang-ngai'] });
    expect(await outcomeOf(() => sendLetter(actor, more))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => reissueReceiptLink(actor, links[0].receiptId))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => listSendableLetters(actor))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => listSentLetters(actor))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => getLetterTracking(actor, letter.id))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => letterTrackingCsv(actor, letter.id))).toBe(MANAGE[role]);
  });

  it('gives each recipient its own link and QR, keeping only a hash of the token', async () => {
    const { links } = await sent([POLICE, BINH_SON_PC, BINH_SON_CULTURE]);
    expect(links.map((l) => l.recipientName)).toEqual(['Công an tỉnh', 'UBND huyện Bình Sơn', 'Phòng Văn hóa và Thông tin huyện Bình Sơn']);
    expect(new Set(links.map((l) => l.url)).size).toBe(3);
    for (const link of links) {
      expect(link.url).toMatch(/\/van-ban\/[A-Za-z0-9_-]{32}$/);
      expect(link.qr.startsWith('data:image/svg+xml;base64,')).toBe(true);
      const [row] = await db().select().from(letterReceipts).where(eq(letterReceipts.id, link.receiptId));
      expect(row.tokenHash).toBe(hashReceiptToken(tokenOf(link.url)));
      expect(JSON.stringify(row)).not.toContain(tokenOf(link.url));
    }
    const [binhSon] = await db().select().from(letterReceipts).where(eq(letterReceipts.id, links[1].receiptId));
    expect(binhSon.districtCode).toBe('524');
    expect(binhSon.list).toBe('to');
  });

  it('refuses a draft, a non-letter, an unknown recipient and a second send to the same recipient', async () => {
    const admin = await makeActor('admin');
    const draft = await makeLetter(admin, { status: 'draft' });
    const guide = await makeMaterial(admin);
    const letter = await makeLetter(admin);
    const send = (materialId: string, keys: string[]) => sendLetter(admin, sendLetterSchema.parse({ materialId, recipientKeys: keys }));
    expect(await outcomeOf(() => send(draft.id, [POLICE]))).toBe('invalid');
    expect(await outcomeOf(() => send(guide.id, [POLICE]))).toBe('invalid');
    expect(await outcomeOf(() => send(letter.id, ['district-pc:999']))).toBe('invalid');
    await send(letter.id, [POLICE]);
    const again = await send(letter.id, [POLICE, BINH_SON_PC]).catch((e: Error) => e);
    expect((again as Error).message).toContain('Đã gửi văn bản này cho: Công an tỉnh');
    expect((await getLetterTracking(admin, letter.id)).receipts.map((r) => r.recipientName)).toEqual(['Công an tỉnh']);
  });
});

describe('a personal link', () => {
  it('opens the letter, records the opening and confirms only its own recipient, once', async () => {
    const { admin, letter, byName } = await sent([POLICE, BINH_SON_PC]);
    const police = byName('Công an tỉnh');
    const opened = await openReceipt(tokenOf(police.url));
    expect(opened.receipt.recipientName).toBe('Công an tỉnh');
    expect(opened.letter.title).toBeTruthy();
    expect(opened.receipt.openedAt).toBeInstanceOf(Date);
    const first = await confirmReceiptByToken(tokenOf(police.url));
    const second = await confirmReceiptByToken(tokenOf(police.url));
    expect(first.alreadyConfirmed).toBe(false);
    expect(second).toEqual({ confirmedAt: first.confirmedAt, alreadyConfirmed: true });
    const { receipts } = await getLetterTracking(admin, letter.id);
    expect(receipts.find((r) => r.recipientName === 'Công an tỉnh')).toMatchObject({ status: 'confirmed', confirmedVia: 'link' });
    expect(receipts.find((r) => r.recipientName === 'UBND huyện Bình Sơn')).toMatchObject({ status: 'sent', confirmedAt: null, openedAt: null });
  });

  it('records who confirmed (name, title) and shows it on the tracking page and in its CSV', async () => {
    const { admin, letter, byName } = await sent([POLICE, BINH_SON_PC]);
    await confirmReceiptByToken(tokenOf(byName('Công an tỉnh').url), confirmerSchema.parse({ confirmerName: ' Nguyễn Văn An ', confirmerTitle: 'Chánh Văn phòng' }));
    const binhSon = await makeActor('district', { districtCode: '524' });
    await confirmIncomingLetter(binhSon, byName('UBND huyện Bình Sơn').receiptId, { confirmerName: 'Trần Thị Bình', confirmerTitle: 'Phó Chủ tịch UBND huyện' });
    const { receipts } = await getLetterTracking(admin, letter.id);
    expect(receipts.map((r) => [r.confirmerName, r.confirmerTitle])).toEqual([['Nguyễn Văn An', 'Chánh Văn phòng'], ['Trần Thị Bình', 'Phó Chủ tịch UBND huyện']]);
    const { csv } = await letterTrackingCsv(admin, letter.id);
    expect(csv.split('\r\n')[0]).toContain('Người xác nhận,Chức vụ');
    expect(csv).toContain('Nguyễn Văn An,Chánh Văn phòng');
    expect(csv).toContain('Trần Thị Bình,Phó Chủ tịch UBND huyện');
    expect(confirmerSchema.safeParse({ confirmerName: '', confirmerTitle: 'x' }).success).toBe(false);
  });

  it('a wrong, malformed or replaced token opens nothing', async () => {
    const { admin, byName } = await sent([POLICE]);
    const police = byName('Công an tỉnh');
    expect(await outcomeOf(() => openReceipt('A'.repeat(32)))).toBe('not_found');
    expect(await outcomeOf(() => confirmReceiptByToken('../../quan-tri'))).toBe('not_found');
    const fresh = await reissueReceiptLink(admin, police.receiptId);
    expect(await outcomeOf(() => openReceipt(tokenOf(police.url)))).toBe('not_found');
    expect(await outcomeOf(() => findReceiptFile(tokenOf(police.url)))).toBe('not_found');
    expect(await outcomeOf(() => openReceipt(tokenOf(fresh.url)))).toBe('allowed');
    expect(await outcomeOf(() => findReceiptFile(tokenOf(fresh.url)))).toBe('allowed');
  });
});

describe('incoming letters of a district', () => {
  it('a district user sees and confirms its own district only', async () => {
    const { admin, letter, byName } = await sent([BINH_SON_PC, BINH_SON_CULTURE, DUC_PHO_PC, POLICE]);
    const binhSon = await makeActor('district', { districtCode: '524' });
    const ducPho = await makeActor('district', { districtCode: '534' });
    const incoming = (await listIncomingLetters(binhSon)).filter((r) => r.materialId === letter.id);
    expect(incoming.map((r) => r.recipientName).sort()).toEqual(['Phòng Văn hóa và Thông tin huyện Bình Sơn', 'UBND huyện Bình Sơn']);
    expect((await listIncomingLetters(binhSon)).every((r) => !r.recipientName.includes('Đức Phổ'))).toBe(true);
    const pendingBefore = await countUnconfirmedIncomingLetters(binhSon);
    const own = byName('UBND huyện Bình Sơn');
    const other = byName('UBND thị xã Đức Phổ');
    expect(await outcomeOf(() => confirmIncomingLetter(binhSon, other.receiptId))).toBe('not_found');
    expect(await outcomeOf(() => findIncomingLetterFile(binhSon, other.receiptId))).toBe('not_found');
    expect(await outcomeOf(() => confirmIncomingLetter(binhSon, byName('Công an tỉnh').receiptId))).toBe('not_found');
    expect(await outcomeOf(() => confirmIncomingLetter(ducPho, own.receiptId))).toBe('not_found');
    const confirmed = await confirmIncomingLetter(binhSon, own.receiptId);
    expect((await confirmIncomingLetter(binhSon, own.receiptId)).confirmedAt).toEqual(confirmed.confirmedAt);
    expect(await countUnconfirmedIncomingLetters(binhSon)).toBe(pendingBefore - 1);
    const { receipts } = await getLetterTracking(admin, letter.id);
    expect(receipts.find((r) => r.id === own.receiptId)).toMatchObject({ status: 'confirmed', confirmedVia: 'dashboard' });
    expect(receipts.find((r) => r.id === other.receiptId)?.status).toBe('sent');
  });

  it.each(['admin', 'police', 'viewer', 'officer'] as const)('%s may not confirm for a district', async (role) => {
    const { byName } = await sent([BINH_SON_PC]);
    const actor = await makeActor(role, { districtCode: role === 'officer' ? '524' : undefined });
    expect(await outcomeOf(() => confirmIncomingLetter(actor, byName('UBND huyện Bình Sơn').receiptId))).toBe('forbidden');
    expect(await outcomeOf(() => listIncomingLetters(actor))).toBe('forbidden');
    expect(await outcomeOf(() => countUnconfirmedIncomingLetters(actor))).toBe('forbidden');
  });
});

describe('tracking export', () => {
  it('is CSV UTF-8 with a BOM and Vietnamese headers; can list only who has not confirmed', async () => {
    const { admin, letter, byName } = await sent([POLICE, BINH_SON_PC]);
    await confirmReceiptByToken(tokenOf(byName('Công an tỉnh').url));
    const all = await letterTrackingCsv(admin, letter.id);
    expect(all.csv.startsWith('\uFEFFĐơn vị nhận,Danh sách,Nhóm,Huyện,Trạng thái,Gửi lúc,Mở lần đầu lúc')).toBe(true);
    expect(all.csv).toContain('Công an tỉnh,Kính gửi,Công an tỉnh,,Đã xác nhận');
    expect(all.csv).toContain('UBND huyện Bình Sơn,Kính gửi,"UBND các huyện, thị xã, thành phố",Huyện Bình Sơn,"Đã gửi, chưa mở"');
    const pending = await letterTrackingCsv(admin, letter.id, { pendingOnly: true });
    expect(pending.csv).not.toContain('Công an tỉnh');
    expect(pending.fileName).toMatch(/^Chưa xác nhận - Văn bản \d+-STTTT ngày 21-09-2021\.csv$/);
  });

  it('defuses a recipient name that would run as a formula in Excel', async () => {
    const { admin, letter, byName } = await sent([POLICE]);
    await db().update(letterReceipts).set({ recipientName: '=HYPERLINK("http://x","y")' }).where(eq(letterReceipts.id, byName('Công an tỉnh').receiptId));
    const { csv } = await letterTrackingCsv(admin, letter.id, { pendingOnly: true });
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x"",""y"")",Kính gửi`);
  });
});
