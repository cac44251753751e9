import type { Json } from './cbor';
import type { DccHolder } from './types';

function text(value: Json | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "BAO<DUY" → "BAO DUY": ICAO uses < where a space was. */
function fromStandard(value: string | null): string | null {
  return value === null ? null : value.split('<').filter(Boolean).join(' ');
}

/**
 * The holder as an officer reads them. Vietnamese names put the family name first, which is
 * also the order of `nam` (fn, gn); the transliterated fnt/gnt stand in when the issuer left
 * the native spelling out.
 */
export function readHolder(hcert: { [key: string]: Json }): DccHolder {
  const nam = hcert.nam && typeof hcert.nam === 'object' && !Array.isArray(hcert.nam) ? hcert.nam : {};
  const familyName = text(nam.fn);
  const givenName = text(nam.gn);
  const familyNameStandard = text(nam.fnt);
  const givenNameStandard = text(nam.gnt);
  const native = [familyName, givenName].filter(Boolean).join(' ');
  const standard = [fromStandard(familyNameStandard), fromStandard(givenNameStandard)].filter(Boolean).join(' ');
  return {
    name: native || standard,
    familyName,
    givenName,
    familyNameStandard,
    givenNameStandard,
    dateOfBirth: typeof hcert.dob === 'string' ? hcert.dob : '',
  };
}
