import {
  pgTable, text, uuid, integer, timestamp, pgEnum, boolean, doublePrecision, index, primaryKey,
} from 'drizzle-orm/pg-core';
import { districts, communes } from './reference';
import { users } from './users';

export const checkpointKind = pgEnum('checkpoint_kind', ['fixed', 'patrol']);
export const checkpointStatus = pgEnum('checkpoint_status', ['active', 'paused', 'closed']);

export const checkpoints = pgTable(
  'checkpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // A short number for people and for compact poster tokens (a uuid would make the QR denser).
    number: integer('number').notNull().unique().generatedAlwaysAsIdentity(),
    kind: checkpointKind('kind').notNull(),
    name: text('name').notNull(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    // Optional: Lý Sơn has no communes.
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    responsibleUnit: text('responsible_unit'),
    phone: text('phone'),
    // Readiness as the letter lists it; "location QR created" is derived from poster versions.
    smartphoneCount: integer('smartphone_count').notNull().default(0),
    hasMobileData: boolean('has_mobile_data').notNull().default(false),
    installedApps: text('installed_apps').array().notNull().default([]),
    status: checkpointStatus('status').notNull().default('active'),
    shiftNotes: text('shift_notes'),
    // 0 until the first poster is issued; bumped only by the explicit rotate action.
    posterVersion: integer('poster_version').notNull().default(0),
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('checkpoints_district_idx').on(t.districtCode),
    index('checkpoints_status_idx').on(t.status),
  ],
);

export const checkpointOfficers = pgTable(
  'checkpoint_officers',
  {
    checkpointId: uuid('checkpoint_id')
      .notNull()
      .references(() => checkpoints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.checkpointId, t.userId] }), index('checkpoint_officers_user_idx').on(t.userId)],
);
