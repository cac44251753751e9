import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import type { Role } from '@/lib/auth/roles';
import { LETTER_SUPPORT_CONTACTS } from '@/lib/config/site';
import { createContact, deleteContact, updateContact } from './manage';
import { getContactForAdmin, getPublicContact, listContactsForAdmin, listPublicContacts } from './queries';
import { createContactSchema, updateContactSchema } from './schema';

useTestDatabase();

const ROLES: Role[] = ['admin', 'police', 'district', 'viewer', 'officer'];
const MANAGE: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'forbidden', officer: 'forbidden' };

const input = (extra: Record<string, unknown> = {}) =>
  createContactSchema.parse({ kind: 'agency', name: 'Văn phòng Sở TT&TT', phone: '0255.3822.222', email: 'vanphong@example.gov.vn', position: '10', ...extra });

describe('contact actions per role', () => {
  it.each(ROLES)('%s', async (role) => {
    const admin = await makeActor('admin');
    const actor = await makeActor(role);
    const { id } = await createContact(admin, input());
    expect(await outcomeOf(() => createContact(actor, input()))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => updateContact(actor, updateContactSchema.parse({ ...input(), id, name: 'Tên mới' })))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => listContactsForAdmin(actor))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => getContactForAdmin(actor, id))).toBe(MANAGE[role]);
    expect(await outcomeOf(() => deleteContact(actor, id))).toBe(MANAGE[role]);
  });

  it('needs a phone or an email', () => {
    expect(createContactSchema.safeParse({ kind: 'person', name: 'Không liên lạc được' }).success).toBe(false);
  });
});

describe('the public directory', () => {
  it("puts the letter's support contacts first, then stored contacts by order", async () => {
    const admin = await makeActor('admin');
    await createContact(admin, input({ name: 'Đài Phát thanh và Truyền hình tỉnh', position: '20', phone: '0255.1111.111' }));
    await createContact(admin, input({ name: 'Báo Quảng Ngãi', position: '5', phone: '0255.2222.222' }));
    // Someone already listed by the letter is not shown twice.
    await createContact(admin, input({ kind: 'person', name: 'Nguyễn Công Nguyên', phone: '0914 559 068' }));
    const list = await listPublicContacts();
    expect(list.slice(0, 2).map((c) => c.phone)).toEqual(LETTER_SUPPORT_CONTACTS.map((c) => c.phone));
    expect(list.slice(0, 2).every((c) => c.letterSupport)).toBe(true);
    const names = list.map((c) => c.name);
    expect(names.indexOf('Báo Quảng Ngãi')).toBeLessThan(names.indexOf('Đài Phát thanh và Truyền hình tỉnh'));
    expect(names.filter((n) => n.includes('Nguyễn Công Nguyên'))).toHaveLength(1);
    expect((await getPublicContact('ho-tro-1')).name).toBe(LETTER_SUPPORT_CONTACTS[0].name);
    expect(await outcomeOf(() => getPublicContact('../khong-co'))).toBe('not_found');
  });
});
