import { addDays, dayCount } from '../dates';

// Pure planning for the simulator: how many passages on which day, and the shares that drift
// over the months. Kept apart from SQL so it is easy to read and test.

/** Approximate population (thousands, 2019 census rounded, units as of 01/07/2021): district weights. */
export const DISTRICT_POPULATION: Record<string, number> = {
  '522': 263, '524': 180, '525': 52, '527': 94, '528': 170, '529': 75, '530': 20,
  '531': 18, '532': 92, '533': 127, '534': 143, '535': 58, '536': 21,
};

/** Relative passages per local hour: quiet nights, a morning and a late-afternoon peak. */
export const HOUR_WEIGHTS = [0.2, 0.15, 0.1, 0.1, 0.2, 0.6, 1.5, 3, 5, 5, 4.5, 4, 3, 3, 3.5, 4, 4.5, 5, 4, 2.5, 1.5, 1, 0.6, 0.3];

export interface DayPlan {
  day: string;
  count: number;
  /** 0 on the first simulated day, 1 today: drives the drifting shares. */
  progress: number;
  /** Hours that may hold passages (today: up to the current local hour). */
  maxHour: number;
}

/**
 * Spreads `total` passages over the `days` local days ending today: volume grows over the period
 * and dips at weekends; today gets its share of the hours already past (and at least one
 * passage, so the newest passages are always dated today).
 */
export function planDays(total: number, days: number, today: string, currentHour: number): DayPlan[] {
  const first = addDays(today, -(days - 1));
  const todayShare = HOUR_WEIGHTS.slice(0, currentHour + 1).reduce((a, b) => a + b, 0) / HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const weights = Array.from({ length: days }, (_, i) => {
    const day = addDays(first, i);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const progress = days === 1 ? 1 : i / (days - 1);
    const w = (0.6 + 0.4 * progress) * (weekday === 0 || weekday === 6 ? 0.8 : 1);
    return { day, progress, w: day === today ? w * todayShare : w };
  });
  const sum = weights.reduce((a, d) => a + d.w, 0);
  const plans = weights.map((d) => ({ day: d.day, progress: d.progress, count: Math.floor((total * d.w) / sum), maxHour: d.day === today ? currentHour : 23 }));
  let rest = total - plans.reduce((a, p) => a + p.count, 0);
  for (let i = plans.length - 1; rest > 0; i = (i - 1 + plans.length) % plans.length, rest--) plans[i].count++;
  const last = plans[plans.length - 1];
  if (total > 0 && last.count === 0) {
    const donor = plans.find((p) => p.count > 1) ?? plans[0];
    if (donor !== last) { donor.count--; last.count++; }
  }
  return plans.filter((p) => p.count > 0 && dayCount(first, p.day) >= 1);
}

/** The shares of one day: certificate scans and valid results rise over the months. */
export function sharesOn(progress: number) {
  return {
    officerScan: 0.05 + 0.2 * progress,
    direct: 0.5 - 0.15 * progress,
    valid: 0.45 + 0.45 * progress,
  };
}

/** `n` slots filled with indexes in proportion to weights: a lottery SQL can draw from with one random(). */
export function lottery(weights: number[], n: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    while (out.length < Math.round((acc / sum) * n)) out.push(i);
  }
  return out;
}
