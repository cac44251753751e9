// `npm run bench:posters [out.pdf]`: renders 1,000 A4 posters into one PDF the way a province
// batch does (one document, one font subset, vector QR), streamed to a file or discarded.
// Ends with one JSON line: {"posters":1000,"seconds":…,"peak_rss_mb":…}.
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DISTRICTS, communesOf } from '../lib/geo/districts';
import { signPosterToken } from '../lib/posters/token';
import { generateManualCode } from '../lib/posters/manual-code';
import { createPosterDocument } from '../lib/posters/pdf/document';
import { posterContent, type PosterSubject } from '../lib/posters/pdf/content';
import { writePosterPages } from '../lib/posters/pdf/write-pages';
import { logError } from '../lib/log/logger';

const COUNT = 1000;
const BASE = 'https://kiemsoat.quangngai.gov.vn';

function subjects(): PosterSubject[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const district = DISTRICTS[i % DISTRICTS.length];
    const communes = communesOf(district.code);
    return {
      number: i + 1, kind: i % 4 === 0 ? 'patrol' : 'fixed', name: `Chốt kiểm soát số ${i + 1} Quốc lộ 1A đoạn qua ${district.name}`,
      districtCode: district.code, communeCode: communes.length ? communes[i % communes.length].code : null,
      version: 1 + (i % 3), issuedAt: new Date(Date.UTC(2021, 8, 21, 1)), manualCode: generateManualCode(),
    };
  });
}

async function main() {
  const out = process.argv[2];
  const items = subjects();
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const doc = createPosterDocument('Áp phích mã QR — đo hiệu năng');
  let bytes = 0;
  const sink = out ? fs.createWriteStream(out) : new Writable({ write: (chunk, _enc, done) => ((bytes += chunk.length), done()) });
  doc.pipe(sink);
  await writePosterPages(doc, items, (s) => posterContent(s, { url: `${BASE}/c/${signPosterToken('bench-key', s.number, s.version)}`, codeAddress: 'kiemsoat.quangngai.gov.vn/c' }), 'A4');
  doc.end();
  await finished(sink);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // CPU time shows the cost itself when other work shares the machine and stretches the wall clock.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (out) bytes = fs.statSync(out).size;
  // maxRSS is in kilobytes on Linux.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${COUNT} áp phích A4 trong một PDF: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s), ${(bytes / 1024 / 1024).toFixed(1)} MB, RSS tối đa ${peakRssMb.toFixed(0)} MB`);
  console.log(JSON.stringify({ posters: COUNT, seconds: Number(seconds.toFixed(3)), peak_rss_mb: Number(peakRssMb.toFixed(1)) }));
}

main().catch((error) => {
  logError('bench:posters', error);
  process.exit(1);
});
