import { readFileSync } from 'node:fs';
import path from 'node:path';
import { base64ToBytes } from '../bytes';
import { parseClock } from './clock';

/** The step flags of the EU test-data format, in the order the report lists them. */
export const FLAGS = [
  'EXPECTEDVALIDOBJECT',
  'EXPECTEDSCHEMAVALIDATION',
  'EXPECTEDENCODE',
  'EXPECTEDDECODE',
  'EXPECTEDVERIFY',
  'EXPECTEDUNPREFIX',
  'EXPECTEDVALIDJSON',
  'EXPECTEDCOMPRESSION',
  'EXPECTEDB45DECODE',
  'EXPECTEDPICTUREDECODE',
  'EXPECTEDEXPIRATIONCHECK',
  'EXPECTEDKEYUSAGE',
] as const;
export type Flag = (typeof FLAGS)[number];

/** Misspellings seen in published files, read as the flag they mean. */
const ALIASES: Readonly<Record<string, Flag>> = { EXPTECTEDEXPIRED: 'EXPECTEDEXPIRATIONCHECK' };

export interface TestCase {
  file: string;
  json?: { [key: string]: unknown };
  cborHex?: string;
  coseHex?: string;
  compressedHex?: string;
  base45?: string;
  prefix?: string;
  image?: Uint8Array;
  certificate?: string;
  clock?: Date;
  expected: Map<Flag, boolean>;
}

const isFlag = (key: string): key is Flag => (FLAGS as readonly string[]).includes(key);

/** Flattens EXPECTEDRESULTS, including the files that nest it twice; booleans only. */
function expectedFlags(results: unknown, into = new Map<Flag, boolean>()): Map<Flag, boolean> {
  if (!results || typeof results !== 'object') return into;
  for (const [key, value] of Object.entries(results)) {
    const flag = ALIASES[key] ?? key;
    if (value && typeof value === 'object') expectedFlags(value, into);
    else if (typeof value === 'boolean' && isFlag(flag)) into.set(flag, value);
  }
  return into;
}

const stringField = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function readTestCase(filePath: string): TestCase {
  const raw = JSON.parse(readFileSync(filePath, 'utf8')) as Record<string, unknown>;
  const context = (raw.TESTCTX ?? {}) as Record<string, unknown>;
  const image = stringField(raw['2DCODE']) ?? stringField(raw._2DCODE);
  const clock = stringField(context.VALIDATIONCLOCK) ?? stringField(context.validationClockInstant);
  const json = raw.JSON && typeof raw.JSON === 'object' && !Array.isArray(raw.JSON) ? (raw.JSON as { [key: string]: unknown }) : undefined;
  return {
    file: path.basename(filePath),
    json,
    cborHex: stringField(raw.CBOR),
    coseHex: stringField(raw.COSE),
    compressedHex: stringField(raw.COMPRESSED),
    base45: stringField(raw.BASE45),
    prefix: stringField(raw.PREFIX),
    image: image ? base64ToBytes(image) : undefined,
    certificate: stringField(context.CERTIFICATE),
    clock: clock ? parseClock(clock) : undefined,
    expected: expectedFlags(raw.EXPECTEDRESULTS),
  };
}
