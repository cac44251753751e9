import { test, expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo/accounts';
import { signIn, storageStateOf } from './support/roles';

async function csrf(request: APIRequestContext, headers: Record<string, string> = {}) {
  const res = await request.get('/api/auth/csrf', { headers });
  return (await res.json()).csrfToken as string;
}

// The e2e server trusts one proxy hop (TRUSTED_PROXIES=1): the last X-Forwarded-For entry is the client.
async function attempt(request: APIRequestContext, username: string, password: string, ip: string) {
  const headers = { 'x-forwarded-for': ip };
  const csrfToken = await csrf(request, headers);
  return request.post('/api/auth/callback/credentials', { headers, form: { csrfToken, username, password, json: 'true' } });
}

const randomIp = (prefix: string) => `${prefix}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const signedIn = (res: { headers(): Record<string, string> }) => (res.headers()['set-cookie'] ?? '').includes('session-token=');

test.describe('security headers', () => {
  for (const path of ['/', '/dang-nhap', '/api/auth/csrf']) {
    test(`are on ${path}`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy']).not.toContain('unsafe-eval');
      expect(h['strict-transport-security']).toBeUndefined();
    });
  }

  test('HSTS is sent when the request came over https', async ({ request }) => {
    const res = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers()['strict-transport-security']).toContain('max-age=');
  });

  test('page scripts carry the nonce of the CSP', async ({ request }) => {
    const res = await request.get('/');
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'])![1];
    const html = await res.text();
    expect(html).toContain(`nonce="${nonce}"`);
  });
});

test.describe('header tricks reach no protected page', () => {
  const tricks = {
    'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    'x-middleware-subrequest-id': 'x',
    'x-invoke-path': '/quan-tri/nguoi-dung',
    'x-now-route-matches': '1',
  };

  test('signed out, with x-middleware-subrequest and friends', async ({ request }) => {
    for (const path of ['/quan-tri/nguoi-dung', '/quan-tri/nhat-ky', '/chot']) {
      const res = await request.get(path, { headers: tricks, maxRedirects: 0 });
      expect([307, 308, 401, 403]).toContain(res.status());
      expect(await res.text()).not.toContain('canbo.binhson');
    }
  });

  test.describe('signed in as a viewer', () => {
    test.use({ storageState: storageStateOf('viewer') });
    test('still gets 403 on the users page', async ({ page }) => {
      await page.setExtraHTTPHeaders(tricks);
      const res = await page.goto('/quan-tri/nguoi-dung');
      expect(res?.status()).toBe(403);
    });
  });
});

test.describe('sign-in throttling', () => {
  test('an account is throttled after 5 failures, with 429 and Retry-After', async ({ request }) => {
    const username = `khong-ton-tai-${Date.now()}`;
    for (let i = 0; i < 5; i++) expect((await attempt(request, username, 'sai', '10.1.0.1')).status()).toBe(401);
    const blocked = await attempt(request, username, 'sai', '10.1.0.1');
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await blocked.json()).error).toContain('quá nhiều lần');
  });

  test('an IP is throttled after 30 failures across accounts', async ({ request }) => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.9`;
    for (let i = 0; i < 30; i++) await attempt(request, `ip-test-${i}-${Date.now()}`, 'sai', ip);
    expect((await attempt(request, `moi-${Date.now()}`, 'sai', ip)).status()).toBe(429);
    expect((await attempt(request, `moi-${Date.now()}`, 'sai', '10.3.0.1')).status()).toBe(401);
  });

  test('a waiting account cannot be signed into, even with the right password; another IP still can', async ({ request }) => {
    const attacker = randomIp('10.7');
    for (let i = 0; i < 8; i++) {
      const res = await attempt(request, 'lanhdao', `sai-${i}`, attacker);
      expect(res.status()).toBe(i < 5 ? 401 : 429);
    }
    const right = await attempt(request, 'lanhdao', DEMO_PASSWORD, attacker);
    expect(right.status()).toBe(429);
    expect(signedIn(right)).toBe(false);
    // No hard lock: the account's owner, elsewhere, is not locked out by the attacker.
    const owner = await attempt(request, 'lanhdao', DEMO_PASSWORD, randomIp('10.8'));
    expect(owner.status()).toBe(200);
    expect(signedIn(owner)).toBe(true);
  });

  test('a repeated field or a JSON body never reaches the sign-in', async ({ request }) => {
    const headers = { 'x-forwarded-for': randomIp('10.9') };
    const csrfToken = await csrf(request, headers);
    const twice = await request.post('/api/auth/callback/credentials', {
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams([['csrfToken', csrfToken], ['username', 'decoy'], ['username', 'lanhdao'], ['password', DEMO_PASSWORD], ['json', 'true']]).toString(),
    });
    expect(twice.status()).toBe(400);
    expect(signedIn(twice)).toBe(false);
    const json = await request.post('/api/auth/callback/credentials', { headers, data: { csrfToken, username: 'lanhdao', password: DEMO_PASSWORD, json: 'true' } });
    expect(json.status()).toBe(400);
    expect(signedIn(json)).toBe(false);
  });

  test('a forged X-Forwarded-For entry left of the trusted one does not reset the IP limit', async ({ request }) => {
    const ip = randomIp('10.10');
    for (let i = 0; i < 30; i++) await attempt(request, `xff-${i}-${Date.now()}`, 'sai', `192.0.2.${i}, ${ip}`);
    expect((await attempt(request, `moi-${Date.now()}`, 'sai', `198.51.100.77, ${ip}`)).status()).toBe(429);
  });

  test('a wrong password and an unknown account get the same answer', async ({ request }) => {
    const known = await attempt(request, 'lanhdao', 'sai-mat-khau', '10.4.0.1');
    const unknown = await attempt(request, `khong-co-${Date.now()}`, 'sai-mat-khau', '10.4.0.2');
    expect(known.status()).toBe(unknown.status());
    expect(await known.json()).toEqual(await unknown.json());
  });

  test('the sign-in page shows the throttle message in Vietnamese', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '10.5.0.1' });
    await page.goto('/dang-nhap');
    const username = `ui-${Date.now()}`;
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill('sai');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.locator('main [role=alert]')).toBeVisible();
    }
    await expect(page.locator('main [role=alert]')).toContainText('quá nhiều lần');
  });
});

