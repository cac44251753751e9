import { pgTable, uuid, integer, text, timestamp, bigint, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { checkpoints } from './checkpoints';

// Every poster version a checkpoint has had. The current one has no revoked_at; rotation revokes
// the previous row (its token and manual code together) and adds the next. Keeping revoked rows
// lets the landing tell a revoked poster from a token that was never issued.
export const posterVersions = pgTable(
  'poster_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    checkpointId: uuid('checkpoint_id')
      .notNull()
      .references(() => checkpoints.id),
    version: integer('version').notNull(),
    manualCode: text('manual_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    uniqueIndex('poster_versions_checkpoint_version_uq').on(t.checkpointId, t.version),
    // A code is reused only after its poster is revoked, so an active code names one checkpoint.
    uniqueIndex('poster_versions_active_code_uq').on(t.manualCode).where(sql`${t.revokedAt} is null`),
    index('poster_versions_code_idx').on(t.manualCode),
  ],
);
