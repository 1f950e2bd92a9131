#!/usr/bin/env node
/*
 * Takes the README's screenshot from the running VS Code: starts the server with the extension
 * (scripts/serve.js), opens a file in headless Chromium, waits for the diagnostics, opens the
 * Problems panel and hovers a squiggle, and saves a PNG.
 *   node scripts/screenshot.js --file draft.txt --folder DIR --out docs/images/diagnostics.png [--hover TEXT]
 */
'use strict';
const path = require('node:path');
const { start } = require('./serve.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const file = option('file');
  const out = path.resolve(option('out', 'docs/images/diagnostics.png'));
  const hover = option('hover');
  const { url, stop } = await start({ port: Number(option('port', 8766)), folder: path.resolve(option('folder', '.')) });
  const { chromium } = require(path.join(__dirname, '..', 'test', 'vscode-server', 'node_modules', 'playwright-core'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForTimeout(4000);
    await page.keyboard.press('Control+P');
    await page.waitForTimeout(800);
    await page.keyboard.type(file);
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(4000);
    await page.keyboard.press('Control+Shift+M');
    await page.waitForTimeout(2000);
    if (hover) {
      const target = page.locator('.view-lines span', { hasText: hover }).first();
      const box = await target.boundingBox();
      if (box) {
        const text = (await target.textContent()) || '';
        const at = Math.max(0, text.indexOf(hover));
        await page.mouse.move(box.x + (box.width * (at + 0.5)) / Math.max(1, text.length), box.y + box.height / 2);
        await page.waitForTimeout(2500);
      }
    }
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
  } finally {
    await browser.close();
    stop();
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
