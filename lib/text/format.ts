import { TIME_ZONE } from '@/lib/config/site';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function pick(date: Date) {
  const map = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return map as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return '';
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const [y, m, d] = date.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = pick(new Date(date));
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm dd/MM/yyyy (24 h) in Asia/Ho_Chi_Minh. */
export function formatDateTime(date: Date | string | null | undefined): string {
  if (!date) return '';
  const p = pick(new Date(date));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** yyyy-MM-dd of the local (Asia/Ho_Chi_Minh) day an instant falls on. */
export function localDay(date: Date): string {
  const p = pick(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Local hour 0–23 in Asia/Ho_Chi_Minh. */
export function localHour(date: Date): number {
  return Number(pick(date).hour);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}
