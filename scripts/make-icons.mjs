#!/usr/bin/env node
// One-off: draws the PNG icons of the web manifest from public/favicon.svg in Debian's Chromium
// (no image library needed). The PNGs are committed; run again only if the favicon changes.
//   node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const outDir = path.join(root, 'public/icons');
fs.mkdirSync(outDir, { recursive: true });

// A maskable icon keeps its content inside the central 80% "safe zone" on a full-bleed background.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.12, background: '#1d70b8' },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0.08, background: '#1d70b8' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const icon of icons) {
  const pad = Math.round(icon.size * icon.inset);
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<html><body style="margin:0;background:${icon.background}"><img src="${dataUrl}" style="display:block;margin:${pad}px;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px"></body></html>`,
  );
  await page.screenshot({
    path: path.join(outDir, icon.file),
    omitBackground: icon.background === 'transparent',
  });
  console.log(`public/icons/${icon.file}`);
}
await browser.close();
