// Draws the demo infographic (db/demo/assets/ba-cach-kiem-tra.png) with the system Chromium:
// `npx tsx scripts/make-demo-infographic.ts`. The PNG is committed; the seed only copies it.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHECK_METHODS, CHECKPOINT_NEEDS } from '../lib/guidance/content';
import { logError } from '../lib/log/logger';

const font = path.resolve('node_modules/@fontsource/be-vietnam-pro/files');
const face = (weight: number) => ['vietnamese', 'latin', 'latin-ext']
  .map((subset) => `@font-face{font-family:'BVP';font-weight:${weight};src:url('file://${font}/be-vietnam-pro-${subset}-${weight}-normal.woff2') format('woff2')}`)
  .join('');

const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${face(400)}${face(700)}
body{margin:0;width:1080px;height:1350px;font-family:BVP,sans-serif;background:#eef5fc;color:#0f172a}
header{background:#0b4a8a;color:#fff;padding:48px 64px}h1{margin:0;font-size:54px;line-height:1.15}
header p{margin:16px 0 0;font-size:26px;opacity:.9}main{padding:32px 64px 0}
.card{background:#fff;border-radius:20px;padding:24px 32px;margin-bottom:20px;display:flex;gap:28px;align-items:flex-start;box-shadow:0 2px 6px #0002}
.n{flex:none;width:72px;height:72px;border-radius:50%;background:#0b4a8a;color:#fff;font-size:40px;font-weight:700;display:grid;place-items:center}
h2{margin:0 0 8px;font-size:34px}.card p{margin:0;font-size:24px;line-height:1.4}
.needs{background:#fff7e6;border:3px solid #f59e0b}.needs ul{margin:0;padding-left:28px;font-size:24px;line-height:1.45}
footer{padding:4px 64px;font-size:19px;color:#334155}</style></head><body>
<header><h1>Ba cách kiểm tra chứng nhận tiêm chủng tại chốt kiểm soát</h1><p>Theo công văn ngày 21/09/2021 của Sở TT&amp;TT Quảng Ngãi</p></header>
<main>${CHECK_METHODS.map((m, i) => `<div class="card"><div class="n">${i + 1}</div><div><h2>${m.title.vi}</h2><p>${m.body.vi}</p></div></div>`).join('')}
<div class="card needs"><div><h2>Chốt cần chuẩn bị</h2><ul>${CHECKPOINT_NEEDS.vi.map((n) => `<li>${n}</li>`).join('')}</ul></div></div></main>
<footer>Infographic minh hoạ do cổng thông tin biên soạn (dữ liệu mẫu) · Sở Thông tin và Truyền thông tỉnh Quảng Ngãi</footer></body></html>`;

async function main() {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--allow-file-access-from-files'] });
  const page = await browser.newPage({ viewport: { width: 1080, height: 1350 } });
  const file = path.resolve('.data/infographic.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  await page.goto(`file://${file}`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'db/demo/assets/ba-cach-kiem-tra.png' });
  await browser.close();
  fs.rmSync(file);
  console.log('db/demo/assets/ba-cach-kiem-tra.png');
}

main().catch((error) => {
  logError('make-demo-infographic', error);
  process.exit(1);
});
