export type RecipientListKey = 'to' | 'cc';

/** The two lists of an official letter: "Kính gửi" (asked to act) and "Nơi nhận" (for information). */
export const LIST_LABELS: Record<RecipientListKey, string> = { to: 'Kính gửi', cc: 'Nơi nhận' };
