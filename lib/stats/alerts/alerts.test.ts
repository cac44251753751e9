import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { posterVersions } from '@/db/schema';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import type { Actor } from '@/lib/auth/roles';
import { setAlertThresholds, DEFAULT_ALERT_THRESHOLDS } from '@/lib/settings/alert-thresholds';
import { addDays } from '../dates';
import { writeChecksAt } from '../test-helpers';
import { getAlerts } from './index';

const { db } = useTestDatabase();

// A fixed clock: 14:30 in Quảng Ngãi on 10 March 2026.
const now = new Date('2026-03-10T07:30:00Z');
const today = '2026-03-10';
const at = (day: string, hour: number, minute = 10) => new Date(Date.parse(`${day}T00:00:00+07:00`) + hour * 3_600_000 + minute * 60_000);
let admin: Actor, silent: { id: string; districtCode: string }, busy: { id: string; districtCode: string }, failing: { id: string; districtCode: string };

beforeAll(async () => {
  // Sơn Tịnh (527): two checkpoints that work 08:00–12:59 every day of the last two weeks.
  silent = await makeCheckpoint('527', { posterVersion: 1 });
  busy = await makeCheckpoint('527', { posterVersion: 1 });
  failing = await makeCheckpoint('528', { posterVersion: 1 });
  const days = Array.from({ length: 14 }, (_, i) => addDays(today, -(i + 1)));
  for (const cp of [silent, busy]) await writeChecksAt(cp, days.flatMap((d) => [8, 9, 10, 11, 12].map((h) => at(d, h))));
  // Today: `silent` checked once at 07:10 and not since; `busy` up to 12:40.
  await writeChecksAt(silent, [at(today, 7)]);
  await writeChecksAt(busy, [8, 9, 10, 11, 12].map((h) => at(today, h, 40)));
  // Tư Nghĩa (528): 2 valid checks a day before, today 10 of 20 expired.
  await writeChecksAt(failing, days.flatMap((d) => [at(d, 9), at(d, 15)]));
  await writeChecksAt(failing, Array.from({ length: 10 }, (_, i) => at(today, 8, i)));
  await writeChecksAt(failing, Array.from({ length: 10 }, (_, i) => at(today, 9, i)), { result: 'expired' });
  admin = await makeActor('admin');
});

const kinds = (alerts: Awaited<ReturnType<typeof getAlerts>>, checkpointId: string) => alerts.filter((a) => a.checkpointId === checkpointId).map((a) => a.kind);

describe('alerts from the rollups', () => {
  it('a checkpoint silent in its usual hours appears, since its first missed hour, and leaves when a check arrives', async () => {
    const alerts = await getAlerts(admin, now);
    const alert = alerts.find((a) => a.kind === 'silent' && a.checkpointId === silent.id);
    expect(alert).toMatchObject({ districtCode: '527', since: at(today, 8, 0).toISOString() });
    expect(alert!.text).toContain('5 giờ');
    expect(kinds(alerts, busy.id)).not.toContain('silent');

    await writeChecksAt(silent, [at(today, 14, 20)]);
    expect(kinds(await getAlerts(admin, now), silent.id)).not.toContain('silent');
  });

  it('the silence threshold comes from the settings', async () => {
    const quiet = await makeCheckpoint('527', { posterVersion: 1 });
    await writeChecksAt(quiet, Array.from({ length: 14 }, (_, i) => at(addDays(today, -(i + 1)), 13)));
    // One usual hour (13:00) missed: not enough by default (3), enough at 1.
    expect(kinds(await getAlerts(admin, now), quiet.id)).toEqual([]);
    await setAlertThresholds(admin, { ...DEFAULT_ALERT_THRESHOLDS, silentHours: 1 });
    expect(kinds(await getAlerts(admin, now), quiet.id)).toEqual(['silent']);
    await setAlertThresholds(admin, DEFAULT_ALERT_THRESHOLDS);
  });

  it('an unusual share of invalid results, at the checkpoint and its district', async () => {
    const alerts = (await getAlerts(admin, now)).filter((a) => a.kind === 'invalid_share');
    expect(alerts.find((a) => a.checkpointId === failing.id)?.text).toBe('Hôm nay 50,0\u00a0% lượt không hợp lệ (10/20), so với 0,0\u00a0% trong 14 ngày trước.');
    expect(alerts.some((a) => a.checkpointId === null && a.districtCode === '528')).toBe(true);
    expect(alerts.some((a) => a.districtCode === '527')).toBe(false);
  });

  it('posters and the trust list', async () => {
    const noPoster = await makeCheckpoint('527');
    const alerts = await getAlerts(admin, now);
    expect(kinds(alerts, noPoster.id)).toEqual(['no_poster']);
    expect(alerts[0].kind).toBe('trust_empty');
  });

  it('citizens declaring through the QR of a paused checkpoint: a suspected leak until the poster is rotated', async () => {
    const paused = await makeCheckpoint('527', { status: 'paused', posterVersion: 1, updatedAt: at(addDays(today, -3), 9) });
    await db().insert(posterVersions).values({ checkpointId: paused.id, version: 1, manualCode: 'LEAK-TEST', createdAt: at(addDays(today, -20), 9) });
    await writeChecksAt(paused, [at(addDays(today, -3), 8), at(addDays(today, -2), 10)], { method: 'citizen_scan', evidence: 'self_declared' });
    const alert = (await getAlerts(admin, now)).find((a) => a.checkpointId === paused.id);
    // The check the morning it was paused does not count; the one two days ago does.
    expect(alert).toMatchObject({ kind: 'poster_leak', since: at(addDays(today, -2), 0, 0).toISOString() });
    await db().update(posterVersions).set({ createdAt: at(addDays(today, -1), 9) }).where(eq(posterVersions.checkpointId, paused.id));
    expect(kinds(await getAlerts(admin, now), paused.id)).toEqual([]);
  });

  it('a district user sees their district only; an officer none', async () => {
    const sonTinh = await makeActor('district', { districtCode: '527' });
    const alerts = await getAlerts(sonTinh, now);
    expect(alerts.some((a) => a.checkpointId === silent.id)).toBe(false); // a check arrived above
    expect(alerts.filter((a) => a.districtCode).every((a) => a.districtCode === '527')).toBe(true);
    const tuNghia = await makeActor('district', { districtCode: '528' });
    expect((await getAlerts(tuNghia, now)).some((a) => a.checkpointId === failing.id)).toBe(true);
    expect((await getAlerts(sonTinh, now)).some((a) => a.checkpointId === failing.id)).toBe(false);
    const officer = await makeActor('officer');
    expect(await outcomeOf(() => getAlerts(officer, now))).toBe('forbidden');
  });
});
