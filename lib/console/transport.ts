import type { CheckInput, IngestOutcome } from '@/lib/checks/types';
import type { BatchAnswer, CheckTransport, SingleAnswer } from './queue-types';

const TIMEOUT_MS = 20_000;

const OFFLINE = 'Không có mạng: kiểm tra vẫn được giữ trên máy và sẽ tự gửi lại.';
const SIGNED_OUT = 'Phiên đăng nhập đã hết: hãy đăng nhập lại để gửi các kiểm tra đang chờ (chúng vẫn được giữ trên máy).';

type Fetch = typeof fetch;

/** Sends checks to the ingest endpoints and sorts every answer into "answered" or "try again". */
export function httpTransport(fetchImpl: Fetch = (...args) => fetch(...args)): CheckTransport {
  return {
    async sendBatch(inputs) {
      const response = await post(fetchImpl, '/api/checks/batch', { items: inputs });
      if (!('status' in response)) return response;
      if (response.ok) {
        const body = await readJson(response);
        const results = (body as { results?: unknown })?.results;
        return Array.isArray(results) ? { kind: 'answered', results: results as IngestOutcome[] } : unusable(response.status);
      }
      return failure(response, true) as BatchAnswer;
    },
    async sendOne(input) {
      const response = await post(fetchImpl, '/api/checks', input);
      if (!('status' in response)) return response;
      // A lost session is never this check's fault, whatever the body says.
      if (response.status === 401) return failure(response, false) as SingleAnswer;
      const body = (await readJson(response)) as (Partial<IngestOutcome> & { error?: string }) | null;
      // 201 stored, 200 duplicate, 4xx refused with a reason: all are this item's own answer.
      if (body && (body.status === 'stored' || body.status === 'duplicate' || body.status === 'refused') && response.status !== 429) {
        return { kind: 'answered', outcome: { idempotencyKey: input.idempotencyKey, ...body } as IngestOutcome };
      }
      if (isItemRefusal(response.status)) {
        const message = body?.error ?? `Máy chủ từ chối kiểm tra này (mã ${response.status}).`;
        return { kind: 'answered', outcome: { status: 'refused', idempotencyKey: input.idempotencyKey, reason: 'invalid', message } };
      }
      return failure(response, false) as SingleAnswer;
    },
  };
}

async function post(fetchImpl: Fetch, url: string, body: unknown): Promise<Response | { kind: 'no_answer'; problem: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    return { kind: 'no_answer', problem: OFFLINE };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Statuses that judge the content sent, so they are final for it. Others (401/403 session,
 * 404/405 a missing or misrouted endpoint, 408, 429) say nothing about the check: try again.
 */
const isItemRefusal = (status: number) => [400, 409, 413, 422].includes(status);

function failure(response: Response, batch: boolean): BatchAnswer {
  if (response.status === 401 || response.status === 403) return { kind: 'signed_out', problem: SIGNED_OUT };
  // 429: over a rate limit; 503: the server's database is unreachable and nothing was stored.
  // Either way the queue keeps the item and waits as long as the server asks.
  if (response.status === 429 || response.status === 503) {
    const seconds = Number(response.headers.get('Retry-After'));
    const problem = response.status === 429 ? 'Máy chủ đang bận, sẽ gửi lại sau ít phút.' : 'Máy chủ tạm thời chưa lưu được (chưa có gì được lưu), sẽ tự gửi lại.';
    return { kind: 'no_answer', problem, retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000 };
  }
  if (batch && isItemRefusal(response.status)) return { kind: 'rejected', problem: `Máy chủ từ chối cả gói (mã ${response.status}).` };
  return unusable(response.status);
}

function unusable(status: number): BatchAnswer & { kind: 'no_answer' } {
  return { kind: 'no_answer', problem: `Máy chủ chưa trả lời được (mã ${status}), sẽ gửi lại.` };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
