/**
 * What the generated validators need at run time: their type and Unicode-aware string length.
 * Written here instead of importing Ajv's runtime so the browser bundle does not need Ajv.
 */

export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
}

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** String length in Unicode code points, as JSON Schema counts maxLength. */
export function ucs2length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++, length++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) i++;
    }
  }
  return length;
}
