import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { makeMaterial, materialInput } from '@/lib/testing/comms';
import type { Role } from '@/lib/auth/roles';
import { createMaterial, deleteMaterial, updateMaterial } from './manage';
import { getMaterialForAdmin, listMaterialsForAdmin, listMaterialsForKits } from './admin-queries';
import { getPublicMaterial, listPublicMaterials, listPublicMaterialYears } from './public-queries';
import { findMaterialFile, recordMaterialDownload } from './download';
import { updateMaterialSchema } from './schema';

useTestDatabase();
useTempUploads();

const ROLES: Role[] = ['admin', 'police', 'district', 'viewer', 'officer'];
const actorOf = (role: Role) => makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '534' : undefined });
const MANAGE: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'forbidden', officer: 'forbidden' };
const VIEW_ADMIN: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'allowed', officer: 'forbidden' };

describe('material actions per role', () => {
  it.each(ROLES)('%s: create, update, delete follow materials.manage', async (role) => {
    const admin = await makeActor('admin');
    const actor = await actorOf(role);
    const input = materialInput({ status: 'draft' });
    const { id } = await makeMaterial(admin, { ...input, status: 'draft' });
    expect(await outcomeOf(() => createMaterial(actor, materialInput()))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => updateMaterial(actor, updateMaterialSchema.parse({ ...input, id, file: undefined, title: 'Tên mới của tài liệu' })))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => deleteMaterial(actor, id))).toBe(MANAGE[role]);
  });

  it.each(ROLES)('%s: the admin library follows materials.view_admin', async (role) => {
    const admin = await makeActor('admin');
    const actor = await actorOf(role);
    const { id } = await makeMaterial(admin, { status: 'draft' });
    expect(await outcomeOf(() => listMaterialsForAdmin(actor))).toBe(VIEW_ADMIN[role]);
    expect(await outcomeOf(() => getMaterialForAdmin(actor, id))).toBe(VIEW_ADMIN[role]);
    expect(await outcomeOf(() => listMaterialsForKits(actor))).toBe(VIEW_ADMIN[role]);
  });

  it('signed out, nothing is allowed', async () => {
    expect(await outcomeOf(() => createMaterial(null, materialInput()))).toBe('unauthenticated');
    expect(await outcomeOf(() => listMaterialsForAdmin(null))).toBe('unauthenticated');
  });

  it('a missing or malformed id is not found', async () => {
    const admin = await makeActor('admin');
    expect(await outcomeOf(() => getMaterialForAdmin(admin, 'khong-phai-uuid'))).toBe('not_found');
    expect(await outcomeOf(() => deleteMaterial(admin, '00000000-0000-4000-8000-000000000000'))).toBe('not_found');
  });
});

describe('the public library', () => {
  it('shows published materials only: not drafts, not scheduled, not archived', async () => {
    const admin = await makeActor('admin');
    const tag = `mau${Date.now().toString(36)}`;
    const published = await makeMaterial(admin, { title: `Đã đăng ${tag}` });
    const draft = await makeMaterial(admin, { title: `Nháp ${tag}`, status: 'draft' });
    const scheduled = await makeMaterial(admin, { title: `Hẹn giờ ${tag}`, publishAt: '2099-01-01T08:00' });
    const archived = await makeMaterial(admin, { title: `Lưu trữ ${tag}`, status: 'archived' });
    const { items } = await listPublicMaterials({ q: tag });
    expect(items.map((m) => m.id)).toEqual([published.id]);
    expect(await getPublicMaterial(published.slug)).not.toBeNull();
    for (const hidden of [draft, scheduled, archived]) expect(await getPublicMaterial(hidden.slug)).toBeNull();
  });

  it('finds Vietnamese titles by search without diacritics, and by số hiệu', async () => {
    const admin = await makeActor('admin');
    const { id } = await makeMaterial(admin, {
      kind: 'official_letter', title: 'Hướng dẫn quét mã QR tại chốt kiểm soát huyện Nghĩa Hành', documentNumber: '2468/STTTT-CNTT',
      issuedOn: '2021-09-25', issuer: 'Sở Thông tin và Truyền thông', audiences: ['press', 'district'], topics: ['checkpoint_qr'],
    });
    for (const q of ['huong dan quet ma qr nghia hanh', 'NGHIA HANH', 'Nghĩa Hành quét', '2468/stttt']) {
      expect((await listPublicMaterials({ q })).items.map((m) => m.id)).toContain(id);
    }
    expect((await listPublicMaterials({ q: 'nghia hanh', kind: 'guide' })).items.map((m) => m.id)).not.toContain(id);
    expect((await listPublicMaterials({ q: 'nghia hanh', audience: 'press', topic: 'checkpoint_qr', year: 2021 })).items.map((m) => m.id)).toContain(id);
    expect((await listPublicMaterials({ q: 'nghia hanh', audience: 'citizen' })).items.map((m) => m.id)).not.toContain(id);
    expect((await listPublicMaterials({ q: 'nghia hanh', year: 2020 })).items.map((m) => m.id)).not.toContain(id);
    expect(await listPublicMaterialYears()).toContain(2021);
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    expect((await listPublicMaterials({ q: '%' })).items).toHaveLength(0);
  });
});

describe('material files', () => {
  it('a public file is for anyone; an unpublished one only for who sees the admin library', async () => {
    const admin = await makeActor('admin');
    const published = await makeMaterial(admin);
    const draft = await makeMaterial(admin, { status: 'draft' });
    const nobody = async () => null;
    expect(await outcomeOf(() => findMaterialFile(published.id, nobody))).toBe('allowed');
    expect(await outcomeOf(() => findMaterialFile(draft.id, nobody))).toBe('not_found');
    for (const role of ROLES) {
      const actor = await actorOf(role);
      const expected = VIEW_ADMIN[role] === 'allowed' ? 'allowed' : 'not_found';
      expect(await outcomeOf(() => findMaterialFile(draft.id, async () => actor))).toBe(expected);
    }
  });

  it('counts downloads per material and local day for the admin page', async () => {
    const admin = await makeActor('admin');
    const { id } = await makeMaterial(admin);
    await recordMaterialDownload(id, new Date('2021-09-21T16:59:00Z'));
    await recordMaterialDownload(id, new Date('2021-09-21T17:01:00Z'));
    await recordMaterialDownload(id, new Date('2021-09-21T18:00:00Z'));
    const detail = await getMaterialForAdmin(admin, id);
    expect(detail.downloadTotal).toBe(3);
    expect(detail.downloadsByDay).toEqual([{ day: '2021-09-22', count: 2 }, { day: '2021-09-21', count: 1 }]);
    const listed = (await listMaterialsForAdmin(admin)).find((m) => m.id === id);
    expect(listed?.downloads).toBe(3);
  });
});
