/** localStorage when the browser allows it; private modes and some in-app browsers refuse. */
export function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
