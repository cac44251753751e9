/**
 * Keys whose values are personal or secret wherever they appear in a logged object (any depth,
 * any case, camelCase or snake_case): citizens' and officers' identity, credentials, certificate
 * payloads, and a database driver's bound parameters and row details, which hold all of these.
 */
const EXACT = new Set([
  'name', 'fullname', 'citizenname', 'holdername', 'givenname', 'familyname', 'username', 'citizen', 'holder',
  'birthyear', 'birthdate', 'dob', 'dateofbirth', 'idnumber', 'documentnumber', 'cccd', 'cmnd', 'email', 'address',
  'cookie', 'cookies', 'authorization', 'qr', 'qrtext', 'raw', 'certificate',
  'params', 'parameters', 'args', 'detail', 'internalquery',
]);
const CONTAINS = ['phone', 'password', 'token', 'secret', 'hc1', 'idnumber'];

const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

export function isPersonalKey(key: string): boolean {
  const k = normalise(key);
  return EXACT.has(k) || CONTAINS.some((part) => k.includes(part));
}

export const REDACTED = '[redacted]';
