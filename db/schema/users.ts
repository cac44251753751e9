import { pgTable, text, uuid, integer, timestamp, pgEnum, index } from 'drizzle-orm/pg-core';
import { districts } from './reference';

export const userRole = pgEnum('user_role', ['admin', 'police', 'district', 'viewer', 'officer']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    role: userRole('role').notNull(),
    // Set for `district` users (their scope) and for officers (the district that manages them).
    districtCode: text('district_code').references(() => districts.code),
    phone: text('phone'),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    // Bumped on password change or disable: sessions carry the version they were issued with,
    // so every older session stops working on its next request.
    tokenVersion: integer('token_version').notNull().default(0),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('users_district_idx').on(t.districtCode)],
);

// Failed sign-ins, per account and per client IP, in one table so that every server process
// sees the same counts (an in-memory counter would reset on restart and differ per process).
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

// Sessions ended by signing out, kept until the session would have expired anyway: a session is
// a signed cookie, so without this list a copied cookie would outlive the sign-out.
export const revokedSessions = pgTable('revoked_sessions', {
  sessionId: text('session_id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
