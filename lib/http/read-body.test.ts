import { describe, expect, it } from 'vitest';
import { POST as postBatch } from '@/app/api/checks/batch/route';
import { readBodyLimited } from './read-body';

/** A chunked body (no Content-Length) of `chunks` × 64 KiB that counts how much was pulled. */
function chunkedRequest(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const req = new Request('http://localhost/api/checks/batch', { method: 'POST', body, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
  return { req, state };
}

describe('readBodyLimited', () => {
  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const { req, state } = chunkedRequest(320); // 20 MiB offered
    expect(await readBodyLimited(req, 1_000_000)).toBeNull();
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(17); // 1 MB / 64 KiB, plus what the stream queued ahead
  });

  it('reads a body within the limit whole, and refuses a declared Content-Length over it unread', async () => {
    const { req, state } = chunkedRequest(3);
    expect((await readBodyLimited(req, 1_000_000))?.byteLength).toBe(3 * 64 * 1024);
    expect(state.cancelled).toBe(false);
    const declared = new Request('http://localhost/x', { method: 'POST', body: 'x'.repeat(2_000), headers: { 'content-length': '2000' } });
    expect(await readBodyLimited(declared, 1_000)).toBeNull();
  });

  it('makes the ingest route answer 413 to an oversized chunked batch without reading it all', async () => {
    const { req, state } = chunkedRequest(320);
    const response = await postBatch(req, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: 'refused', reason: 'invalid_input' });
    expect(state.pulled).toBeLessThanOrEqual(17);
  });
});
