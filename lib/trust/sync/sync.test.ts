import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, trustSources, trustedSigners } from '@/db/schema';
import { bytesToBase64 } from '@/lib/dcc/bytes';
import { computeKid } from '@/lib/dcc';
import { importTrustedSigners } from '../signers';
import { newSigner, pemOf } from '../test-signers';
import type { TestSigner } from '@/lib/dcc/issuer/make-signer';
import { getTrustSource, saveTrustSource, syncTrustSourceNow, claimDueSources } from './sources';
import { runDueTrustSyncs } from './schedule';

const { db } = useTestDatabase();

// The fixture server: each path answers what the test put there (bytes, or a handler).
type Fixture = Uint8Array | ((res: http.ServerResponse) => void);
const fixtures = new Map<string, Fixture>();
let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const fixture = fixtures.get(req.url ?? '');
    if (!fixture) return res.writeHead(404).end();
    if (typeof fixture === 'function') return fixture(res);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.from(fixture));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const listKeys = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pemOfKey = (key: crypto.KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
const entry = async (s: TestSigner) => ({ certificateType: 'DSC', country: 'VN', kid: bytesToBase64(await computeKid(s.certificate)), rawData: bytesToBase64(s.certificate) });
const bodyOf = async (signers: TestSigner[]) => JSON.stringify({ certificates: await Promise.all(signers.map(entry)) });

/** The signed format: base64 signature line, then the exact body bytes. */
function signed(body: string, key: crypto.KeyObject, encoding: 'der' | 'ieee-p1363' = 'der'): Uint8Array {
  const signature = crypto.sign('sha256', Buffer.from(body), { key, dsaEncoding: encoding });
  return new TextEncoder().encode(`${signature.toString('base64')}\n${body}`);
}

const kidOf = async (s: TestSigner) => bytesToBase64(await computeKid(s.certificate));
const rowsFor = async (signers: TestSigner[]) =>
  db().select().from(trustedSigners).where(inArray(trustedSigners.kid, await Promise.all(signers.map(kidOf))));
const syncAudits = async () => db().select().from(auditLogs).where(inArray(auditLogs.action, ['trust.sync', 'trust.sync_failed']));

let path = 0;
/** Serves the bytes at a fresh path and points the source there. */
async function serve(fixture: Fixture, source: { publicKeyPem?: string; unsigned?: boolean }) {
  const at = `/list-${++path}`;
  fixtures.set(at, fixture);
  const admin = await makeActor('admin');
  await saveTrustSource(admin, { url: base + at, publicKeyPem: source.publicKeyPem ?? '', unsigned: source.unsigned ?? false, intervalHours: 24 });
  return admin;
}

describe('trust-list sync from an official source', () => {
  const keys = listKeys();
  const pem = pemOfKey(keys.publicKey);
  let a: TestSigner, b: TestSigner, c: TestSigner;
  beforeAll(async () => {
    [a, b, c] = await Promise.all([newSigner(), newSigner(), newSigner()]);
  });

  it('only admins configure and sync', async () => {
    for (const role of ['police', 'district', 'viewer', 'officer'] as const) {
      const actor = await makeActor(role, { districtCode: '534' });
      expect(await outcomeOf(() => saveTrustSource(actor, { url: `${base}/x`, publicKeyPem: pem, unsigned: false, intervalHours: 24 }))).toBe('forbidden');
      expect(await outcomeOf(() => syncTrustSourceNow(actor))).toBe('forbidden');
      expect(await outcomeOf(() => getTrustSource(actor))).toBe('forbidden');
    }
  });

  it('refuses a key that is not ECDSA P-256, and a signed source without a key', async () => {
    const admin = await makeActor('admin');
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    await expect(saveTrustSource(admin, { url: `${base}/x`, publicKeyPem: pemOfKey(rsa), unsigned: false, intervalHours: 24 })).rejects.toThrow(/ECDSA P-256/);
    await expect(saveTrustSource(admin, { url: `${base}/x`, publicKeyPem: '', unsigned: false, intervalHours: 24 })).rejects.toThrow(/khoá công khai/);
  });

  it('applies a good list (DER signature), audited, with the status row', async () => {
    const admin = await serve(signed(await bodyOf([a, b]), keys.privateKey), { publicKeyPem: pem });
    const result = await syncTrustSourceNow(admin);
    expect(result).toMatchObject({ ok: true, added: 2, removed: 0, unchanged: 0 });
    const rows = await rowsFor([a, b]);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.enabled && r.sourceId)).toBe(true);
    const source = await getTrustSource(admin);
    expect(source).toMatchObject({ lastAdded: 2, lastRemoved: 0, lastUnchanged: 0 });
    expect(source?.lastSuccessAt).toBeInstanceOf(Date);
    const audit = (await syncAudits()).at(-1)!;
    expect(audit.action).toBe('trust.sync');
    expect(audit.after).toMatchObject({ added: 2, removed: 0, unchanged: 0, host: new URL(base).host });
  });

  it('accepts a raw r||s signature; the same list again is all unchanged', async () => {
    const admin = await serve(signed(await bodyOf([a, b]), keys.privateKey, 'ieee-p1363'), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: true, added: 0, removed: 0, unchanged: 2 });
  });

  it.each([
    ['tampered body', async () => {
      const good = new TextDecoder().decode(signed(await bodyOf([a, b]), keys.privateKey));
      return new TextEncoder().encode(good.replace(/"country":"VN"/, '"country":"XX"'));
    }, /Chữ ký của danh sách không khớp/],
    ['wrong key', async () => signed(await bodyOf([c]), listKeys().privateKey), /Chữ ký của danh sách không khớp/],
    ['truncated', async () => {
      const whole = signed(await bodyOf([a, b, c]), keys.privateKey);
      return whole.subarray(0, Math.floor(whole.length * 0.7));
    }, /Chữ ký của danh sách không khớp/],
    ['unsigned list at a signed source', async () => new TextEncoder().encode(await bodyOf([c])), /không có dòng chữ ký|chữ ký/],
  ] as const)('%s changes nothing and reports in Vietnamese', async (_name, make, message) => {
    const before = await db().select().from(trustedSigners);
    const admin = await serve(await make(), { publicKeyPem: pem });
    const result = await syncTrustSourceNow(admin);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(await db().select().from(trustedSigners)).toEqual(before);
    const source = await getTrustSource(admin);
    expect(source?.lastError).toMatch(message);
    const audit = (await syncAudits()).at(-1)!;
    expect(audit.action).toBe('trust.sync_failed');
  });

  it('a connection cut mid-body, an HTTP error and an oversized body change nothing', async () => {
    const before = await db().select().from(trustedSigners);
    const whole = Buffer.from(signed(await bodyOf([c]), keys.privateKey));
    const cut: Fixture = (res) => {
      res.writeHead(200, { 'content-length': String(whole.length) });
      res.write(whole.subarray(0, 100));
      setImmediate(() => res.destroy());
    };
    let admin = await serve(cut, { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: false, error: expect.stringMatching(/ngắt giữa chừng/) });
    admin = await serve((res) => res.writeHead(503).end(), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: false, error: expect.stringMatching(/HTTP 503/) });
    // 6 MB streamed in chunks with no Content-Length: refused as it streams in.
    let sent = 0;
    const huge: Fixture = (res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {});
      pump();
    };
    admin = await serve(huge, { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: false, error: expect.stringMatching(/lớn hơn 5 MB/) });
    expect(await db().select().from(trustedSigners)).toEqual(before);
  });

  it('a source that does not answer in time changes nothing', async () => {
    const admin = await serve(() => {}, { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin, { timeoutMs: 200 })).toMatchObject({ ok: false, error: expect.stringMatching(/không trả lời trong/) });
  });

  it('accepts an unsigned EU-gateway list only when the source is marked unsigned', async () => {
    const body = new TextEncoder().encode(await bodyOf([a, b, c]));
    let admin = await serve(body, { publicKeyPem: pem });
    expect((await syncTrustSourceNow(admin)).ok).toBe(false);
    expect(await rowsFor([c])).toHaveLength(0);
    admin = await serve(body, { unsigned: true });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: true, added: 1, unchanged: 2 });
    expect((await getTrustSource(admin))?.publicKeyPem).toBeNull();
  });

  it('disables a synced entry the list dropped, keeps a manual one, and brings a dropped one back', async () => {
    const admin = await makeActor('admin');
    const manual = await newSigner();
    await importTrustedSigners(admin, [{ name: 'tay.pem', data: pemOf(manual) }]);
    // The list lists b and c only: a goes; the manual signer (never listed) stays enabled.
    await serve(signed(await bodyOf([b, c]), keys.privateKey), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: true, added: 0, removed: 1, unchanged: 2 });
    const [rowA] = await rowsFor([a]);
    expect(rowA).toMatchObject({ enabled: false });
    expect(rowA.syncRemovedAt).toBeInstanceOf(Date);
    const [rowManual] = await rowsFor([manual]);
    expect(rowManual).toMatchObject({ enabled: true, sourceId: null });
    // The manual signer listed by the source too: kept apart, still manual.
    await serve(signed(await bodyOf([a, b, c, manual]), keys.privateKey), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: true, added: 1, removed: 0, unchanged: 2, keptApart: 1 });
    expect((await rowsFor([a]))[0]).toMatchObject({ enabled: true, syncRemovedAt: null });
    expect((await rowsFor([manual]))[0]).toMatchObject({ enabled: true, sourceId: null });
    // And when the source drops it again, the manual row is untouched.
    await serve(signed(await bodyOf([a, b]), keys.privateKey), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: true, removed: 1 });
    expect((await rowsFor([manual]))[0]).toMatchObject({ enabled: true, sourceId: null, syncRemovedAt: null });
    expect((await rowsFor([c]))[0]).toMatchObject({ enabled: false });
  });

  it('refuses a correctly signed list with no usable certificate', async () => {
    const admin = await serve(signed(JSON.stringify({ certificates: [] }), keys.privateKey), { publicKeyPem: pem });
    expect(await syncTrustSourceNow(admin)).toMatchObject({ ok: false, error: expect.stringMatching(/không có chứng thư nào/) });
    expect((await rowsFor([a, b])).every((r) => r.enabled)).toBe(true);
  });

  it('the schedule claims a due source once across processes and syncs it', async () => {
    const admin = await serve(signed(await bodyOf([a, b]), keys.privateKey), { publicKeyPem: pem });
    const source = (await getTrustSource(admin))!;
    const now = new Date(Date.now() + 25 * 3_600_000); // an interval (24 h) after the last attempt
    const [first, second] = await Promise.all([claimDueSources(now), claimDueSources(now)]);
    expect(first.length + second.length).toBe(1);
    expect(await claimDueSources(now)).toEqual([]);
    await db().update(trustSources).set({ lastAttemptAt: new Date(0) }).where(eq(trustSources.id, source.id));
    const results = await runDueTrustSyncs(new Date());
    expect(results).toEqual([expect.objectContaining({ ok: true })]);
    expect((await getTrustSource(admin))?.lastAttemptAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
