#!/usr/bin/env node
/*
 * A stand-in for the VS Code executable, for @vscode/test-electron's runTests on machines that
 * cannot download VS Code desktop: it starts the real VS Code server (from the code-server npm
 * package), opens the web workbench in Debian's headless Chromium with the extension under
 * development and the test runner passed through the `payload` URL parameter, waits for the
 * in-host runner's results file, and exits 0 when every test passed, 1 otherwise.
 *
 * Arguments it reads (others are ignored): --extensionDevelopmentPath=DIR,
 * --extensionTestsPath=FILE, a folder to open (the first argument not starting with --), and its
 * own --install-vsix=FILE (install that .vsix into a fresh extensions folder and test the
 * installed extension instead of a development path), and --locale=LANG (VS Code's own option: the
 * display language; for anything but English a language pack is built from test/langpack and
 * installed first, see localeServerArgs).
 * Environment: SPEECH_DRAFTER_TEST_TIMEOUT (seconds, default 300), CHROMIUM (default /usr/bin/chromium),
 * SPEECH_DRAFTER_TEST_DEBUG (print the server's output and keep its logs).
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const VSCODE = path.join(__dirname, 'node_modules', 'code-server', 'lib', 'vscode');
const SERVER_MAIN = path.join(VSCODE, 'out', 'server-main.js');

function parseArgs(argv) {
  const out = { folder: undefined, dev: undefined, tests: undefined, vsix: undefined, locale: undefined };
  for (const a of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m && m[1] === 'extensionDevelopmentPath') out.dev = path.resolve(m[2]);
    else if (m && m[1] === 'extensionTestsPath') out.tests = path.resolve(m[2]);
    else if (m && m[1] === 'install-vsix') out.vsix = path.resolve(m[2]);
    else if (m && m[1] === 'locale') out.locale = m[2].toLowerCase();
    else if (!a.startsWith('-') && !out.folder) out.folder = path.resolve(a);
  }
  return out;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForHttp(port, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.resume();
        resolve();
      });
      req.on('error', () => {
        if (Date.now() > deadline) reject(new Error('the VS Code server did not start'));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The server arguments for a display language. VS Code's server takes the language from
 * --locale (before argv.json's "locale", the vscode.nls.locale cookie and the browser's
 * Accept-Language) and serves the workbench and the extension host the translations of the
 * language pack registered for it in <user-data-dir>/languagepacks.json. That registry is written
 * by the server's language-pack service when it installs a pack itself, so the pack is installed
 * with --start-server --install-extension (a plain --install-extension run does not register
 * it); the page must be opened only once the server reports the install (`ready`).
 */
async function localeServerArgs(locale) {
  if (!locale || locale === 'en' || locale.startsWith('en-')) return { args: [], ready: undefined };
  if (locale !== 'zh-cn') throw new Error(`no language pack for --locale=${locale} (test/langpack builds zh-cn)`);
  const { build } = require('../langpack/build.js');
  const outDir = path.join(__dirname, '..', 'langpack', 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const { vsix } = await build({ vscodeDir: VSCODE, outDir, quiet: true });
  return { args: ['--locale', locale, '--start-server', '--install-extension', vsix], ready: /Extension '[^']*' was successfully installed/ };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.tests) {
    console.error('launch.js: --extensionTestsPath=… is required');
    return 2;
  }
  if (!fs.existsSync(SERVER_MAIN)) {
    console.error(`launch.js: ${SERVER_MAIN} is missing; run the test-server install (scripts/setup.sh)`);
    return 2;
  }
  const timeoutSec = Number(process.env.SPEECH_DRAFTER_TEST_TIMEOUT || 300);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-vscode-'));
  const userData = path.join(tmp, 'user-data');
  const serverData = path.join(tmp, 'server-data');
  const extensions = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'telemetry.telemetryLevel': 'off' }),
  );
  const results = path.join(tmp, 'results.json');
  const log = path.join(tmp, 'test-log.txt');
  fs.writeFileSync(log, '');

  if (args.vsix) {
    const r = spawnSync(process.execPath, [SERVER_MAIN, '--install-extension', args.vsix, '--extensions-dir', extensions, '--accept-server-license-terms'], { encoding: 'utf8' });
    process.stdout.write(r.stdout || '');
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout || '')) {
      console.error(`launch.js: installing ${args.vsix} failed\n${r.stderr}`);
      return 1;
    }
  }

  const folder = args.folder ?? fs.mkdtempSync(path.join(tmp, 'workspace-'));
  const port = await freePort();
  let locale;
  try {
    locale = await localeServerArgs(args.locale);
  } catch (e) {
    console.error(`launch.js: ${e.message}`);
    return 1;
  }
  const server = spawn(
    process.execPath,
    [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
      '--user-data-dir', userData, '--server-data-dir', serverData, '--extensions-dir', extensions, '--disable-telemetry', ...locale.args],
    {
      env: { ...process.env, SPEECH_DRAFTER_TEST_RESULTS: results, SPEECH_DRAFTER_TEST_LOG: log, SPEECH_DRAFTER_TEST_LOCALE: args.locale ?? 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let serverOut = '';
  server.stdout.on('data', (d) => (serverOut += d));
  server.stderr.on('data', (d) => (serverOut += d));

  let browser;
  let printed = 0;
  const flushLog = () => {
    const text = fs.readFileSync(log, 'utf8');
    if (text.length > printed) {
      process.stdout.write(text.slice(printed));
      printed = text.length;
    }
  };
  let code = 1;
  try {
    await waitForHttp(port, Date.now() + 60000);
    if (locale.ready) {
      const until = Date.now() + 60000;
      while (!locale.ready.test(serverOut)) {
        if (Date.now() > until || server.exitCode !== null) throw new Error(`the language pack for ${args.locale} was not installed`);
        await sleep(100);
      }
    }
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
    const payload = [['extensionTestsPath', remote(args.tests)]];
    // VS Code runs extension tests only with a development extension: for the .vsix run it is an
    // empty one, and the installed extension loads as a user would have it.
    const dev = args.vsix ? path.join(__dirname, 'test-host') : args.dev;
    if (dev) payload.unshift(['extensionDevelopmentPath', remote(dev)]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const deadline = Date.now() + timeoutSec * 1000;
    while (!fs.existsSync(results)) {
      flushLog();
      if (Date.now() > deadline) throw new Error(`no test results after ${timeoutSec} s`);
      if (server.exitCode !== null) throw new Error('the VS Code server exited');
      await sleep(250);
    }
    await sleep(100);
    flushLog();
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    console.log(`integration: ${r.passed} passed, ${r.failed} failed, ${r.pending} pending`);
    code = r.failed === 0 && r.passed > 0 ? 0 : 1;
    if (process.env.SPEECH_DRAFTER_TEST_DEBUG) console.log(serverOut);
  } catch (e) {
    flushLog();
    console.error(`launch.js: ${e.message}`);
    console.error(serverOut.split('\n').slice(-40).join('\n'));
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    if (process.env.SPEECH_DRAFTER_TEST_DEBUG) console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
