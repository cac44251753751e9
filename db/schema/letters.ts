import { pgTable, text, uuid, integer, timestamp, pgEnum, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { materials } from './materials';
import { districts } from './reference';

export const recipientList = pgEnum('recipient_list', ['to', 'cc']);

// One recipient of one sent letter (văn bản gửi đơn vị). The personal link's token is random
// and only its SHA-256 is kept, so the table alone never opens a letter.
export const letterReceipts = pgTable(
  'letter_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    materialId: uuid('material_id').notNull().references(() => materials.id),
    // A key of the letter's recipient lists (lib/letters/recipients.ts), e.g. `district-pc:524`.
    recipientKey: text('recipient_key').notNull(),
    recipientName: text('recipient_name').notNull(),
    list: recipientList('list').notNull(),
    groupKey: text('group_key').notNull(),
    // Set for the district People's Committees and culture offices: that district's users confirm.
    districtCode: text('district_code').references(() => districts.code),
    note: text('note'),
    tokenHash: text('token_hash').notNull().unique(),
    tokenIssuedAt: timestamp('token_issued_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    sentBy: uuid('sent_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    lastOpenedAt: timestamp('last_opened_at', { withTimezone: true }),
    openCount: integer('open_count').notNull().default(0),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedVia: text('confirmed_via'),
    confirmedBy: uuid('confirmed_by'),
    // Who confirmed, as they typed it (name and title), for the tracking page and its CSV.
    confirmerName: text('confirmer_name'),
    confirmerTitle: text('confirmer_title'),
    // The token sealed with a key derived from AUTH_SECRET (lib/letters/sealed-token.ts): the mail
    // worker needs the link again for deliveries, resends and reminders; the table alone opens nothing.
    tokenSealed: text('token_sealed'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('letter_receipts_material_recipient_idx').on(t.materialId, t.recipientKey),
    index('letter_receipts_district_idx').on(t.districtCode),
  ],
);
