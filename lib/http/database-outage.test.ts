import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, connectDatabase } from '@/db';
import { citizenCheck } from '@/lib/passages/test-helpers';
import { POST as postCheck } from '@/app/api/checks/route';
import { POST as postBatch } from '@/app/api/checks/batch/route';

// No test database here: the process's database is a PostgreSQL that cannot answer.
const servers: net.Server[] = [];
const held: net.Socket[] = [];
afterEach(async () => {
  await closeDatabase();
  for (const socket of held.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(onConnection: (socket: net.Socket) => void = () => {}): Promise<{ server: net.Server; port: number }> {
  const server = net.createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as net.AddressInfo).port };
}

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const { server, port } = await listen();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ctx = { params: Promise.resolve({}) };
const post = (handler: typeof postCheck, body: unknown) =>
  handler(new Request('http://localhost/api/checks', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }), ctx);

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  const body = await response.json();
  expect(body.error).toContain('chưa có gì được lưu');
  expect(body.status).toBeUndefined(); // not an item's answer: the console keeps it and retries
}

describe('ingest while PostgreSQL is unreachable', () => {
  it('answers 503 with Retry-After at once when nothing listens on the port', async () => {
    await connectDatabase({ url: `postgres://postgres@127.0.0.1:${await closedPort()}/none` });
    const started = Date.now();
    await expectUnavailable(await post(postCheck, citizenCheck('a-poster-token')));
    await expectUnavailable(await post(postBatch, { items: [citizenCheck('a-poster-token')] }));
    const ms = Date.now() - started;
    console.log(`two requests against a closed port answered 503 in ${ms} ms`);
    expect(ms).toBeLessThan(10_000); // it used to wait on postgres.js' 30 s connect timeout
  });

  it('gives up after the connect timeout when the server accepts but never answers', async () => {
    const { server, port } = await listen((socket) => void held.push(socket));
    servers.push(server);
    process.env.DATABASE_CONNECT_TIMEOUT_S = '1';
    try {
      await connectDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    } finally {
      delete process.env.DATABASE_CONNECT_TIMEOUT_S;
    }
    const started = Date.now();
    await expectUnavailable(await post(postCheck, citizenCheck('a-poster-token')));
    console.log(`a silent server answered 503 after ${Date.now() - started} ms (connect timeout 1 s)`);
    expect(held.length).toBeGreaterThan(0);
  });
});
