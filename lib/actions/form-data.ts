/**
 * FormData to a plain object for zod: repeated names (checkboxes, multi-selects) become arrays
 * when the field name ends in `[]` or appears more than once; files are kept as File.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) if (!isNoFile(value)) collect(out, rawKey, value);
  return out;
}

/**
 * An empty file input posts a 0-byte file with no name, which the server's multipart decoding
 * names "undefined": it means "no file chosen", not a file called “undefined”.
 */
function isNoFile(value: FormDataEntryValue) {
  return typeof value !== 'string' && value.size === 0 && (!value.name || value.name === 'undefined');
}

const HIDDEN_VALUES = /password/i;

/**
 * What the form showed, so that a refused submission keeps the user's input: the same shape as
 * `formDataToObject`, minus passwords, with a chosen file echoed as its name (a file input cannot
 * be refilled from the server; the form restores the file itself and shows the name).
 */
export function echoValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (HIDDEN_VALUES.test(rawKey)) continue;
    if (typeof value !== 'string') {
      if (!isNoFile(value)) collect(out, rawKey, value.name);
      continue;
    }
    collect(out, rawKey, value);
  }
  return out as Record<string, string | string[]>;
}

function collect(out: Record<string, unknown>, rawKey: string, value: unknown) {
  if (rawKey.startsWith('$ACTION')) return;
  const isList = rawKey.endsWith('[]');
  const key = isList ? rawKey.slice(0, -2) : rawKey;
  const current = out[key];
  if (isList) out[key] = [...((current as unknown[]) ?? []), value];
  else if (current === undefined) out[key] = value;
  else out[key] = Array.isArray(current) ? [...current, value] : [current, value];
}
