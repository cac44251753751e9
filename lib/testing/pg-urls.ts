/** The same server, another database name. */
export function databaseUrlWithName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Where CREATE/DROP DATABASE run from: the URL's own database (it must not be the one dropped). */
export function adminUrl(url: string): string {
  return url;
}
