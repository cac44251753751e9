// Service worker of the checkpoint console (/chot): keeps the console's shell and its static
// files on the phone so the console opens and records checks without a network.
// Registered with scope /chot, so it controls no other page. It never touches POSTs or /api:
// checks are queued by the page itself in IndexedDB.
const VERSION = 'v1';
const SHELL_CACHE = `qn-console-shell-${VERSION}`;
const ASSET_CACHE = `qn-console-assets-${VERSION}`;
const SHELL_PATH = '/chot';
// On a slow 3G link the cached shell is shown after this long; the network answer still refreshes it.
const NAVIGATION_TIMEOUT_MS = 4000;
const MAX_ASSETS = 200;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = [SHELL_CACHE, ASSET_CACHE];
      for (const name of await caches.keys()) {
        if (name.startsWith('qn-console-') && !keep.includes(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.pathname === SHELL_PATH) event.respondWith(shellNetworkFirst(event, request));
    return;
  }
  // Content-hashed build files never change under the same name: cache first.
  if (url.pathname.startsWith('/_next/static/')) event.respondWith(assetCacheFirst(request));
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-shell') {
    event.waitUntil(cacheShell(data.assets || []).then((ok) => event.source && event.source.postMessage({ type: 'shell-cached', ok })));
  }
});

/** A console page worth keeping: a full 200 answer for /chot itself, not a redirect to sign in. */
function isShell(response) {
  return response && response.ok && response.type === 'basic' && !response.redirected && new URL(response.url).pathname === SHELL_PATH;
}

async function shellNetworkFirst(event, request) {
  const cache = await caches.open(SHELL_CACHE);
  const network = fetch(request).then(async (response) => {
    if (isShell(response)) await cache.put(SHELL_PATH, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: fall through to the cached shell.
  }
  const cached = await cache.match(SHELL_PATH);
  if (cached) return cached;
  try {
    return await network;
  } catch {
    return offlinePage();
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trim(cache);
  }
  return response;
}

/**
 * Stores the console page and the build files it used, once the page is open and the worker
 * active. Offline, a shell kept earlier still counts as ready.
 */
async function cacheShell(assets) {
  const shellCache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(SHELL_PATH, { credentials: 'same-origin', cache: 'no-store' });
    if (!isShell(response)) return false;
    await shellCache.put(SHELL_PATH, response);
    const assetCache = await caches.open(ASSET_CACHE);
    for (const asset of assets) {
      const url = new URL(asset, self.location.origin);
      if (url.origin !== self.location.origin || !url.pathname.startsWith('/_next/static/')) continue;
      if (await assetCache.match(url.href)) continue;
      const file = await fetch(url.href);
      if (file.ok) await assetCache.put(url.href, file);
    }
    await trim(assetCache);
    return true;
  } catch {
    return !!(await shellCache.match(SHELL_PATH));
  }
}

// Old builds' files pile up across deployments; the oldest go first.
async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}

function offlinePage() {
  const html =
    '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<title>Mất kết nối — Bàn kiểm soát chốt</title>' +
    '<body style="font-family:system-ui,sans-serif;padding:1.5rem;max-width:32rem;margin:auto">' +
    '<h1>Mất kết nối</h1><p>Bàn kiểm soát chốt chưa được lưu trên máy này. Hãy mở trang <b>/chot</b> một lần khi có mạng, ' +
    'sau đó trang sẽ mở được cả khi mất mạng.</p></body></html>';
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
