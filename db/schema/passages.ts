import {
  pgTable, text, uuid, integer, smallint, timestamp, pgEnum, date, bigint, index, primaryKey,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { checkpoints } from './checkpoints';

export const passageMethod = pgEnum('passage_method', ['direct', 'officer_scan', 'citizen_scan']);
export const passageSource = pgEnum('passage_source', [
  'bluezone', 'pc_covid', 'health_book', 'paper', 'vaccine_passport', 'none',
]);
export const passageEvidence = pgEnum('passage_evidence', ['self_declared', 'officer_seen', 'certificate_checked']);
export const passageResult = pgEnum('passage_result', [
  'valid', 'under_14_days', 'incomplete_doses', 'expired', 'invalid_certificate', 'unverified',
]);

// One check at a checkpoint (lưu vết). Personal fields are nulled by the retention purge;
// the row and therefore every count stay.
export const passages = pgTable(
  'passages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    checkpointId: uuid('checkpoint_id').notNull().references(() => checkpoints.id),
    // Copied from the checkpoint at write time: scope filters and aggregates need it without a join.
    districtCode: text('district_code').notNull(),
    method: passageMethod('method').notNull(),
    source: passageSource('source').notNull(),
    evidence: passageEvidence('evidence').notNull(),
    result: passageResult('result').notNull(),
    vaccine: text('vaccine'),
    doses: smallint('doses'),
    lastDoseOn: date('last_dose_on', { mode: 'string' }),
    ruleVersion: integer('rule_version').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    // Day and hour in Asia/Ho_Chi_Minh of checked_at: the aggregate bucket, stored so that a
    // void or purge adjusts exactly the bucket the insert counted in.
    localDay: date('local_day', { mode: 'string' }).notNull(),
    localHour: smallint('local_hour').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    // Keyed hash of the canonical request, to tell a retry from a reuse of its key; it covers
    // personal fields, so the retention purge nulls it with them.
    bodyHash: text('body_hash'),
    officerId: uuid('officer_id'),
    deviceId: text('device_id'),
    citizenName: text('citizen_name'),
    birthYear: smallint('birth_year'),
    phone: text('phone'),
    phoneHash: text('phone_hash'),
    idNumberHash: text('id_number_hash'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: uuid('voided_by'),
    personalPurgedAt: timestamp('personal_purged_at', { withTimezone: true }),
  },
  (t) => [
    index('passages_checkpoint_checked_idx').on(t.checkpointId, t.checkedAt),
    index('passages_district_day_idx').on(t.districtCode, t.localDay),
    index('passages_phone_hash_idx').on(t.phoneHash).where(sql`${t.phoneHash} is not null`),
    index('passages_id_hash_idx').on(t.idNumberHash).where(sql`${t.idNumberHash} is not null`),
    index('passages_purge_idx').on(t.checkedAt).where(sql`${t.personalPurgedAt} is null`),
  ],
);

const dims = {
  checkpointId: uuid('checkpoint_id').notNull(),
  districtCode: text('district_code').notNull(),
  method: passageMethod('method').notNull(),
  source: passageSource('source').notNull(),
  evidence: passageEvidence('evidence').notNull(),
  result: passageResult('result').notNull(),
  count: integer('count').notNull().default(0),
};

// Statistics read only these, never the raw passages; written in the passage's transaction.
export const passageDailyStats = pgTable(
  'passage_daily_stats',
  { day: date('day', { mode: 'string' }).notNull(), ...dims },
  (t) => [
    primaryKey({ columns: [t.day, t.checkpointId, t.method, t.source, t.evidence, t.result] }),
    index('passage_daily_stats_district_idx').on(t.districtCode, t.day),
    // A statistics filter on one checkpoint reads its days without scanning every checkpoint's.
    index('passage_daily_stats_checkpoint_idx').on(t.checkpointId, t.day),
  ],
);

export const passageHourlyStats = pgTable(
  'passage_hourly_stats',
  { day: date('day', { mode: 'string' }).notNull(), hour: smallint('hour').notNull(), ...dims },
  (t) => [
    primaryKey({ columns: [t.day, t.hour, t.checkpointId, t.method, t.source, t.evidence, t.result] }),
    index('passage_hourly_stats_district_idx').on(t.districtCode, t.day),
    index('passage_hourly_stats_checkpoint_idx').on(t.checkpointId, t.day),
  ],
);
