'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

const EVERY_MS = 30_000;
const hhmm = (d: Date) => d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * Keeps a dashboard left open current: every 30 s one conditional request (If-None-Match, 304
 * when nothing changed); on a change the server components re-render in place (no reload, the
 * scroll and open tables stay). Paused while the tab is hidden, checked at once when it shows.
 */
export function LiveUpdates({ src, etag: rendered, renderedAt }: { src: string; etag: string; renderedAt: string }) {
  const router = useRouter();
  // The version the page was rendered from: the first poll answers 304 unless something changed since.
  const etag = useRef<string>(rendered);
  const [checkedAt, setCheckedAt] = useState(() => new Date(renderedAt));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const res = await fetch(src, { cache: 'no-store', headers: { 'If-None-Match': etag.current } });
        if (res.status !== 200 && res.status !== 304) throw new Error(String(res.status));
        const next = res.headers.get('ETag');
        if (res.status === 200 && next !== etag.current) router.refresh();
        if (next) etag.current = next;
        setCheckedAt(new Date());
        setFailed(false);
      } catch {
        setFailed(true);
      }
      if (!stopped && document.visibilityState === 'visible') timer = setTimeout(poll, EVERY_MS);
    };
    const onVisibility = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') void poll();
    };
    timer = setTimeout(poll, EVERY_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [src, router]);

  return (
    <p className="mb-2 text-sm text-slate-600" data-testid="live-status" aria-live="polite">
      {failed ? `Mất kết nối, số liệu đến ${hhmm(checkedAt)}; đang thử lại.` : `Cập nhật lúc ${hhmm(checkedAt)}`}
    </p>
  );
}
