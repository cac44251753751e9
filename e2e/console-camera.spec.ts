import { chromium, test, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { openConsoleAt } from './support/console';
import { makeConsoleOfficer } from './support/check-data';
import { storageStateOf } from './support/roles';
import { chromiumArgs, systemChromium } from './support/chromium';
import { qrTextOfPng, writeQrVideo } from './support/fake-camera';

// Issue 15: the console's camera path, live. Chromium's fake camera plays a small video of the
// demo's valid passport QR (made here, at test time), and the console reads it from the stream
// as it would from a phone's rear camera, online and offline. Only this file's browser has the
// fake camera: it is launched here, with the flags, not through the project's settings.
// One officer session per worker (--repeat-each runs this file in both workers at once).
let officerState = '';
let checkpoint = { id: '', name: '' };
let hc1 = '';
let camera: Browser;

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  officerState = `e2e/.auth/console-camera-officer-${testInfo.workerIndex}.json`;
  [checkpoint] = await makeConsoleOfficer(browser, officerState, ['Chốt Camera Quét', 'Tổ Tuần Tra Camera']);
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await admin.newPage();
  await page.goto('/quan-tri/ho-chieu-mau');
  const src = (await page.locator('[data-passport="hop-le"]').getByRole('img').getAttribute('src'))!;
  await admin.close();
  hc1 = qrTextOfPng(Buffer.from(src.split(',')[1], 'base64'));
  expect(hc1).toMatch(/^HC1:/);
  const video = writeQrVideo(hc1, 'hop-le');
  camera = await chromium.launch({
    executablePath: systemChromium,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
});

test.afterAll(async () => {
  await camera?.close();
});

async function officerPage(testInfo: TestInfo) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await camera.newContext({ baseURL, locale, timezoneId, storageState: officerState, viewport: { width: 390, height: 844 } });
  await context.addInitScript(recordDecoders);
  return { context, page: await context.newPage() };
}

/**
 * Keeps each value the scanner gives its video's data-decoder (where a frame was decoded: native,
 * worker or page), since the video goes as soon as a code is read.
 */
