'use client';
import dynamic from 'next/dynamic';

// recharts is about 120 KB gzipped: load it after the page is interactive, so the numbers,
// the map and the tables (all server-rendered) are usable first on a phone. On the server the
// charts would draw nothing anyway: they need the browser to measure their width.
function placeholder(height: string) {
  return function ChartLoading() {
    return <div className={`${height} animate-pulse rounded-md bg-slate-100`} aria-hidden="true" />;
  };
}

export const LazyDailyChart = dynamic(() => import('./daily-chart').then((m) => m.DailyChart), { ssr: false, loading: placeholder('h-[300px]') });
export const LazyBreakdownChart = dynamic(() => import('./breakdown-chart').then((m) => m.BreakdownChart), { ssr: false, loading: placeholder('h-40') });
