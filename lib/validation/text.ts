import { z } from 'zod';
import { hasForbiddenCharacters, INVALID_TEXT_MESSAGE, withoutBidiControls } from '@/lib/text/clean-text';

/**
 * The base of every string a person types into a form, a CSV or a device: control characters
 * (NUL makes PostgreSQL fail) and broken UTF-16 are refused with a Vietnamese message before any
 * database sees them; bidirectional controls are dropped. Chain `.trim().min().max()` as usual.
 */
export function userText({ multiline = false, error }: { multiline?: boolean; error?: string } = {}) {
  return z
    .string(error ? { error } : undefined)
    .refine((v) => !hasForbiddenCharacters(v, { multiline }), { message: INVALID_TEXT_MESSAGE, abort: true })
    .overwrite(withoutBidiControls);
}

/** Optional text where a blank field means "none". */
export function optionalUserText(max: number, message: string, options: { multiline?: boolean } = {}) {
  return userText(options).trim().max(max, message).optional().transform((v) => (v ? v : undefined));
}
