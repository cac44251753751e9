import { randomToken } from '@/lib/checks/idempotency-key';

// Small per-device memories in localStorage; a browser that refuses storage just forgets.

const DEVICE_KEY = 'qn-device-id';

/** A random id for this browser, sent with checks so rate limits and audits can tell phones apart. */
export function deviceId(storage: Storage | undefined = safeStorage()): string | null {
  if (!storage) return null;
  try {
    let id = storage.getItem(DEVICE_KEY);
    if (!id) {
      id = randomToken(12);
      storage.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}

const checkpointKey = (ownerId: string) => `qn-console-checkpoint:${ownerId}`;

export function rememberedCheckpoint(ownerId: string, storage = safeStorage()): string | null {
  try {
    return storage?.getItem(checkpointKey(ownerId)) ?? null;
  } catch {
    return null;
  }
}

export function rememberCheckpoint(ownerId: string, checkpointId: string | null, storage = safeStorage()): void {
  try {
    if (checkpointId) storage?.setItem(checkpointKey(ownerId), checkpointId);
    else storage?.removeItem(checkpointKey(ownerId));
  } catch {
    // Private modes may refuse; the officer simply chooses again next time.
  }
}

export function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
