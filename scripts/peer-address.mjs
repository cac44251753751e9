// Kept in step with PEER_ADDRESS_HEADER in lib/http/client-ip.ts (this file runs before any build).
export const PEER_ADDRESS_HEADER = 'x-qn-peer-address';

/** Overwrites the peer-address header with the socket's address, so no client can supply it. */
export function stampPeerAddress(req) {
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_ADDRESS_HEADER] = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  else delete req.headers[PEER_ADDRESS_HEADER];
}
