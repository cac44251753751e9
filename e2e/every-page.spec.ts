import { test, expect, type Browser, type Page } from '@playwright/test';
import { axeRuns, seriousViolations } from './support/axe';
import { storageStateOf, type RoleKey } from './support/roles';

// Every page of each face, as each role reaches it: the crawler starts at the role's home,
// follows the links of the menu and of each page's main content (one level down), and visits
// one page of each route shape (ids folded), on a desktop and on a 390 px phone. On each: no
// serious or critical axe violation and no console error. New pages are covered by being linked.

// The admin sees every staff page: its crawl goes two links deep (forms, detail pages). The other
// staff roles see a subset of the same pages with their own data: their menu pages are visited.
const FACES: { role: RoleKey | null; home: string; depth: number; inside: (path: string) => boolean }[] = [
  { role: null, home: '/', depth: 2, inside: (p) => !/^\/(quan-tri|chot|api|dang-xuat|en)/.test(p) },
  { role: null, home: '/en', depth: 2, inside: (p) => p.startsWith('/en') },
  { role: 'officer', home: '/chot', depth: 1, inside: (p) => p.startsWith('/chot') },
  { role: 'admin', home: '/quan-tri', depth: 2, inside: (p) => p.startsWith('/quan-tri') },
  { role: 'police', home: '/quan-tri', depth: 1, inside: (p) => p.startsWith('/quan-tri') },
  { role: 'district', home: '/quan-tri', depth: 1, inside: (p) => p.startsWith('/quan-tri') },
  { role: 'viewer', home: '/quan-tri', depth: 1, inside: (p) => p.startsWith('/quan-tri') },
];

// The phone's crawl differs from the desktop's only in layout, which axe judges: the PostgreSQL
// pass (no axe) crawls the desktop only; every page still answers there without a console error.
const VIEWPORTS = [
  { name: 'máy tính', size: { width: 1366, height: 800 } },
  { name: 'điện thoại', size: { width: 390, height: 844 } },
].slice(0, axeRuns ? 2 : 1);

/** One route per shape: ids, numbers and tokens in a path are folded to ":id". */
const shape = (path: string) => path.split('/').map((s) => (/^[0-9a-f-]{16,}$|^\d+$|^[A-Za-z0-9_-]{20,}$/.test(s) ? ':id' : s)).join('/');

async function linksOn(page: Page, inside: (p: string) => boolean): Promise<string[]> {
  const hrefs = await page.locator('nav a[href], main a[href]').evaluateAll((as) =>
    // The href attribute resolved by hand: an SVG <a> (the dashboard map's districts) has no string `href`.
    as.filter((a) => !a.hasAttribute('download')).map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  const origin = new URL(page.url()).origin;
  return hrefs.flatMap((h) => {
    const u = new URL(h);
    return u.origin === origin && inside(u.pathname) && !/\.(pdf|csv|xlsx|docx|zip|png|svg|xml|json|vcf)$/i.test(u.pathname) ? [u.pathname] : [];
  });
}

async function check(page: Page, path: string, viewport: (typeof VIEWPORTS)[number]): Promise<string[]> {
  const problems: string[] = [];
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => { if (m.type() === 'error') errors.push(m.text()); };
  const onError = (e: Error) => errors.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const res = await page.goto(path);
  if (!res || res.status() >= 400) {
    problems.push(`${path}: HTTP ${res?.status()}`);
  } else {
    await page.waitForLoadState('networkidle');
    problems.push(...(await seriousViolations(page)).map((v) => `${path} (${viewport.name}): ${v}`));
  }
  page.off('console', onConsole);
  page.off('pageerror', onError);
  problems.push(...errors.map((e) => `${path}: lỗi console: ${e.slice(0, 300)}`));
  return problems;
}

async function crawl(browser: Browser, face: (typeof FACES)[number], viewport: (typeof VIEWPORTS)[number]) {
  const { role, home, depth: maxDepth, inside } = face;
  const context = await browser.newContext({ viewport: viewport.size, ...(role ? { storageState: storageStateOf(role) } : {}) });
  const page = await context.newPage();
  const seen = new Map<string, string>();
  const queue: [string, number][] = [[home, 0]];
  const problems: string[] = [];
  while (queue.length) {
    const [path, depth] = queue.shift()!;
    if (seen.has(shape(path))) continue;
    seen.set(shape(path), path);
    problems.push(...await check(page, path, viewport));
    if (depth < maxDepth) for (const next of await linksOn(page, inside)) if (!seen.has(shape(next))) queue.push([next, depth + 1]);
  }
  await context.close();
  return { visited: [...seen.values()], problems };
}

// Independent read-only crawls: let both workers share them (one worker alone took ~17 min).
test.describe.configure({ mode: 'parallel' });

for (const face of FACES) {
  for (const viewport of VIEWPORTS) {
    test(`every page ${face.role ?? 'public'} reaches from ${face.home} (${viewport.name}): accessible, no console error`, async ({ browser }) => {
      test.setTimeout(600_000);
      const { visited, problems } = await crawl(browser, face, viewport);
      test.info().annotations.push({ type: 'pages', description: `${visited.length}${axeRuns ? '' : ' (no axe: PostgreSQL pass)'}: ${visited.join(' ')}` });
      expect(visited.length).toBeGreaterThan(face.role === 'officer' ? 0 : 3);
      expect(problems).toEqual([]);
    });
  }
}
