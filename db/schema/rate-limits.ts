import { pgTable, text, integer, timestamp } from 'drizzle-orm/pg-core';

// Fixed-window counters for the public check-in and ingest endpoints, in the database so that
// every server process counts against the same limits.
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});
