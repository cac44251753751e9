// `node scripts/make-icons.mjs`: renders public/icons/icon.svg into the PNG icons the browser
// tab, the home screen (apple-touch-icon) and the console's web-app manifest ask for, plus a
// favicon.ico holding a PNG. The outputs are committed; run again only when the SVG changes.
import fs from 'node:fs';
import sharp from 'sharp';

const rounded = fs.readFileSync('public/icons/icon.svg', 'utf8');
// Home screens round the corners themselves and fill transparency with black: give them a square.
const square = rounded.replace('rx="96"', 'rx="0"');
const png = (size, pad = 0, svg = square) =>
  sharp(Buffer.from(svg), { density: 300 })
    .resize(size - 2 * pad, size - 2 * pad)
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#0b4a8a' })
    .png({ compressionLevel: 9 })
    .toBuffer();

const outputs = {
  'public/icons/icon-192.png': await png(192, 0, rounded),
  'public/icons/icon-512.png': await png(512, 0, rounded),
  // Maskable: the launcher may crop to a circle, so the mark keeps a 10 % safe margin.
  'public/icons/maskable-512.png': await png(512, 52),
  'public/apple-touch-icon.png': await png(180),
};
for (const [file, data] of Object.entries(outputs)) fs.writeFileSync(file, data);

// An ICO whose one image is a 32 px PNG (supported by every current browser).
const small = await png(32, 0, rounded);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(small.length, 14);
header.writeUInt32LE(22, 18);
fs.writeFileSync('public/favicon.ico', Buffer.concat([header, small]));
console.log(Object.keys(outputs).concat('public/favicon.ico').join('\n'));