test.describe('callbackUrl stays on this site', () => {
  test.use({ storageState: storageStateOf('viewer') });
  for (const target of ['/%5Cevil.example', '/%09/evil.example', '/%5C/evil.example', '//evil.example', 'https://evil.example/']) {
    test(`signed in, ${target} is not followed`, async ({ request, baseURL }) => {
      const res = await request.get(`/dang-nhap?callbackUrl=${target}`, { maxRedirects: 0 });
      expect(res.status()).toBe(307);
      const location = new URL(res.headers()['location'], baseURL);
      expect(location.origin).toBe(new URL(baseURL!).origin);
      expect(location.pathname).toBe('/quan-tri');
    });
  }
});

test('signing in through a link to another site lands on this one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { 'x-forwarded-for': randomIp('10.11') } });
  const page = await context.newPage();
  await page.route('http://evil.example/**', (route) => route.fulfill({ body: 'evil' }));
  await page.goto('/dang-nhap?callbackUrl=/%5Cevil.example');
  await page.getByLabel('Tên đăng nhập').fill('lanhdao');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await context.close();
});

test('after signing out, a copied session cookie works nowhere', async ({ browser }) => {
  const empty = { cookies: [], origins: [] };
  const context = await browser.newContext({ storageState: empty, extraHTTPHeaders: { 'x-forwarded-for': randomIp('10.12') } });
  const page = await context.newPage();
  await signIn(page, 'ducpho');
  const copied = await context.storageState();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/signedOut=1/);
  await context.close();

  const thief = await browser.newContext({ storageState: copied });
  const res = await thief.request.get('/quan-tri/chot-kiem-soat', { maxRedirects: 0 });
  expect([307, 308]).toContain(res.status());
  expect(res.headers()['location']).toContain('/dang-nhap');
  expect(await (await thief.request.get('/api/auth/session')).json()).toEqual({});
  expect((await thief.request.get('/api/stats/csv')).status()).toBe(401);
  await thief.close();
});

test('a cross-origin sign-in post is refused', async ({ request }) => {
  const csrfToken = await csrf(request);
  const res = await request.post('/api/auth/callback/credentials', {
    headers: { origin: 'https://evil.example' },
    form: { csrfToken, username: 'admin', password: 'Demo@2021', json: 'true' },
  });
  expect(res.status()).toBe(403);
});
