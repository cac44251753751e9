import type { Json } from './cbor';
import { certificateTypes } from './entries';
import { VALIDATORS } from './validators';
import type { SchemaValidator } from './validators/runtime';

/**
 * Schema policy (one rule for every certificate, no exceptions per issuer or file):
 * - the payload's own `ver` picks the schema: the newest shipped version not above it
 *   (1.3.5 → 1.3.3, 1.2.9 → 1.2.1); a `ver` below the oldest, missing or not x.y.z falls back
 *   to the oldest (1.0.0);
 * - strictness is the published schema as its draft 2020-12 reads it: `format` is an annotation,
 *   not an assertion (issuers wrote dates such as "2021-03-18T22:54:00+02:00" where a date was
 *   meant), additional properties are allowed, and value-set membership is not checked, because
 *   value sets change over time and an old but genuine certificate must not fail on a retired code;
 * - plus the EU rule that the older schemas do not encode: a DCC carries exactly one of the
 *   groups v, t and r.
 */
type VersionedValidator = readonly [version: string, validate: SchemaValidator];

const parseVersion = (text: string): number[] | null => {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return match ? match.slice(1).map(Number) : null;
};
const SHIPPED = VALIDATORS.map((entry) => ({ entry, version: parseVersion(entry[0]) as number[] }));
/** Few distinct ver strings exist, and schema selection runs on every verification. */
const chosenByVer = new Map<string, VersionedValidator>();

export function selectSchemaVersion(ver: unknown): VersionedValidator {
  const wanted = typeof ver === 'string' ? parseVersion(ver) : null;
  if (!wanted) return VALIDATORS[0];
  const cached = chosenByVer.get(ver as string);
  if (cached) return cached;
  let chosen = VALIDATORS[0];
  for (const { entry, version } of SHIPPED) {
    const cmp = version[0] - wanted[0] || version[1] - wanted[1] || version[2] - wanted[2];
    if (cmp <= 0) chosen = entry;
  }
  if (chosenByVer.size < 64) chosenByVer.set(ver as string, chosen);
  return chosen;
}

export interface SchemaResult {
  version: string;
  valid: boolean;
  error: string | null;
}

export function validateHcertSchema(hcert: { [key: string]: Json }): SchemaResult {
  const [version, validate] = selectSchemaVersion(hcert.ver);
  if (!validate(hcert)) {
    const first = validate.errors?.[0];
    return { version, valid: false, error: `schema ${version}: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}` };
  }
  const groups = certificateTypes(hcert).length;
  if (groups !== 1) return { version, valid: false, error: `schema ${version}: expected exactly one of v, t, r but found ${groups}` };
  return { version, valid: true, error: null };
}

/** The newest shipped schema of the same major version as `ver` (1.0.0 → 1.3.3), if any. */
export function newestOfMajor(ver: unknown): VersionedValidator | null {
  const wanted = typeof ver === 'string' ? parseVersion(ver) : null;
  const major = wanted ? wanted[0] : SHIPPED[0].version[0];
  const same = SHIPPED.filter(({ version }) => version[0] === major);
  return same.length ? same[same.length - 1].entry : null;
}

/**
 * The verifier's policy, as deployed verifiers apply it: issuers stamp an old `ver` on payloads
 * written in a newer format (a partial birth date "1964" under 1.0.0), so a payload passes when it
 * matches its own version's schema or the newest schema of the same major version. The strict
 * per-version answer stays `validateHcertSchema`, which the conformance command reports.
 */
export function validateForVerification(hcert: { [key: string]: Json }): SchemaResult {
  const own = validateHcertSchema(hcert);
  if (own.valid) return own;
  const newest = newestOfMajor(hcert.ver);
  if (!newest || newest[0] === own.version) return own;
  const again = validateHcertSchema({ ...hcert, ver: newest[0] });
  return again.valid ? again : { ...again, error: `${own.error}; ${again.error}` };
}
