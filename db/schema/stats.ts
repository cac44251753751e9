import { pgTable, text, uuid, integer, smallint, date, index, primaryKey } from 'drizzle-orm/pg-core';
import { passageEvidence, passageMethod, passageResult, passageSource } from './passages';

// Statistics rollups: smaller copies of the passage aggregates, each shaped for the dashboard
// queries that read it, written by the same statement (insert) or transaction (void) as the
// passages they count. Column names match passage_daily_stats so one query text reads any of them.

// District × day × method × source × evidence × result: the daily series by result and the
// breakdowns, and any method/source/evidence filter without a checkpoint. Without the checkpoint
// dimension it is ~1/N_checkpoints of passage_daily_stats per district.
export const statsDistrictDaily = pgTable(
  'stats_district_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    districtCode: text('district_code').notNull(),
    method: passageMethod('method').notNull(),
    source: passageSource('source').notNull(),
    evidence: passageEvidence('evidence').notNull(),
    result: passageResult('result').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.districtCode, t.method, t.source, t.evidence, t.result] })],
);

// Checkpoint × day with the three KPI measures pivoted into columns: one row per checkpoint and
// day for KPIs, district totals and the checkpoint ranking (and any checkpoint filter on them).
export const statsCheckpointDaily = pgTable(
  'stats_checkpoint_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    checkpointId: uuid('checkpoint_id').notNull(),
    districtCode: text('district_code').notNull(),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    /** Valid and proven by a certificate the server checked. */
    certified: integer('certified').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.checkpointId] }),
    index('stats_checkpoint_daily_district_idx').on(t.districtCode, t.day),
    // A checkpoint's last day with a check (drill-down), read backwards from the end of the range
    // instead of a year of every checkpoint's days.
    index('stats_checkpoint_daily_checkpoint_idx').on(t.checkpointId, t.day),
  ],
);

// District × day × hour (total, valid): the hour-of-day × weekday heatmap without a checkpoint,
// method, source or evidence filter, in 24 rows per district and day.
export const statsDistrictHourly = pgTable(
  'stats_district_hourly',
  {
    day: date('day', { mode: 'string' }).notNull(),
    districtCode: text('district_code').notNull(),
    hour: smallint('hour').notNull(),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.districtCode, t.hour] })],
);

// Checkpoint × day × hour (total, valid, certified): the hours a checkpoint usually works and its
// last check's hour (silent-checkpoint alert, drill-down "last check"), and any hour-grain query
// at one checkpoint. At most 24 rows per checkpoint and day whatever the traffic, where
// passage_hourly_stats has one per method/source/evidence/result combination seen: its size, and
// so the alert's cost, grew with the number of passages.
export const statsCheckpointHourly = pgTable(
  'stats_checkpoint_hourly',
  {
    day: date('day', { mode: 'string' }).notNull(),
    checkpointId: uuid('checkpoint_id').notNull(),
    hour: smallint('hour').notNull(),
    districtCode: text('district_code').notNull(),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    certified: integer('certified').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.checkpointId, t.hour] })],
);
