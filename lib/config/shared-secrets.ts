import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { generatedSecrets } from '@/db/schema';
import { newSecret, readFolderSecret, SECRET_NAMES, secretFromEnv, useDatabaseSecrets, type SecretName } from './secrets';

/**
 * Makes every process on one PostgreSQL use the same generated secrets: the first process to
 * start inserts them, the others (`on conflict do nothing`) read what it stored, so an identical
 * retry reaching another process is still a duplicate, a session cookie works on any process and
 * phone hashes match. Secrets given in the environment are never stored. A value already in this
 * process's folder (an install from before this table) is the one offered, so posters printed
 * with it keep working.
 */
export async function loadSharedSecrets(db: Executor): Promise<void> {
  const wanted = SECRET_NAMES.filter((name) => !secretFromEnv(name));
  if (!wanted.length) return;
  await db
    .insert(generatedSecrets)
    .values(wanted.map((name) => ({ name, value: readFolderSecret(name) ?? newSecret() })))
    .onConflictDoNothing();
  const rows = await db.select({ name: generatedSecrets.name, value: generatedSecrets.value }).from(generatedSecrets).where(inArray(generatedSecrets.name, wanted));
  useDatabaseSecrets(new Map(rows.map((row) => [row.name as SecretName, row.value])));
}
