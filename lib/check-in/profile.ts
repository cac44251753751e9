import { safeStorage } from '@/lib/checks/safe-storage';

const PROFILE_KEY = 'qn-check-in-profile';

/** What a citizen may ask this phone to remember for the next checkpoint. */
export interface CheckInProfile {
  source: string;
  vaccine: string;
  doses: string;
  lastDoseOn: string;
  name: string;
  birthYear: string;
  phone: string;
  idNumber: string;
}

export function loadProfile(storage = safeStorage()): CheckInProfile | null {
  try {
    const saved = JSON.parse(storage?.getItem(PROFILE_KEY) ?? 'null') as Partial<CheckInProfile> | null;
    if (!saved || typeof saved !== 'object') return null;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      source: text(saved.source), vaccine: text(saved.vaccine), doses: text(saved.doses), lastDoseOn: text(saved.lastDoseOn),
      name: text(saved.name), birthYear: text(saved.birthYear), phone: text(saved.phone), idNumber: text(saved.idNumber),
    };
  } catch {
    return null;
  }
}

/** Only with the citizen's consent (the "remember" box); otherwise anything saved before is erased. */
export function saveProfile(profile: CheckInProfile | null, storage = safeStorage()): void {
  try {
    if (profile) storage?.setItem(PROFILE_KEY, JSON.stringify(profile));
    else storage?.removeItem(PROFILE_KEY);
  } catch {
    // Storage refused (private mode): nothing is remembered, which is the safe side.
  }
}
