import { describe, expect, it } from 'vitest';
import { createUserSchema, updateUserSchema } from './schema';

const base = { username: 'cb.moi', fullName: 'Cán bộ Mới', password: 'MatKhau@2021', districtCode: '524' };

describe('user schemas', () => {
  it.each([['missing', {}], ['empty (“— Chọn —”)', { role: '' }]])('refuse a %s role: no account gets a role by default', (_, role) => {
    const parsed = createUserSchema.safeParse({ ...base, ...role });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['role', 'Chọn vai trò.']);
    expect(updateUserSchema.safeParse({ id: crypto.randomUUID(), ...base, ...role }).success).toBe(false);
  });

  it('accept the role that was chosen', () => {
    expect(createUserSchema.parse({ ...base, role: 'officer' }).role).toBe('officer');
  });
});
