import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { dataDir } from '@/db/config';

export type SecretName = 'AUTH_SECRET' | 'POSTER_HMAC_KEY' | 'PERSONAL_DATA_HASH_KEY';
export const SECRET_NAMES: SecretName[] = ['AUTH_SECRET', 'POSTER_HMAC_KEY', 'PERSONAL_DATA_HASH_KEY'];
export type SecretOrigin = 'environment' | 'database' | 'folder';

const ENV_ALIASES: Record<SecretName, string[]> = {
  AUTH_SECRET: ['AUTH_SECRET', 'NEXTAUTH_SECRET'],
  POSTER_HMAC_KEY: ['POSTER_HMAC_KEY'],
  PERSONAL_DATA_HASH_KEY: ['PERSONAL_DATA_HASH_KEY'],
};

// On globalThis, not in this module: Next loads the module once per bundle layer, and the secrets
// the database handed out at start (shared-secrets.ts) must be the ones every copy sees.
const store = globalThis as typeof globalThis & { __qnSecrets?: Map<SecretName, { value: string; origin: SecretOrigin }> };
const known = () => (store.__qnSecrets ??= new Map());

export const secretFromEnv = (name: SecretName) => ENV_ALIASES[name].map((key) => process.env[key]).find(Boolean);

/**
 * A secret from the environment; else, on PostgreSQL, the one all processes share in the database
 * (loaded at start by db/bootstrap); else one generated on first use into `$DATA_DIR/secrets/`
 * and reused ever after: printed posters and phone look-ups must keep working across restarts.
 */
export function getSecret(name: SecretName): string {
  const found = known().get(name);
  if (found) return found.value;
  const fromEnv = secretFromEnv(name);
  const value = fromEnv ?? readOrCreate(name);
  known().set(name, { value, origin: fromEnv ? 'environment' : 'folder' });
  return value;
}

/** Where each secret comes from (for the start-up warning); asks nothing it has not loaded. */
export function secretOrigin(name: SecretName): SecretOrigin {
  return known().get(name)?.origin ?? (secretFromEnv(name) ? 'environment' : 'folder');
}

/** Installs secrets read from the database for this process (replacing what it knew). */
export function useDatabaseSecrets(values: Map<SecretName, string>): void {
  for (const [name, value] of values) known().set(name, { value, origin: 'database' });
}

/** Forgets every loaded secret (a test playing a second process). */
export function forgetSecrets(): void {
  store.__qnSecrets = undefined;
}

export const folderFile = (name: SecretName) => path.join(dataDir(), 'secrets', name);

/** The folder's value if a file holds one (an install that predates shared secrets). */
export function readFolderSecret(name: SecretName): string | undefined {
  try {
    return fs.readFileSync(folderFile(name), 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

export const newSecret = () => crypto.randomBytes(32).toString('base64url');

function readOrCreate(name: SecretName): string {
  const existing = readFolderSecret(name);
  if (existing) return existing;
  const file = folderFile(name);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = newSecret();
  try {
    // 'wx' fails if another process created it first; then that process's value wins.
    fs.writeFileSync(file, `${value}\n`, { flag: 'wx', mode: 0o600 });
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFileSync(file, 'utf8').trim();
  }
}
