import 'server-only';
import { count, eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { checkpointOfficers, checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { ForbiddenError, UserInputError } from '@/lib/auth/errors';
import { can } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { loadCheckpointFor, type CheckpointRow } from './load';
import { checkpointSearchText } from './search-text';
import type { CheckpointInput, UpdateCheckpointInput } from './schema';
import type { CheckpointStatus } from './labels';
import { foldVietnamese } from '@/lib/text/fold';
import { districtName } from '@/lib/geo/districts';

function columnsOf(input: CheckpointInput) {
  return {
    kind: input.kind, name: input.name, districtCode: input.districtCode, communeCode: input.communeCode ?? null,
    address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
    responsibleUnit: input.responsibleUnit ?? null, phone: input.phone ?? null, smartphoneCount: input.smartphoneCount,
    hasMobileData: input.hasMobileData, installedApps: [...new Set(input.installedApps)], shiftNotes: input.shiftNotes ?? null,
    searchText: checkpointSearchText(input),
  };
}

function auditView(row: CheckpointRow) {
  const { searchText: _omit, ...rest } = row;
  return rest;
}

/** A district user creates and moves checkpoints only within their own district. */
function assertDistrict(actor: Actor, districtCode: string) {
  if (!can(actor, 'checkpoints.manage', { districtCode })) {
    throw new ForbiddenError('Bạn chỉ quản lý chốt kiểm soát trong huyện của mình.');
  }
}

/** Inserts in the caller's transaction (the CSV import writes many rows in one). */
export async function insertCheckpoint(tx: Tx, actor: Actor, input: CheckpointInput) {
  assertDistrict(actor, input.districtCode);
  const [created] = await tx.insert(checkpoints).values(columnsOf(input)).returning();
  await recordAudit(tx, actor, { action: 'checkpoint.create', entityType: 'checkpoint', entityId: created.id, districtCode: created.districtCode, after: auditView(created) });
  return created;
}

export async function changeCheckpoint(tx: Tx, actor: Actor, before: CheckpointRow, input: CheckpointInput) {
  assertDistrict(actor, input.districtCode);
  if (before.districtCode !== input.districtCode) {
    const [{ n }] = await tx.select({ n: count() }).from(checkpointOfficers).where(eq(checkpointOfficers.checkpointId, before.id));
    if (n > 0) {
      throw new UserInputError('Chốt đang có cán bộ được giao: bỏ giao cán bộ trước khi chuyển chốt sang huyện khác.', {
        districtCode: ['Không chuyển huyện khi chốt còn cán bộ được giao.'],
      });
    }
  }
  const [after] = await tx.update(checkpoints).set({ ...columnsOf(input), updatedAt: new Date() }).where(eq(checkpoints.id, before.id)).returning();
  await recordAudit(tx, actor, { action: 'checkpoint.update', entityType: 'checkpoint', entityId: before.id, districtCode: after.districtCode, before: auditView(before), after: auditView(after) });
  return after;
}

/** Two checkpoints of one district with the same name (ignoring diacritics) would be mixed up on posters. */
async function assertNameFree(tx: Tx, input: CheckpointInput, exceptId?: string) {
  const name = foldVietnamese(input.name);
  const same = await tx.select({ id: checkpoints.id, name: checkpoints.name, number: checkpoints.number }).from(checkpoints).where(eq(checkpoints.districtCode, input.districtCode));
  const twin = same.find((c) => c.id !== exceptId && foldVietnamese(c.name) === name);
  if (twin) {
    throw new UserInputError(`${districtName(input.districtCode)} đã có chốt "${twin.name}" (số hiệu ${twin.number}).`, { name: ['Tên này đã có trong huyện, hãy đặt tên khác.'] });
  }
}

export async function createCheckpoint(actor: Actor | null, input: CheckpointInput) {
  assertCan(actor, 'checkpoints.manage');
  return getDb().transaction(async (tx) => {
    assertDistrict(actor, input.districtCode);
    await assertNameFree(tx, input);
    return { id: (await insertCheckpoint(tx, actor, input)).id };
  });
}

export async function updateCheckpoint(actor: Actor | null, input: UpdateCheckpointInput) {
  assertCan(actor, 'checkpoints.manage');
  await getDb().transaction(async (tx) => {
    const before = await loadCheckpointFor(tx, actor, 'checkpoints.manage', input.id, { lock: true });
    assertDistrict(actor, input.districtCode);
    await assertNameFree(tx, input, before.id);
    await changeCheckpoint(tx, actor, before, input);
  });
}

const STATUS_ACTIONS: Record<CheckpointStatus, string> = { active: 'checkpoint.activate', paused: 'checkpoint.pause', closed: 'checkpoint.close' };

/** Sets the status in the caller's transaction, audited; no change, no entry. */
export async function applyStatus(tx: Tx, actor: Actor, row: CheckpointRow, status: CheckpointStatus) {
  if (row.status === status) return;
  await tx.update(checkpoints).set({ status, updatedAt: new Date() }).where(eq(checkpoints.id, row.id));
  await recordAudit(tx, actor, { action: STATUS_ACTIONS[status], entityType: 'checkpoint', entityId: row.id, districtCode: row.districtCode, before: { status: row.status }, after: { status } });
}

/** Pause, close or reopen. A closed checkpoint keeps its poster history; its landing says it is closed. */
export async function setCheckpointStatus(actor: Actor | null, id: string, status: CheckpointStatus) {
  assertCan(actor, 'checkpoints.manage');
  await getDb().transaction(async (tx) => {
    const before = await loadCheckpointFor(tx, actor, 'checkpoints.manage', id, { lock: true });
    await applyStatus(tx, actor, before, status);
  });
}
