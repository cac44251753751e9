import { pgTable, text, uuid, integer, smallint, timestamp } from 'drizzle-orm/pg-core';

// The verification rule's history. Rows are never updated: a change is a new version with its
// own effective instant, so every stored passage keeps the rule it was judged with.
export const verificationRules = pgTable('verification_rules', {
  version: integer('version').primaryKey(),
  effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
  requiredDoses: smallint('required_doses').notNull(),
  singleDoseVaccines: text('single_dose_vaccines').array().notNull().default([]),
  daysAfterLastDose: smallint('days_after_last_dose').notNull(),
  validityDays: integer('validity_days'),
  recoveryDays: integer('recovery_days'),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
