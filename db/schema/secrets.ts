import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Keys the portal generated for itself (session signing, poster HMAC, personal-data hashing) when
// the environment gives none: kept in PostgreSQL so every process on that database uses the same
// ones (lib/config/shared-secrets.ts). Only the server reads them; never shown in any page.
export const generatedSecrets = pgTable('generated_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
