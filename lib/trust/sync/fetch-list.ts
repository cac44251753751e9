import { readBodyLimited } from '@/lib/http/read-body';
import { TrustSyncError } from './list-signature';

export const MAX_LIST_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Downloads a trust list: bounded in size (a larger answer is cut off, never read whole) and in time,
 * with no redirect to another address followed silently. Every failure is a Vietnamese TrustSyncError.
 */
export async function fetchListBytes(url: string, limits: FetchLimits = {}): Promise<Uint8Array> {
  const maxBytes = limits.maxBytes ?? MAX_LIST_BYTES;
  const timeout = AbortSignal.timeout(limits.timeoutMs ?? FETCH_TIMEOUT_MS);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  try {
    const response = await fetch(url, { signal, redirect: 'error', headers: { accept: 'application/json, text/plain' }, cache: 'no-store' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new TrustSyncError(`Nguồn trả lời lỗi HTTP ${response.status}; giữ nguyên danh sách hiện tại.`);
    }
    const body = await readBodyLimited(response, maxBytes);
    if (!body) throw new TrustSyncError(`Danh sách tải về lớn hơn ${Math.round(maxBytes / 1024 / 1024)} MB nên không đọc; giữ nguyên danh sách hiện tại.`);
    return body;
  } catch (error) {
    if (error instanceof TrustSyncError) throw error;
    if (timeout.aborted) throw new TrustSyncError(`Nguồn không trả lời trong ${Math.round((limits.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} giây; giữ nguyên danh sách hiện tại.`);
    if (limits.signal?.aborted) throw new TrustSyncError('Máy chủ đang dừng nên đã huỷ lần tải danh sách này.');
    throw new TrustSyncError('Không tải được danh sách từ nguồn (mất kết nối, sai địa chỉ hoặc nguồn ngắt giữa chừng); giữ nguyên danh sách hiện tại.');
  }
}
