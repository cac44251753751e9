import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { makeMaterial } from '@/lib/testing/comms';
import { fileOf, PNG_BYTES, pdfBytes } from '@/lib/testing/files';
import type { Role } from '@/lib/auth/roles';
import { createPressKit, deletePressKit, updatePressKit } from './manage';
import { getPressKitForAdmin, getPublicPressKit, listPressKitsForAdmin, listPublicPressKits } from './queries';
import { pressKitZip, MANIFEST_NAME } from './zip';
import { createPressKitSchema, updatePressKitSchema } from './schema';

useTestDatabase();
useTempUploads();

const ROLES: Role[] = ['admin', 'police', 'district', 'viewer', 'officer'];
const MANAGE: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'forbidden', officer: 'forbidden' };
const VIEW_ADMIN: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'allowed', officer: 'forbidden' };

const kitInput = (materialIds: string[], extra: Record<string, unknown> = {}) =>
  createPressKitSchema.parse({ title: `Bộ tài liệu thử ${crypto.randomUUID().slice(0, 6)}`, description: 'Bộ tài liệu dùng trong kiểm thử.', status: 'published', materialIds, ...extra });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('press kit actions per role', () => {
  it.each(ROLES)('%s', async (role) => {
    const admin = await makeActor('admin');
    const actor = await makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });
    const material = await makeMaterial(admin);
    const kit = await createPressKit(admin, kitInput([material.id]));
    expect(await outcomeOf(() => createPressKit(actor, kitInput([material.id])))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => updatePressKit(actor, updatePressKitSchema.parse({ ...kitInput([material.id]), id: kit.id })))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => listPressKitsForAdmin(actor))).toBe(VIEW_ADMIN[role]);
    expect(await outcomeOf(() => getPressKitForAdmin(actor, kit.id))).toBe(VIEW_ADMIN[role]);
    expect(await outcomeOf(() => deletePressKit(actor, kit.id))).toBe(MANAGE[role]);
  });

  it('refuses an archived or unknown material and writes nothing', async () => {
    const admin = await makeActor('admin');
    const archived = await makeMaterial(admin, { status: 'archived' });
    const input = kitInput([archived.id]);
    expect(await outcomeOf(() => createPressKit(admin, input))).toBe('invalid');
    expect((await listPressKitsForAdmin(admin)).some((k) => k.title === input.title)).toBe(false);
  });
});

describe('a public press kit', () => {
  it('lists only its public materials, in order, and is hidden while a draft', async () => {
    const admin = await makeActor('admin');
    const [a, b, draft] = [await makeMaterial(admin), await makeMaterial(admin), await makeMaterial(admin, { status: 'draft' })];
    const kit = await createPressKit(admin, kitInput([b.id, draft.id, a.id]));
    const shown = await getPublicPressKit(kit.slug);
    expect(shown?.items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await listPublicPressKits()).find((k) => k.slug === kit.slug)?.items).toBe(2);
    const hidden = await createPressKit(admin, kitInput([a.id], { status: 'draft' }));
    expect(await getPublicPressKit(hidden.slug)).toBeNull();
  });

  it('zips exactly its files plus a manifest with numbers, dates and SHA-256', async () => {
    const admin = await makeActor('admin');
    const pdf = pdfBytes('Cong van');
    const letter = await makeMaterial(admin, {
      kind: 'official_letter', title: 'Công văn thử', documentNumber: '1088/STTT', issuedOn: '2021-08-26', issuer: 'Sở TT&TT',
      file: fileOf(pdf, 'Công văn 1088.pdf'),
    });
    const image = await makeMaterial(admin, { kind: 'infographic', title: 'Infographic thử', file: fileOf(PNG_BYTES, 'Ba cách kiểm tra.png') });
    const video = await makeMaterial(admin, { kind: 'video', title: 'Video thử', file: undefined, videoUrl: 'https://www.youtube.com/watch?v=abc' });
    const kit = await createPressKit(admin, kitInput([letter.id, image.id, video.id]));
    const entries = unzipSync(await readAll(await pressKitZip((await getPublicPressKit(kit.slug))!)));
    expect(Object.keys(entries).sort()).toEqual(['01-Công văn 1088.pdf', '02-Ba cách kiểm tra.png', MANIFEST_NAME].sort());
    expect(sha256(entries['01-Công văn 1088.pdf'])).toBe(sha256(pdf));
    expect(sha256(entries['02-Ba cách kiểm tra.png'])).toBe(sha256(PNG_BYTES));
    expect([...entries[MANIFEST_NAME].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const manifest = strFromU8(entries[MANIFEST_NAME]);
    expect(manifest.startsWith('STT,Tệp trong ZIP,Tiêu đề,Loại,Số hiệu,Ngày ban hành')).toBe(true);
    expect(manifest).toContain(`01-Công văn 1088.pdf,Công văn thử,Văn bản chỉ đạo,1088/STTT,26/08/2021,Sở TT&TT,${pdf.length},${sha256(pdf)}`);
    expect(manifest).toContain(sha256(PNG_BYTES));
    expect(manifest).toContain('https://www.youtube.com/watch?v=abc');
  });
});
