import 'server-only';
import { clientIp } from '@/lib/http/client-ip';
import { takeRateLimits, type RateLimit } from '@/lib/http/rate-limit';
import { REFUSALS } from './refusals';
import { refusal, type IngestOutcome } from './outcome';

// Per minute. A checkpoint's poster serves a queue of citizens; a phone checks in a few times at
// most (an officer's console syncs its queue in batches); the per-IP ceiling is high because
// carrier NAT (CGNAT) puts many phones behind one address.
export const CHECK_LIMITS = { poster: 120, device: 30, ip: 600 };

function distinct(items: unknown[], field: 'posterToken' | 'deviceId'): string[] {
  const values = new Set<string>();
  for (const item of items) {
    const value = (item as Record<string, unknown> | null)?.[field];
    if (typeof value === 'string' && value) values.add(value.slice(0, 200));
    if (values.size >= 5) break;
  }
  return [...values];
}

/** A 429 answer when the request's poster, device or IP is over its limit; null otherwise. */
export async function limitChecks(req: Request, items: unknown[]): Promise<Response | null> {
  const limits: RateLimit[] = [
    ...distinct(items, 'posterToken').map((t) => ({ key: `poster:${t}`, max: CHECK_LIMITS.poster })),
    ...distinct(items, 'deviceId').map((d) => ({ key: `device:${d}`, max: CHECK_LIMITS.device })),
  ];
  const ip = clientIp(req.headers);
  if (ip) limits.push({ key: `ip:${ip}`, max: CHECK_LIMITS.ip });
  const taken = await takeRateLimits(limits);
  if (taken.ok) return null;
  return Response.json(refusal(null, 'rate_limited'), { status: 429, headers: { 'Retry-After': String(taken.retryAfterS) } });
}

/** The request's JSON, or a 400 answer (too large or not JSON). */
export async function readJson(req: Request, maxBytes: number): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const tooLarge = () => ({ ok: false as const, response: Response.json(refusal(null, 'invalid_input', 'Dữ liệu gửi lên quá lớn.'), { status: 413 }) });
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const text = await req.text();
  if (text.length > maxBytes) return tooLarge();
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
