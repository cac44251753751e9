import { randomToken } from './idempotency-key';
import { safeStorage } from './safe-storage';

const DEVICE_KEY = 'qn-device-id';

/** A random id for this browser, sent with checks so rate limits can tell phones behind one IP apart. */
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
