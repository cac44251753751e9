import { safeStorage } from '@/lib/checks/safe-storage';

// The checkpoint an officer last chose on this phone, per officer.
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
