import 'server-only';
import { clientIp } from '@/lib/http/client-ip';
import { readTextLimited } from '@/lib/http/read-body';
import { takeRateLimits, type RateLimit } from '@/lib/http/rate-limit';
import { REFUSALS } from './refusals';
import { refusal, type IngestOutcome } from './outcome';

// Per minute. A checkpoint's poster serves a queue of citizens; a phone checks in a few times at
// most (an officer's console syncs its queue in batches); the per-IP ceiling is high because
// carrier NAT (CGNAT) puts many phones behind one address.
export const CHECK_LIMITS = { poster: 120, device: 30, ip: 600 };

type Item = Record<string, unknown> | null;

/** How many items carry each value of a field (a batch holds at most MAX_BATCH items). */
function countBy(items: Item[], field: 'posterToken' | 'deviceId'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = item?.[field];
    if (typeof value === 'string' && value) counts.set(value.slice(0, 200), (counts.get(value.slice(0, 200)) ?? 0) + 1);
  }
  return counts;
}

/**
 * A 429 answer when the request's poster, device or IP is over its limit; null otherwise. Every
 * check counts, not every request: a batch of citizen check-ins costs its poster and its device
 * one hit per item, so a hundred anonymous check-ins in one request cannot pass as one. An
 * officer's console syncs its offline queue in batches, so its own checks cost their device one
 * hit per request, and the IP (many phones behind carrier NAT) one per request.
 */
export async function limitChecks(req: Request, raw: unknown[]): Promise<Response | null> {
  const items = raw as Item[];
  const citizenItems = items.filter((item) => item?.method === 'citizen_scan');
  const citizenDevices = countBy(citizenItems, 'deviceId');
  const limits: RateLimit[] = [
    ...[...countBy(items, 'posterToken')].map(([t, n]) => ({ key: `poster:${t}`, max: CHECK_LIMITS.poster, cost: n })),
    ...[...countBy(items, 'deviceId').keys()].map((d) => ({ key: `device:${d}`, max: CHECK_LIMITS.device, cost: citizenDevices.get(d) ?? 1 })),
  ];
  const ip = clientIp(req.headers);
  if (ip) limits.push({ key: `ip:${ip}`, max: CHECK_LIMITS.ip });
  const taken = await takeRateLimits(limits);
  if (taken.ok) return null;
  return Response.json(refusal(null, 'rate_limited'), { status: 429, headers: { 'Retry-After': String(taken.retryAfterS) } });
}

/** The request's JSON, or a 413 (too large: reading stops at the limit) or 400 (not JSON) answer. */
export async function readJson(req: Request, maxBytes: number): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const tooLarge = () => ({ ok: false as const, response: Response.json(refusal(null, 'invalid_input', 'Dữ liệu gửi lên quá lớn.'), { status: 413 }) });
  const text = await readTextLimited(req, maxBytes);
  if (text === null) return tooLarge();
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: Response.json(refusal(null, 'invalid_input', 'Dữ liệu gửi lên không phải JSON hợp lệ.'), { status: 400 }) };
  }
}

export function statusOf(outcome: IngestOutcome): number {
  if (outcome.status !== 'refused') return outcome.status === 'stored' ? 201 : 200;
  return REFUSALS[outcome.reason].status;
}
