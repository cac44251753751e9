import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { signPosterToken } from '../../lib/posters/token';
import { DEMO_CHECKPOINTS } from '../../db/demo/checkpoint-list';

/**
 * The URL printed on a demo checkpoint's poster (version 1). The server keeps its poster key in
 * DATA_DIR/secrets, made on first use, so we ask it to resolve a token once before reading it.
 * Demo checkpoints are numbered in list order on the fresh end-to-end database.
 */
export async function demoPosterPath(request: APIRequestContext, checkpointName: string): Promise<string> {
  const index = DEMO_CHECKPOINTS.findIndex((c) => c.name === checkpointName);
  if (index < 0) throw new Error(`No demo checkpoint named ${checkpointName}`);
  let key = process.env.POSTER_HMAC_KEY;
  if (!key) {
    await request.get('/c/khoi-tao-khoa');
    key = fs.readFileSync(path.join(process.env.E2E_DATA_DIR ?? '.data/e2e', 'secrets', 'POSTER_HMAC_KEY'), 'utf8').trim();
  }
  return `/c/${signPosterToken(key, index + 1, 1)}`;
}
