import { pgTable, text, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';

// Small admin-editable settings (retention period, …) keyed by name; typed and defaulted in
// lib/settings so that a missing row always means "the documented default".
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
