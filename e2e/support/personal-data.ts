import fs from 'node:fs';
import path from 'node:path';
import { readImageFile } from '../../lib/dcc/node/read-image-file';
import { decodeQrFromImage } from '../../lib/dcc/qr/decode-qr-image';

// The personal data the e2e suite sends through the portal, which no log line (server output,
// browser console) may repeat. Kept with the specs that type it: check-in, passages-admin,
// certificates (the two passports' QR payloads and holders), and the officer accounts' names.
const NAMES = ['Nguyễn Thị Hoa', 'Người Thử Vết', 'Nguyễn Bảo Duy', 'Gabriele', 'Musterfrau', 'Cán bộ Bàn Kiểm Soát', 'Thiếu Huyện', 'Chéo Nguồn'];
const PHONES = ['0905 123 456', '0912345678', '0905 111 222'];

const at1 = JSON.parse(fs.readFileSync(path.resolve('lib/dcc/testdata/cases/AT_1.json'), 'utf8'));
const vn = decodeQrFromImage(readImageFile(fs.readFileSync(path.resolve('lib/dcc/testdata/vn/VAC_VN.png'))));
if (!vn?.startsWith('HC1:')) throw new Error('The Vietnamese sample passport photo no longer reads as an HC1 QR.');
const HC1: string[] = [at1.PREFIX, vn];

const digits = (phone: string) => phone.replace(/\D/g, '');
/** Exact strings: each name; each phone as typed, as digits and in +84 form; a slice of each QR payload past its prefix. */
const VALUES: [string, string][] = [
  ...NAMES.map((n): [string, string] => ['name', n]),
  ...PHONES.flatMap((p): [string, string][] => [['phone', p], ['phone', digits(p)], ['phone', `84${digits(p).slice(1)}`]]),
  ...HC1.map((h): [string, string] => ['HC1 payload', h.slice(10, 40)]),
];
/** Shapes, for values made at run time (passages-admin's phone is `09` + the clock). */
const PATTERNS: [string, RegExp][] = [
  ['HC1 payload', /HC1:[0-9A-Z$%*+\-./:]{8}/],
  ['Vietnamese mobile number', /(?<![\d.])(?:\+?84[ .]?|0)[35789]\d(?:[ .]?\d){7}(?![\d])/],
  ['12-digit ID number', /(?<![\d.])\d{12}(?![\d.])/],
];

/** Where the text repeats fixture personal data: "line N: <kind> …", empty when clean. */
export function findPersonalData(text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [kind, value] of VALUES) if (line.includes(value)) hits.push(`line ${i + 1}: ${kind} "${value}"`);
    for (const [kind, pattern] of PATTERNS) {
      const match = line.match(pattern);
      if (match) hits.push(`line ${i + 1}: ${kind} "${match[0]}"`);
    }
  });
  return hits;
}
