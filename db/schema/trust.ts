import { boolean, customType, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => 'bytea',
  // postgres.js hands back a Buffer, PGlite a Uint8Array: callers always get a plain Uint8Array.
  fromDriver: (value) => new Uint8Array(value),
  toDriver: (value) => value,
});

// Document signer certificates (DSC) the certificate verifier trusts, keyed by COSE key id.
// A signer is never deleted: disabling keeps the row (and the audit trail) and drops it from
// the list the server and the consoles verify with.
export const trustedSigners = pgTable(
  'trusted_signers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kid: text('kid').notNull(),
    country: text('country').notNull(),
    algorithm: text('algorithm').notNull(),
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
    certificate: bytea('certificate').notNull(),
    /** False when the list filed the certificate under a kid other than its SHA-256 one. */
    kidMatchesCertificate: boolean('kid_matches_certificate').notNull().default(true),
    enabled: boolean('enabled').notNull().default(true),
    /** The official source that brought it; null for a signer an admin added by hand (a sync never touches those). */
    sourceId: uuid('source_id').references((): AnyPgColumn => trustSources.id),
    /** Set when the source's list stopped carrying it (it is disabled then); a later list that carries it again re-enables it. */
    syncRemovedAt: timestamp('sync_removed_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One row per kid: the verifier selects by kid, and a second certificate under a kid already
  // trusted is refused at import rather than silently shadowing the first.
  (t) => [uniqueIndex('trusted_signers_kid_uq').on(t.kid)],
);

// An official trust-list source the server fetches on a schedule and on demand. The row is also the
// sync status (last attempt, last success and its counts, last error) and the schedule's guard:
// a process claims a due run by moving `last_attempt_at` forward, so several processes never
// fetch the same source at once.
export const trustSources = pgTable('trust_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  /** SPKI PEM of the ECDSA P-256 key that signs the list; null only for a source marked unsigned. */
  publicKeyPem: text('public_key_pem'),
  /** The admin accepted an unsigned (EU-gateway-style) list from this address. */
  unsigned: boolean('unsigned').notNull().default(false),
  intervalHours: integer('interval_hours').notNull().default(24),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastAdded: integer('last_added'),
  lastRemoved: integer('last_removed'),
  lastUnchanged: integer('last_unchanged'),
  lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
  lastError: text('last_error'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
