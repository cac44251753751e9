import { bytesToBase64 } from './bytes';
import type { DecodedHc1 } from './decode-hc1';
import { certificateTypes, firstEntry, readRecovery, readTest, readVaccination } from './entries';
import { readHolder } from './holder';
import type { DccContent } from './types';

/** Everything a decoded certificate says, read defensively: it may not have passed the schema. */
export function readContent({ cose, claims }: DecodedHc1): DccContent {
  const { hcert } = claims;
  const types = certificateTypes(hcert);
  const v = firstEntry(hcert, 'v');
  const r = firstEntry(hcert, 'r');
  const t = firstEntry(hcert, 't');
  return {
    kid: cose.kid ? bytesToBase64(cose.kid) : null,
    issuerCountry: claims.issuer,
    issuedAt: claims.issuedAt,
    expiresAt: claims.expiresAt,
    schemaVersion: typeof hcert.ver === 'string' ? hcert.ver : null,
    holder: readHolder(hcert),
    type: types.length === 1 ? types[0] : null,
    vaccination: v ? readVaccination(v) : null,
    recovery: r ? readRecovery(r) : null,
    test: t ? readTest(t) : null,
    payload: hcert,
  };
}
