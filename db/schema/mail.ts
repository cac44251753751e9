import { pgTable, text, uuid, integer, timestamp, pgEnum, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { letterReceipts } from './letters';
import { materials } from './materials';

// The e-mail addresses of one recipient unit of the letters' lists (lib/letters/recipients.ts):
// the units themselves are fixed by the letter, their addresses are edited by the admin.
export const letterRecipientEmails = pgTable('letter_recipient_emails', {
  recipientKey: text('recipient_key').primaryKey(),
  emails: text('emails').array().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const mailJobKind = pgEnum('mail_job_kind', ['letter', 'letter_resend', 'letter_reminder', 'subscription_confirm', 'new_material']);
export const mailJobStatus = pgEnum('mail_job_status', ['queued', 'sending', 'sent', 'failed', 'cancelled']);

// One e-mail to deliver (lib/mail/worker.ts). `dedupeKey` is unique, so "never sent twice" is a
// constraint, not a hope: `letter:<receipt>:<version>`, `reminder:<receipt>:<n>`,
// `material:<subscriber>:<material>`… A resend asked by the admin gets a key of its own.
export const mailJobs = pgTable(
  'mail_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: mailJobKind('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    receiptId: uuid('receipt_id').references(() => letterReceipts.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id').references(() => mailSubscribers.id, { onDelete: 'cascade' }),
    materialId: uuid('material_id').references(() => materials.id, { onDelete: 'cascade' }),
    // Letters: the unit's addresses when the job was queued (subscribers are read when sent).
    toAddresses: text('to_addresses').array().notNull().default([]),
    status: mailJobStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // A claimed job whose process died is claimable again after this.
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mail_jobs_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('queued', 'sending')`),
    index('mail_jobs_receipt_idx').on(t.receiptId),
  ],
);

export const subscriberStatus = pgEnum('subscriber_status', ['pending', 'confirmed', 'unsubscribed']);

// Press and district staff who asked for a mail per newly published material. The address is kept
// for that alone; unsubscribing erases it (the row stays so that its jobs are cancelled).
export const mailSubscribers = pgTable('mail_subscribers', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').unique(),
  status: subscriberStatus('status').notNull().default('pending'),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
