#!/usr/bin/env node
/*
 * Takes the README's screenshots from the running VS Code, in Chinese: starts the server with the
 * extension and a zh-cn language pack (scripts/serve.js --locale zh-cn), opens a sample draft in
 * headless Chromium and saves, in docs/images/:
 *   diagnostics.png  the draft with its squiggles and the Problems panel
 *   hover.png        the hover on a formulation (四方责任)
 *   quickfix.png     the quick fixes of a problem (Ctrl+.)
 *   outline.png      the Outline view of the speech's headings and items
 *   cleanup.png      清理粘贴文本: the preview diff and the confirmation in words
 *   export.png       导出为 Word: the warning that lists the unfilled placeholders with their lines
 *   node scripts/screenshot.js [--out DIR] [--locale zh-cn|en] [--only name,name]
 * The sample draft is written here, for the pictures; Chromium is kept to the Noto CJK faces.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { start } = require('./serve.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const DRAFT = [
  '在全县安全生产工作会议上的讲话',
  '同志们：',
  '今天我们召开XX县安全生产工作会议,主要任务是传达XX书记讲话精神。下面是小编为大家整理的讲话稿，供大家参考。',
  '下面，我讲三点意见。',
  '一、提高政治站位，压实安全责任',
  '（一）统一思想认识',
  '截止目前，全县安全生产形势总体平稳，但事故隐患依然存在,我们不能有丝毫松懈。一是加强组织领导；二是压实工作责任；三是强化督查考核。',
  '（二）压实“四方责任”',
  '要落实属地、部门、单位、个人“四方责任”，做到守土有责、守土负责、守土尽责。',
  '二、狠抓隐患排查整治',
  '1.细化工作措施',
  '各乡镇要在X月X日前完成自查，由××同志牵头汇总。',
  '四、严格督查考核',
  '对工作不力的单位，要严肃追究责任。',
  '',
].join('\n');

/** Chromium's CJK fallback without the AR PL faces (installed for the Word render), as on a desktop. */
function fontConfig(dir) {
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>/usr/share/fonts/truetype/arphic/*</glob></rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}

async function main() {
  const outDir = path.resolve(option('out', path.join(__dirname, '..', 'docs', 'images')));
  const locale = option('locale', 'zh-cn');
  const zh = locale.startsWith('zh');
  const only = option('only') ? new Set(option('only').split(',')) : undefined;
  const want = (name) => !only || only.has(name);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-shots-'));
  const folder = path.join(tmp, zh ? '讲话稿' : 'speeches');
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  const file = zh ? '安全生产会议讲话.txt' : 'safety-meeting.txt';
  fs.writeFileSync(path.join(folder, file), DRAFT);
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'speechDrafter.documentDate': '2024-03-01', 'workbench.tips.enabled': false }, null, 2));
  const { url, stop } = await start({ port: Number(option('port', 8766)), folder, locale });
  const { chromium } = require(path.join(__dirname, '..', 'test', 'vscode-server', 'node_modules', 'playwright-core'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--lang=${zh ? 'zh-CN' : 'en-US'}`],
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(tmp) },
  });
  const saved = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: zh ? 'zh-CN' : 'en-US' });
    const shot = async (name) => {
      const out = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: out });
      saved.push(out);
    };
    const palette = async (text) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(text);
      await page.waitForTimeout(800);
      await page.keyboard.press('Enter');
    };
    /** Move the mouse onto `text` inside the editor's lines. */
    const pointAt = async (text, click = false) => {
      const target = page.locator('.view-lines .view-line span', { hasText: text }).first();
      const box = await target.boundingBox();
      if (!box) throw new Error(`"${text}" is not on screen`);
      const content = (await target.textContent()) || '';
      const at = Math.max(0, content.indexOf(text));
      const x = box.x + (box.width * (at + text.length / 2)) / Math.max(1, content.length);
      const y = box.y + box.height / 2;
      if (click) await page.mouse.click(x, y);
      else await page.mouse.move(x, y);
    };

    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForTimeout(4000);
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(file);
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.squiggly-warning', { timeout: 30000 });
    await page.waitForTimeout(1500);

    if (want('diagnostics')) {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForTimeout(1500);
      await shot('diagnostics');
      await page.keyboard.press('Control+J'); // the panel closes again
      await page.waitForTimeout(500);
    }
    if (want('hover')) {
      await pointAt('四方责任');
      await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 10000 });
      await page.waitForTimeout(1500);
      await shot('hover');
      await page.mouse.move(5, 840);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
    if (want('quickfix')) {
      await pointAt('截止', true);
      await page.waitForTimeout(400);
      await page.keyboard.press('Control+.');
      await page.waitForSelector('.action-widget', { state: 'visible', timeout: 10000 });
      await page.waitForTimeout(800);
      await shot('quickfix');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
    }
    if (want('outline')) {
      // The folder's tree folded away, so the outline has the side bar's height.
      const files = page.locator('.pane-header', { hasText: path.basename(folder) }).first();
      const header = page.locator('.pane-header', { hasText: /^(大纲|Outline)$/i }).first();
      await files.click();
      await header.click();
      await page.mouse.move(900, 700);
      await page.waitForTimeout(1500);
      await shot('outline');
      await header.click();
      await files.click();
      await page.waitForTimeout(400);
    }
    if (want('cleanup')) {
      await palette(zh ? '清理粘贴文本' : 'Clean Pasted Text');
      await page.waitForSelector('.monaco-dialog-box', { state: 'visible', timeout: 15000 });
      await page.waitForTimeout(2000);
      await shot('cleanup');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
    if (want('export')) {
      await palette(zh ? '导出为 Word' : 'Export to Word');
      await page.waitForSelector('.monaco-dialog-box', { state: 'visible', timeout: 15000 });
      await page.waitForTimeout(1000);
      await shot('export');
      await page.keyboard.press('Escape');
    }
    for (const s of saved) console.log(`saved ${s}`);
  } catch (e) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: path.join(os.tmpdir(), 'sd-screenshot-failure.png') }).catch(() => undefined);
    throw new Error(`${e.message}\n(the screen at that moment: ${path.join(os.tmpdir(), 'sd-screenshot-failure.png')})`);
  } finally {
    await browser.close();
    stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
