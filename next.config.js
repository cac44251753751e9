// @ts-check

/** Security headers (below: which responses carry which); the Content-Security-Policy (with a per-request nonce) and
 *  HSTS are added by proxy.ts, because they depend on the request. */
const noSniff = [{ key: 'X-Content-Type-Options', value: 'nosniff' }];
/** For documents and API answers; meaningless on a script or stylesheet, where they only cost bytes
 *  (about 150 per file, a kilobyte and a half on a phone's first visit). */
const documentHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(self), payment=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or WASM packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdfkit', 'exceljs', 'archiver', 'cbor-x', 'postgres'],
  experimental: {
    // forbidden() / unauthorized() give real 403/401 pages from server components.
    authInterrupts: true,
    // Material uploads go through server actions: 20 MB files (lib/materials/file-type-list.ts)
    // plus multipart overhead. The proxy buffers request bodies and would silently cut anything
    // above its limit, so both limits move together.
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
  async headers() {
    // proxy.ts does not run on the body-taking API routes (see its matcher): their CSP is here.
    const apiCsp = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }];
    return [
      { source: '/:path*', headers: noSniff },
      { source: '/((?!_next/static/).*)', headers: documentHeaders },
      { source: '/api/checks/:path*', headers: apiCsp },
      { source: '/api/bench/:path*', headers: apiCsp },
    ];
  },
};

module.exports = nextConfig;
