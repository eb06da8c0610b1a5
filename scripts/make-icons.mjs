#!/usr/bin/env node
// Renders scripts/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png), with Debian's Chromium.
// Run by hand after changing the SVG: `node scripts/make-icons.mjs`. The PNGs are committed.
import fs from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await fs.readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
