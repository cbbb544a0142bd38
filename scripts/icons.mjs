// Draws the installed app's icons (web manifest, src/offline/model/manifest.ts) from the favicon's design:
// 192 and 512 px with rounded corners, and a 512 px maskable one whose glyph sits inside the safe zone
// (the inner 80 % circle) on a full-bleed background, so a launcher may cut it to any shape.
// Usage: node scripts/icons.mjs   (writes public/icons/*.png; run again only when the design changes)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const BRAND = '#0b5d4b';
const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
const glyph =
  '<path d="M8 22l6-6 4 4 7-9" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/>';
const plain = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND}"/>${glyph}</svg>`;
// The glyph spans 8–25 of 32; scaled to 60 % around the centre it stays well inside the safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(16 16) scale(0.6) translate(-16.5 -16.5)">${glyph}</g></svg>`;

mkdirSync(out, { recursive: true });
const icons = [
  ['icon-192.png', plain, 192],
  ['icon-512.png', plain, 512],
  ['maskable-512.png', maskable, 512],
];
for (const [name, svg, size] of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(`${out}${name}`);
  console.log(`public/icons/${name} ${size}×${size}`);
}
