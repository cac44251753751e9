// A sign-in link carries where to go afterwards (`callbackUrl`); an attacker's link must not
// make that another site. Used by the sign-in page, next-auth's redirect callback and the form.
const PLACEHOLDER_ORIGIN = 'http://portal.invalid';

/**
 * The path (with query and hash) of `target` if it stays on `origin`, else undefined. The target
 * is resolved the way a browser would (backslashes read as slashes, tabs and newlines dropped),
 * so `/\evil.example`, `/\t/evil.example` and `/\/evil.example` all leave and are refused; a
 * result that would read as `//host` is refused too.
 */
export function sameOriginPath(target: string | null | undefined, origin = PLACEHOLDER_ORIGIN): string | undefined {
  if (!target) return undefined;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? undefined : path;
}
