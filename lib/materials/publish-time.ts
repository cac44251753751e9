import { TIME_ZONE } from '@/lib/config/site';

/** A stored instant as the value of a `datetime-local` input, in Asia/Ho_Chi_Minh time. */
export function toLocalInputValue(date: Date | string | null | undefined): string {
  if (!date) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(date))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
