// Working days (Mon–Fri, in Vietnam's time zone) from one instant to another: the days after
// `from`'s date up to and including `to`'s date that are not Saturday or Sunday. Holidays are not
// known to the portal; a reminder a holiday early is harmless.
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const vnDay = (d: Date) => Math.floor((d.getTime() + VN_OFFSET_MS) / DAY_MS);

export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let day = vnDay(from) + 1; day <= vnDay(to); day++) {
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
