import { test, expect, type APIRequestContext } from '@playwright/test';
import { storageStateOf } from './support/roles';

async function csrf(request: APIRequestContext, headers: Record<string, string> = {}) {
  const res = await request.get('/api/auth/csrf', { headers });
  return (await res.json()).csrfToken as string;
}

async function attempt(request: APIRequestContext, username: string, password: string, ip: string) {
  const headers = { 'x-forwarded-for': ip };
  const csrfToken = await csrf(request, headers);
  return request.post('/api/auth/callback/credentials', { headers, form: { csrfToken, username, password, json: 'true' } });
}

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
    const blocked = await attempt(request, username, 'sai', '10.1.0.2');
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

test('a cross-origin sign-in post is refused', async ({ request }) => {
  const csrfToken = await csrf(request);
  const res = await request.post('/api/auth/callback/credentials', {
    headers: { origin: 'https://evil.example' },
    form: { csrfToken, username: 'admin', password: 'Demo@2021', json: 'true' },
  });
  expect(res.status()).toBe(403);
});
