import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import type { Role } from '@/lib/auth/roles';
import { createCheckpoint, setCheckpointStatus, updateCheckpoint } from '@/lib/checkpoints/manage';
import { createCheckpointSchema, updateCheckpointSchema } from '@/lib/checkpoints/schema';
import { exportAuditCsv } from './export';
import { listAuditFilterOptions, listAuditLogs } from './list';
import { parseAuditFilters, plainIp } from './filters';

useTestDatabase();

const ROLES: Role[] = ['admin', 'police', 'district', 'viewer', 'officer'];
const VIEW: Record<Role, string> = { admin: 'allowed', police: 'forbidden', district: 'forbidden', viewer: 'forbidden', officer: 'forbidden' };

const checkpointInput = (name: string) =>
  createCheckpointSchema.parse({ kind: 'fixed', name, districtCode: '524', communeCode: '21046', smartphoneCount: '1', installedApps: ['bluezone'] });

describe('who reads the audit log', () => {
  it.each(ROLES)('%s', async (role) => {
    const actor = await makeActor(role);
    expect(await outcomeOf(() => listAuditLogs(actor))).toBe(VIEW[role]);
    expect(await outcomeOf(() => listAuditFilterOptions(actor))).toBe(VIEW[role]);
    expect(await outcomeOf(() => exportAuditCsv(actor, {}))).toBe(VIEW[role]);
  });

  it('refuses a signed-out caller', async () => {
    expect(await outcomeOf(() => listAuditLogs(null))).toBe('unauthenticated');
    expect(await outcomeOf(() => exportAuditCsv(null, {}))).toBe('unauthenticated');
  });
});

describe('entries in words', () => {
  it('names the action, the object (linked) and the changed fields as the form does', async () => {
    const admin = { ...(await makeActor('admin')), ip: '::ffff:10.1.2.3' };
    const { id } = await createCheckpoint(admin, checkpointInput('Chốt Dốc Sỏi nhật ký'));
    await updateCheckpoint(admin, updateCheckpointSchema.parse({ ...checkpointInput('Chốt Dốc Sỏi nhật ký'), id, hasMobileData: 'on', smartphoneCount: '3' }));
    await setCheckpointStatus(admin, id, 'paused');

    const { rows } = await listAuditLogs(admin, { entityType: 'checkpoint', entityId: id });
    expect(rows.map((r) => r.actionLabel)).toEqual(['Tạm dừng chốt', 'Sửa chốt kiểm soát', 'Thêm chốt kiểm soát']);
    const [paused, updated, created] = rows;
    expect(paused.object).toEqual({ name: 'Chốt Dốc Sỏi nhật ký', href: `/quan-tri/chot-kiem-soat/${id}` });
    expect(paused.entityLabel).toBe('Chốt kiểm soát');
    expect(paused.ip).toBe('10.1.2.3');
    expect(paused.actor).toBe(`Người thử admin (${admin.username})`);
    expect(paused.changes).toEqual([{ field: 'status', label: 'Trạng thái', before: 'Đang hoạt động', after: 'Tạm dừng' }]);
    expect(updated.changes).toEqual([
      { field: 'smartphoneCount', label: 'Số điện thoại thông minh', before: '1', after: '3' },
      { field: 'hasMobileData', label: 'Kết nối 3G/4G', before: 'Không', after: 'Có' },
    ]);
    const fields = Object.fromEntries(created.changes.map((c) => [c.label, c.after]));
    expect(fields).toMatchObject({
      'Loại': 'Chốt kiểm soát', 'Tên chốt / tổ': 'Chốt Dốc Sỏi nhật ký', 'Huyện, thị xã, thành phố': 'Huyện Bình Sơn', 'Xã, phường, thị trấn': 'Xã Bình Thạnh',
      'Ứng dụng đã cài': 'Bluezone', 'Trạng thái': 'Đang hoạt động',
    });
    expect(created.changes.every((c) => c.before === undefined)).toBe(true);
    // Bookkeeping columns and raw ids never reach the reader.
    const shown = rows.flatMap((r) => r.changes.flatMap((c) => [c.label, c.before ?? '', c.after ?? '']));
    expect(shown.filter((text) => /searchText|updatedAt|createdAt|^[0-9a-f-]{36}$|Z$/.test(text))).toEqual([]);
  });
});

