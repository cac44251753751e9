// `npm start`: Next's production server inside a plain Node HTTP server that stamps each request
// with its socket peer address (scripts/peer-address.mjs). `next start` cannot do this: route
// handlers see no socket, and X-Forwarded-For is whatever the client sent. HOST picks the
// interface (default: all, like `next start`); PORT the port (default 3000).
import http from 'node:http';
import { stampPeerAddress } from './peer-address.mjs';

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const app = next({ dev: false, hostname: host ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampPeerAddress(req);
  handle(req, res);
});
server.listen(port, host, () => console.log(`✓ Ready on http://${host ?? 'localhost'}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // A keep-alive connection whose request finishes after the signal becomes idle later: close
    // those too as they go idle, or close() waits for the 5 s cut-off below.
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
