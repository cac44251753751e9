/**
 * FormData to a plain object for zod: repeated names (checkboxes, multi-selects) become arrays
 * when the field name ends in `[]` or appears more than once; files are kept as File.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith('$ACTION')) continue;
    const isList = rawKey.endsWith('[]');
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const current = out[key];
    if (isList) out[key] = [...((current as unknown[]) ?? []), value];
    else if (current === undefined) out[key] = value;
    else out[key] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

const HIDDEN_VALUES = /password/i;

/** What the form showed, so that a refused submission keeps the user's input (minus passwords). */
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || HIDDEN_VALUES.test(key) || typeof value !== 'string') continue;
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}
