'use client';
import { useEffect, useRef, useState } from 'react';

const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const DAY = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * The time now, to the second, and a band that keeps moving: a screenshot or a photo of an old
 * result shows neither, so the officer can tell a live screen from a copy.
 */
export function LiveClock() {
  const [now, setNow] = useState(() => new Date());
  const band = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    // Web Animations: no stylesheet change and nothing the CSP forbids.
    const animation = band.current?.animate?.([{ transform: 'translateX(-100%)' }, { transform: 'translateX(400%)' }], { duration: 2400, iterations: Infinity });
    return () => {
      window.clearInterval(timer);
      animation?.cancel();
    };
  }, []);

  return (
    <div>
      <p className="font-mono text-5xl font-bold tabular-nums" data-testid="live-clock" aria-label={`Giờ hiện tại ${TIME.format(now)}`}>
        {TIME.format(now)}
      </p>
      <p className="text-lg">{DAY.format(now)}</p>
      <div className="mt-3 h-3 w-full overflow-hidden rounded-full bg-black/20" aria-hidden="true">
        <div ref={band} data-testid="moving-band" className="h-3 w-1/4 rounded-full bg-current" />
      </div>
    </div>
  );
}
