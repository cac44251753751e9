import type { CheckInput, StoredPassage } from '@/lib/checks/types';
import type { CertificateSummary } from '@/lib/certificates/verdict';

export type CheckInAnswer =
  | { kind: 'stored'; passage: StoredPassage; certificate?: CertificateSummary }
  | { kind: 'refused'; message: string }
  | { kind: 'retry'; message: string };

const OFFLINE = 'Chưa gửi được do mạng yếu hoặc mất mạng. Thông tin vẫn còn trên màn hình, hãy bấm gửi lại.';

/** Sends one citizen check-in and says what to show: the result, a refusal, or "try again". */
export async function submitCheckIn(input: CheckInput, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<CheckInAnswer> {
  let response: Response;
  try {
    response = await fetchImpl('/api/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'retry', message: OFFLINE };
  }
  const body = (await response.json().catch(() => null)) as { status?: string; passage?: StoredPassage; certificate?: CertificateSummary; message?: string; error?: string } | null;
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After')) || 60;
    return { kind: 'retry', message: `Có quá nhiều lượt khai báo cùng lúc. Vui lòng thử lại sau ${seconds} giây.` };
  }
  if ((body?.status === 'stored' || body?.status === 'duplicate') && body.passage) return { kind: 'stored', passage: body.passage, ...(body.certificate ? { certificate: body.certificate } : {}) };
  if (response.status >= 400 && response.status < 500) {
    return { kind: 'refused', message: body?.message ?? body?.error ?? 'Thông tin khai báo chưa hợp lệ. Vui lòng kiểm tra lại.' };
  }
  return { kind: 'retry', message: 'Máy chủ đang bận. Vui lòng bấm gửi lại sau ít giây.' };
}
