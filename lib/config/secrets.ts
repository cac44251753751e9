import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { dataDir } from '@/db/config';

export type SecretName = 'AUTH_SECRET' | 'POSTER_HMAC_KEY' | 'PERSONAL_DATA_HASH_KEY';

const ENV_ALIASES: Record<SecretName, string[]> = {
  AUTH_SECRET: ['AUTH_SECRET', 'NEXTAUTH_SECRET'],
  POSTER_HMAC_KEY: ['POSTER_HMAC_KEY'],
  PERSONAL_DATA_HASH_KEY: ['PERSONAL_DATA_HASH_KEY'],
};

const cache = new Map<SecretName, string>();

/**
 * A secret from the environment, else one generated on first use into `.data/secrets/` and
 * reused ever after: printed posters and phone look-ups must keep working across restarts.
 */
export function getSecret(name: SecretName): string {
  const cached = cache.get(name);
  if (cached) return cached;
  const fromEnv = ENV_ALIASES[name].map((key) => process.env[key]).find(Boolean);
  const value = fromEnv ?? readOrCreate(path.join(dataDir(), 'secrets', name));
  cache.set(name, value);
  return value;
}

function readOrCreate(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = crypto.randomBytes(32).toString('base64url');
  try {
    // 'wx' fails if another process created it first; then that process's value wins.
    fs.writeFileSync(file, `${value}\n`, { flag: 'wx', mode: 0o600 });
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFileSync(file, 'utf8').trim();
  }
}
