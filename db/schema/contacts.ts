import { pgTable, text, uuid, integer, timestamp, pgEnum, index } from 'drizzle-orm/pg-core';

export const contactKind = pgEnum('contact_kind', ['agency', 'person']);

// The public directory under the letter's own support contacts (lib/config/site.ts), which
// always come first and are not stored here.
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: contactKind('kind').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    unit: text('unit'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    notes: text('notes'),
    // Lower first; ties by name.
    position: integer('position').notNull().default(100),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contacts_order_idx').on(t.position, t.name)],
);
