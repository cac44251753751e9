type HeaderBag = { get(name: string): string | null };

/**
 * Stamped on every request by `npm start` (scripts/start.mjs) with the TCP peer's address,
 * overwriting anything a client sent: Next 16 gives route handlers no socket address, and only
 * fills X-Forwarded-For with it when the client sent none, so the header alone proves nothing.
 */
export const PEER_ADDRESS_HEADER = 'x-qn-peer-address';

/** How many reverse proxies in front of the portal append to X-Forwarded-For (`TRUSTED_PROXIES`). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXIES): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address for rate limits and the audit log. With no trusted proxy (the default)
 * it is the socket peer; with N trusted proxies it is the Nth X-Forwarded-For entry from the
 * right, the one the outermost trusted proxy wrote. Entries further left are the client's own
 * claim and never used. A shorter chain than configured did not come through the proxies, so
 * the socket peer is the only fact left.
 */
export function clientIp(headers: HeaderBag, hops = trustedProxyHops()): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
  if (hops === 0) return peer;
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : peer;
}
