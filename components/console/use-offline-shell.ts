'use client';
import { useEffect, useState } from 'react';

export type OfflineShellStatus = 'unsupported' | 'preparing' | 'ready' | 'failed';

/** The build files this page has loaded, so the service worker can keep exactly those. */
function loadedAssets(): string[] {
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
  document.querySelectorAll<HTMLScriptElement>('script[src]').forEach((s) => urls.add(s.src));
  document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="preload"]').forEach((l) => urls.add(l.href));
  return [...urls].filter((url) => new URL(url, location.href).pathname.startsWith('/_next/static/'));
}

/**
 * Registers the console's service worker (scope /chot only) and asks it to keep this page and
 * its files, then reports when the console will open without a network.
 */
export function useOfflineShell(supported: boolean): OfflineShellStatus {
  const [status, setStatus] = useState<OfflineShellStatus>(supported ? 'preparing' : 'unsupported');

  useEffect(() => {
    if (!supported) return;
    let active = true;
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'shell-cached' && active) setStatus(event.data.ok ? 'ready' : 'failed');
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    (async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/chot' });
        const registration = await navigator.serviceWorker.ready;
        registration.active?.postMessage({ type: 'cache-shell', assets: loadedAssets() });
      } catch {
        if (active) setStatus('failed');
      }
    })();
    return () => {
      active = false;
      navigator.serviceWorker.removeEventListener('message', onMessage);
    };
  }, [supported]);

  return status;
}

/** Sign-out: the cached page carries this officer's name and checkpoints. */
export async function forgetOfflineShell(): Promise<void> {
  if (!('caches' in globalThis)) return;
  for (const name of await caches.keys()) if (name.startsWith('qn-console-shell-')) await caches.delete(name);
}