function recordDecoders() {
  const seen: string[] = [];
  (window as unknown as { decoders: string[] }).decoders = seen;
  new MutationObserver((records) => {
    for (const record of records) seen.push((record.target as Element).getAttribute('data-decoder') ?? '');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-decoder'] });
}

async function decodersUsed(page: Page): Promise<string[]> {
  return [...new Set(await page.evaluate(() => (window as unknown as { decoders: string[] }).decoders))];
}

/** Every check the console keeps in IndexedDB, as stored: what is left on the phone. */
function storedChecks(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('qn-console');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('checks').objectStore('checks').getAll();
          all.onsuccess = () => {
            resolve(all.result.map((item) => JSON.stringify(item)));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Opens the scanner: its QR decoding worker starts with it, so frames are decoded off the page's thread. */
async function openScanner(page: Page) {
  const decoder = page.waitForEvent('worker');
  await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
  await expect(page.getByRole('button', { name: 'Mở camera để quét' })).toBeVisible();
  expect((await decoder).url()).toContain('/_next/static/');
}

/** Opens the scanner, scans with the camera, and expects the server's green verdict, every frame decoded by `decoder`. */
async function scanExpectingServerVerdict(page: Page, decoder: 'page' | 'worker' | 'native') {
  await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
  await scanWithCamera(page);
  const verdict = page.locator('[data-result]');
  await expect(verdict).toContainText('Máy chủ đã ghi nhận', { timeout: 30_000 });
  await expect(verdict).toHaveAttribute('data-result', 'valid');
  expect(await decodersUsed(page)).toEqual([decoder]);
}

async function scanWithCamera(page: Page) {
  await page.getByRole('button', { name: 'Mở camera để quét' }).click();
  await expect(page.getByLabel('Hình từ camera: đưa mã QR vào giữa khung').or(page.locator('[data-result]'))).toBeVisible();
}

test('the camera reads the valid demo passport: a green verdict on the server word, and the HC1 string leaves the phone', async ({}, testInfo) => {
  const { context, page } = await officerPage(testInfo);
  try {
    await openConsoleAt(page, checkpoint.name);
    await openScanner(page);
    await scanWithCamera(page);
    const verdict = page.locator('[data-result]');
    await expect(verdict).toContainText('Máy chủ đã ghi nhận', { timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-result', 'valid');
    await expect(page.getByTestId('certificate-card').getByTestId('certificate-message')).toHaveText(/đủ điều kiện/);
    // The camera is off once a code is read, and the scanner is ready for the next citizen.
    await expect(page.getByRole('button', { name: 'Mở camera để quét' })).toBeVisible();
    const stored = await storedChecks(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain('HC1:');
  } finally {
    await context.close();
  }
});

test('offline, the camera scan is judged and kept on the phone, then synced: the server verdict shows', async ({}, testInfo) => {
  const { context, page } = await officerPage(testInfo);
  try {
    await openConsoleAt(page, checkpoint.name);
    await expect(page.getByTestId('offline-shell')).toHaveAttribute('data-status', 'ready');
    // The trust list is kept on the phone while online; offline the verdict comes from that copy.
    await expect(page.getByTestId('trust-list-age')).toHaveText(/tin cậy: [1-9]\d* chứng thư ký/);
    await openScanner(page);

    await context.setOffline(true);
    await scanWithCamera(page);
    const verdict = page.locator('[data-result]');
    await expect(verdict).toContainText('đã lưu trên máy', { timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-result', 'valid');
    await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '1');
    // Until the server answers, the certificate itself is what waits on the phone.
    expect((await storedChecks(page)).filter((item) => item.includes(hc1))).toHaveLength(1);

    await context.setOffline(false);
    await expect(verdict).toContainText('Máy chủ đã ghi nhận', { timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-result', 'valid');
    await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '0');
    const stored = await storedChecks(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain('HC1:');
  } finally {
    await context.close();
  }
});

test('without a Web Worker (an old browser) nor a native detector, the page itself decodes the frames: the verdict shows', async ({}, testInfo) => {
  const { context, page } = await officerPage(testInfo);
  try {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
      Reflect.deleteProperty(window, 'BarcodeDetector');
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openConsoleAt(page, checkpoint.name);
    await scanExpectingServerVerdict(page, 'page');
    expect(workers).toEqual([]);
  } finally {
    await context.close();
  }
});

// The scanner's files are kept by the console's service worker. The decoding worker's are not: a
// worker's script lies outside the service worker's /chot scope, so here it comes from the
// browser's HTTP cache (with the cache cleared before going offline, this test fails).
test('an officer who never opened the scanner online opens it offline: it was fetched with the console, and its worker decodes', async ({}, testInfo) => {
  test.setTimeout(90_000);
  const { context, page } = await officerPage(testInfo);
  try {
    // The console fetches the scanner and starts its decoding worker once, idle, after its shell
    // is kept (about 10 s); the worker stops once its files are loaded.
    const prefetched = page.waitForEvent('worker', { timeout: 40_000 }).then((worker) => new Promise((done) => worker.once('close', done)));
    await openConsoleAt(page, checkpoint.name);
    await expect(page.getByTestId('offline-shell')).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('trust-list-age')).toHaveText(/tin cậy: [1-9]\d* chứng thư ký/);
    await prefetched;

    await context.setOffline(true);
    await openScanner(page);
    await scanWithCamera(page);
    const verdict = page.locator('[data-result]');
    await expect(verdict).toContainText('đã lưu trên máy', { timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-result', 'valid');
    expect(await decodersUsed(page)).toEqual(['worker']);
  } finally {
    await context.close();
  }
});

test('when the decoding worker cannot load, the scanner falls back to the page and the verdict shows', async ({}, testInfo) => {
  const { context, page } = await officerPage(testInfo);
  try {
    // Turbopack's worker bootstrap: the page's service worker does not see it (outside /chot), the test's route does.
    await context.route(/\/_next\/static\/chunks\/turbopack-worker-/, (route) => route.abort());
    await openConsoleAt(page, checkpoint.name);
    await scanExpectingServerVerdict(page, 'page');
  } finally {
    await context.close();
  }
});
