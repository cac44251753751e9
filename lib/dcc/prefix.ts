import { DccError } from './dcc-error';

/** The context identifier of an EU DCC; "HC1" is health certificate version 1. */
export const HC1_PREFIX = 'HC1:';

/**
 * Strips the HC1: prefix. Scanners may add surrounding whitespace, so it is trimmed; the
 * prefix itself is case-sensitive as the spec writes it, and other contexts (HC2:, HL0:)
 * are refused rather than guessed at.
 */
export function removeHc1Prefix(qrText: string): string {
  const text = qrText.trim();
  if (!text.startsWith(HC1_PREFIX)) {
    throw new DccError('bad_prefix', `expected prefix ${HC1_PREFIX} but got ${JSON.stringify(text.slice(0, 4))}`);
  }
  return text.slice(HC1_PREFIX.length);
}
