import type { Json } from './cbor';
import type { CertificateType, RecoveryEntry, TestEntry, VaccinationEntry } from './types';
import { displayName } from './valuesets';

type JsonObject = { [key: string]: Json };

const GROUPS: ReadonlyArray<[key: 'v' | 'r' | 't', type: CertificateType]> = [
  ['v', 'vaccination'],
  ['r', 'recovery'],
  ['t', 'test'],
];

/** Every group the payload carries (a valid DCC carries exactly one). */
export function certificateTypes(hcert: JsonObject): CertificateType[] {
  return GROUPS.filter(([key]) => Array.isArray(hcert[key]) && (hcert[key] as Json[]).length > 0).map(([, type]) => type);
}

/** The first entry of a group, when it is an object. */
export function firstEntry(hcert: JsonObject, key: 'v' | 'r' | 't'): JsonObject | null {
  const group = hcert[key];
  const entry = Array.isArray(group) ? group[0] : undefined;
  return entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : null;
}

const str = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const optional = (value: Json | undefined): string | null => (typeof value === 'string' ? value : null);
/** The calendar date as written; some issuers append a time ("2021-03-18T22:54:00+02:00"). */
const day = (value: Json | undefined): string => {
  const text = str(value);
  return /^\d{4}-\d{2}-\d{2}(T|$)/.test(text) ? text.slice(0, 10) : text;
};
const int = (value: Json | undefined): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

export function readVaccination(e: JsonObject): VaccinationEntry {
  return {
    tg: str(e.tg),
    vp: str(e.vp),
    vpName: displayName('prophylaxis', str(e.vp)),
    mp: str(e.mp),
    mpName: displayName('product', str(e.mp)),
    ma: str(e.ma),
    maName: displayName('manufacturer', str(e.ma)),
    dn: int(e.dn),
    sd: int(e.sd),
    dt: day(e.dt),
    co: str(e.co),
    coName: displayName('country', str(e.co)),
    is: str(e.is),
    ci: str(e.ci),
  };
}

export function readRecovery(e: JsonObject): RecoveryEntry {
  const co = str(e.co);
  return { tg: str(e.tg), fr: day(e.fr), df: day(e.df), du: day(e.du), co, coName: displayName('country', co), is: str(e.is), ci: str(e.ci) };
}

export function readTest(e: JsonObject): TestEntry {
  const ma = optional(e.ma);
  return {
    tg: str(e.tg),
    tt: str(e.tt),
    ttName: displayName('testType', str(e.tt)),
    nm: optional(e.nm),
    ma,
    maName: ma === null ? null : displayName('testDevice', ma),
    sc: str(e.sc),
    tr: str(e.tr),
    trName: displayName('testResult', str(e.tr)),
    tc: optional(e.tc),
    co: str(e.co),
    coName: displayName('country', str(e.co)),
    is: str(e.is),
    ci: str(e.ci),
  };
}
