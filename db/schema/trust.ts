import { boolean, customType, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One row per kid: the verifier selects by kid, and a second certificate under a kid already
  // trusted is refused at import rather than silently shadowing the first.
  (t) => [uniqueIndex('trusted_signers_kid_uq').on(t.kid)],
);