describe('filters', () => {
  async function entry(values: Partial<typeof auditLogs.$inferInsert>) {
    await getDb().insert(auditLogs).values({ action: 'setting.update', entityType: 'setting', entityId: 'personal_data_retention_days', ...values });
  }

  it('by local date range, actor, action and object', async () => {
    const admin = await makeActor('admin');
    // 23:30 on 01/10 in Việt Nam is still 01/10 locally but 16:30 UTC the same day; 00:30 on 03/10 local is 02/10 in UTC.
    await entry({ actorUsername: 'loc.a', createdAt: new Date('2021-10-01T16:30:00Z') });
    await entry({ actorUsername: 'loc.b', createdAt: new Date('2021-10-02T17:30:00Z'), action: 'rule.create', entityType: 'verification_rule', entityId: '7' });
    await entry({ actorUsername: 'loc.a', createdAt: new Date('2021-10-05T02:00:00Z') });

    const names = async (filters: Parameters<typeof listAuditLogs>[1]) =>
      (await listAuditLogs(admin, { ...filters, from: filters?.from ?? '2021-10-01', to: filters?.to ?? '2021-10-31' })).rows.map((r) => `${r.actorUsername} ${r.action}`);
    expect(await names({ from: '2021-10-01', to: '2021-10-01' })).toEqual(['loc.a setting.update']);
    expect(await names({ from: '2021-10-03', to: '2021-10-03' })).toEqual(['loc.b rule.create']);
    expect(await names({ from: '2021-10-02', to: '2021-10-02' })).toEqual([]);
    expect(await names({ actor: 'loc.a' })).toEqual(['loc.a setting.update', 'loc.a setting.update']);
    expect(await names({ action: 'rule.create' })).toEqual(['loc.b rule.create']);
    expect(await names({ entityType: 'verification_rule', entityId: '7' })).toEqual(['loc.b rule.create']);

    const options = await listAuditFilterOptions(admin);
    expect(options.actors).toEqual(expect.arrayContaining(['loc.a', 'loc.b']));
    expect(options.actions).toContainEqual({ value: 'rule.create', label: 'Thêm phiên bản quy tắc xác minh' });
    expect(options.entityTypes).toContainEqual({ value: 'setting', label: 'Cài đặt' });
  });

  it('reads them from URL parameters and ignores malformed dates', () => {
    expect(parseAuditFilters({ from: '2021-10-01', to: '01/10/2021', actor: ' admin ', type: 'user', id: 'x', page: '3' })).toEqual({
      from: '2021-10-01', to: undefined, actor: 'admin', action: undefined, entityType: 'user', entityId: 'x', q: undefined, page: 3,
    });
  });

  it('shows IPv4 plainly and leaves real IPv6 alone', () => {
    expect(plainIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(plainIp('2001:db8::1')).toBe('2001:db8::1');
    expect(plainIp(null)).toBe('');
  });
});

describe('CSV export', () => {
  it('holds the filtered entries in the same words, with formula-like names neutralised', async () => {
    const admin = await makeActor('admin');
    const { id } = await createCheckpoint(admin, checkpointInput('=HYPERLINK("x") chốt'));
    await setCheckpointStatus(admin, id, 'closed');
    await createCheckpoint(admin, checkpointInput('Chốt khác không lọc'));
    const { csv, fileName, rows } = await exportAuditCsv(admin, { entityType: 'checkpoint', entityId: id });
    expect(fileName).toMatch(/^Nhật ký thao tác \d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows).toBe(2);
    const text = csv.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('Thời điểm,Người thực hiện,Địa chỉ IP,Thao tác,Loại đối tượng,Đối tượng,Thay đổi');
    expect(text).toContain('Đóng chốt,Chốt kiểm soát,"\'=HYPERLINK(""x"") chốt",Trạng thái: Đang hoạt động → Đã đóng');
    expect(text).not.toContain('Chốt khác không lọc');
  });
});
