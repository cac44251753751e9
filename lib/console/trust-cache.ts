import { safeStorage } from '@/lib/checks/safe-storage';

const TRUST_KEY = 'qn-console-trust-list';

export interface TrustEntry {
  kid: string;
  country: string;
  /** Base64 DER. */
  certificate: string;
}

export interface CachedTrustList {
  version: string;
  /** When the server's list last changed (ISO), or null for an empty list. */
  updatedAt: string | null;
  /** When this device last got it (ISO); null before the first connection. */
  savedAt: string | null;
  signers: TrustEntry[];
  /** How old the device's copy may be before the officer is warned (the server says; default 24). */
  maxAgeHours?: number;
}

const EMPTY: CachedTrustList = { version: '0-0', updatedAt: null, savedAt: null, signers: [] };

function isEntry(value: unknown): value is TrustEntry {
  const e = value as Partial<TrustEntry> | null;
  return !!e && typeof e.kid === 'string' && typeof e.country === 'string' && typeof e.certificate === 'string';
}

function read(body: unknown): Omit<CachedTrustList, 'savedAt'> | null {
  const b = body as Partial<CachedTrustList> | null;
  if (!b || typeof b.version !== 'string' || !Array.isArray(b.signers) || !b.signers.every(isEntry)) return null;
  const maxAgeHours = typeof b.maxAgeHours === 'number' && b.maxAgeHours > 0 ? b.maxAgeHours : undefined;
  return { version: b.version, updatedAt: typeof b.updatedAt === 'string' ? b.updatedAt : null, signers: b.signers, ...(maxAgeHours ? { maxAgeHours } : {}) };
}

/** The trust list this device last received (for offline, provisional verdicts), or an empty one. */
export function cachedTrustList(storage = safeStorage()): CachedTrustList {
  try {
    const saved = JSON.parse(storage?.getItem(TRUST_KEY) ?? 'null') as CachedTrustList | null;
    const valid = read(saved);
    if (valid) return { ...valid, savedAt: typeof saved?.savedAt === 'string' ? saved.savedAt : null };
  } catch {
    // A damaged entry is replaced at the next refresh.
  }
  return EMPTY;
}

/** Fetches GET /api/trust-list and keeps it; offline (or refused) the last copy stays in use. */
export async function refreshTrustList(fetchImpl: typeof fetch = (...a) => fetch(...a), storage = safeStorage(), now = new Date()): Promise<CachedTrustList> {
  try {
    const response = await fetchImpl('/api/trust-list', { cache: 'no-store', credentials: 'same-origin' });
    const fresh = response.ok ? read(await response.json()) : null;
    if (fresh) {
      const saved = { ...fresh, savedAt: now.toISOString() };
      try {
        storage?.setItem(TRUST_KEY, JSON.stringify(saved));
      } catch {
        // Storage full or refused: use it for this page only.
      }
      return saved;
    }
  } catch {
    // Offline: keep the cached copy.
  }
  return cachedTrustList(storage);
}

/** "3 giờ trước": how old the device's copy is, for the officer. */
export function trustListAge(savedAt: string | null, now = new Date()): string {
  if (!savedAt) return 'chưa tải từ máy chủ';
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(savedAt).getTime()) / 60_000));
  if (minutes < 1) return 'vừa cập nhật';
  if (minutes < 60) return `cập nhật ${minutes} phút trước`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `cập nhật ${hours} giờ trước`;
  return `cập nhật ${Math.floor(hours / 24)} ngày trước`;
}

export const DEFAULT_TRUST_LIST_MAX_AGE_HOURS = 24;
const CHECK_DIRECTLY = 'Hãy kiểm tra trực tiếp trên ứng dụng hoặc giấy chứng nhận.';

/**
 * What the officer must know before trusting a scan: an empty list verifies no signature at all,
 * and an old copy may miss signers added or withdrawn since. Null when the copy is usable.
 */
export function trustListWarning(cache: CachedTrustList, now = new Date()): { kind: 'empty' | 'stale'; text: string } | null {
  if (cache.signers.length === 0) {
    return { kind: 'empty', text: `Danh sách tin cậy đang trống: chưa xác minh được chữ ký của hộ chiếu vắc-xin. ${CHECK_DIRECTLY}` };
  }
  const maxAgeMs = (cache.maxAgeHours ?? DEFAULT_TRUST_LIST_MAX_AGE_HOURS) * 3_600_000;
  if (!cache.savedAt || now.getTime() - new Date(cache.savedAt).getTime() > maxAgeMs) {
    return { kind: 'stale', text: `Bản sao danh sách tin cậy trên máy đã cũ (${trustListAge(cache.savedAt, now)}): kết quả quét chỉ là tạm tính. Kết nối mạng để cập nhật, hoặc ${CHECK_DIRECTLY.charAt(0).toLowerCase()}${CHECK_DIRECTLY.slice(1)}` };
  }
  return null;
}
