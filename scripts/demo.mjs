#!/usr/bin/env node
/**
 * ClaimLens demo: serves a news page on 127.0.0.1 and opens it in Chromium with the built extension.
 *
 *   npm run demo                         # tests/fixtures/pages/article.html
 *   npm run demo -- page.html            # any .html file, or a .txt file wrapped in a simple page
 *   npm run demo -- --out shot.png       # headless only: where to write the popup screenshot
 *
 * With a display ($DISPLAY set) the browser opens headed and the demo runs until you close it. Without one it
 * runs headless: waits for the analysis, opens the popup for the page's tab, writes a screenshot and exits.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchOptions } from './chromium.ts';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DEFAULT_PAGE = 'tests/fixtures/pages/article.html';

function parseArgs(argv) {
  const args = { page: DEFAULT_PAGE, out: 'demo-popup.png' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      args.out = argv[++i];
      if (!args.out) throw new Error('--out needs a file name');
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      args.help = true;
    } else args.page = argv[i];
  }
  if (!['.html', '.htm', '.txt'].includes(extname(args.page).toLowerCase())) {
    throw new Error(`expected an .html or .txt file, got ${args.page}`);
  }
  return args;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain article page around a text file: its first line as the headline, each further line a paragraph. */
function wrapText(text, name) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const title = lines.shift() ?? name;
  const paragraphs = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><article><h1>${escapeHtml(title)}</h1>
${paragraphs}
</article></main></body></html>`;
}

/** Serves the one page at `/<name>.html` on 127.0.0.1 (a free port); resolves to its URL and a close function. */
async function servePage(file) {
  const raw = await readFile(file, 'utf8');
  const html = extname(file).toLowerCase() === '.txt' ? wrapText(raw, basename(file)) : raw;
  const path = `/${encodeURIComponent(basename(file, extname(file)))}.html`;
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== path) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}${path}`, close: () => new Promise((ok) => server.close(ok)) };
}

async function launch(headless, profile) {
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions(EXTENSION_DIR, headless));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** Headless: open the popup for the page's tab once analysis settles, screenshot it, and summarise it. */
async function screenshotPopup({ context, worker, extensionId }, page, out) {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === page.url());
  if (!tab) throw new Error('the page has no tab');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tab.id}`);
  await popup.waitForSelector('.claim-groups, .status:not([data-state="analyzing"])', { timeout: 20_000 });
  // What a reader sees on opening it: browsers cap popups at 600 px high, the rest scrolls.
  await popup.screenshot({ path: out });
  const headings = await popup.locator('.group-heading').allTextContents();
  const status = await popup.locator('.status-title').allTextContents();
  return headings.length ? headings.join(', ') : status.join(' ');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return void console.log('usage: npm run demo -- [page.html|page.txt] [--out popup.png]');
  await readFile(join(EXTENSION_DIR, 'manifest.json')).catch(() => {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run \`npm run build\` first`);
  });
  const served = await servePage(resolve(args.page));
  const headless = !process.env.DISPLAY;
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-demo-'));
  const browser = await launch(headless, profile);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(served.url);
    console.log(`ClaimLens demo: ${served.url}`);
    if (!headless) {
      console.log('Chromium is open with ClaimLens loaded; close the browser window to stop.');
      await new Promise((ok) => browser.context.on('close', ok));
      return;
    }
    const summary = await screenshotPopup(browser, page, resolve(args.out));
    console.log(`Popup: ${summary}`);
    console.log(`Screenshot written to ${resolve(args.out)}`);
  } finally {
    await browser.context.close().catch(() => undefined);
    await served.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
