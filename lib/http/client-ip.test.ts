import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { stampPeerAddress } from '@/scripts/peer-address.mjs';
import { clientIp, PEER_ADDRESS_HEADER, trustedProxyHops } from './client-ip';

const h = (values: Record<string, string>) => new Headers(values);

describe('clientIp', () => {
  it('with no trusted proxy, uses the socket peer and ignores X-Forwarded-For', () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '10.0.0.1', 'x-real-ip': '10.0.0.2' });
    expect(clientIp(headers, 0)).toBe('198.51.100.4');
    expect(clientIp(h({ 'x-forwarded-for': '10.0.0.1' }), 0)).toBeNull();
  });

  it('with N trusted proxies, takes the Nth entry from the right, never a client-written one', () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: '127.0.0.1', 'x-forwarded-for': 'forged, 203.0.113.9, 192.0.2.1' });
    expect(clientIp(headers, 1)).toBe('192.0.2.1');
    expect(clientIp(headers, 2)).toBe('203.0.113.9');
  });

  it('falls back to the socket peer when the chain is shorter than the trusted hops', () => {
    expect(clientIp(h({ [PEER_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '10.0.0.1' }), 2)).toBe('198.51.100.4');
    expect(clientIp(h({ [PEER_ADDRESS_HEADER]: '198.51.100.4' }), 1)).toBe('198.51.100.4');
  });

  it('reads TRUSTED_PROXIES as a whole number of hops, anything else as none', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    for (const bad of ['-1', 'yes', '1.5', '']) expect(trustedProxyHops(bad)).toBe(0);
  });
});

describe('the start server stamps the socket peer', () => {
  it('overwrites a forged peer header, so a forged X-Forwarded-For does not move the client', async () => {
    const seen: Headers[] = [];
    const server = http.createServer((req, res) => {
      stampPeerAddress(req);
      seen.push(new Headers(req.headers as Record<string, string>));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (const forged of ['10.9.9.1', '10.9.9.2']) {
      await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': forged, [PEER_ADDRESS_HEADER]: forged } });
    }
    server.close();
    expect(seen.map((headers) => clientIp(headers, 0))).toEqual(['127.0.0.1', '127.0.0.1']);
  });
});
