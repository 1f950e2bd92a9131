#!/usr/bin/env node
/*
 * Starts the VS Code server (test/vscode-server) with this extension loaded as a development
 * extension and a folder open (default: corpus/), and prints the URL. Used by scripts/dev.sh and
 * scripts/screenshot.js. Options: --port N, --folder DIR, --locale zh-cn (VS Code in Chinese: the
 * language pack of test/langpack is built and installed first, as the integration tests do).
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SERVER_MAIN = path.join(ROOT, 'test', 'vscode-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Start the server; resolves with { url, stop } once it answers. */
/** The workspace opened by default: the speech corpus, else the test workspace of sample drafts. */
function defaultFolder() {
  const corpus = path.join(ROOT, 'corpus');
  return fs.existsSync(corpus) ? corpus : path.join(ROOT, 'test', 'fixtures', 'workspace');
}

async function start({ port = Number(option('port', process.env.PORT || 8765)), folder = path.resolve(option('folder', defaultFolder())), locale = option('locale', process.env.SPEECH_DRAFTER_LOCALE) } = {}) {
  let localeArgs = [];
  let installed = /./;
  if (locale && !/^en/i.test(locale)) {
    const { build } = require(path.join(ROOT, 'test', 'langpack', 'build.js'));
    const outDir = path.join(ROOT, 'test', 'langpack', 'out');
    fs.mkdirSync(outDir, { recursive: true });
    const { vsix } = await build({ vscodeDir: path.dirname(path.dirname(SERVER_MAIN)), outDir, quiet: true });
    // The server registers a language pack it installs itself (see test/vscode-server/launch.js).
    localeArgs = ['--locale', locale.toLowerCase(), '--start-server', '--install-extension', vsix];
    installed = /Extension '[^']*' was successfully installed/;
  }
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-dev-'));
  fs.mkdirSync(path.join(data, 'user', 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(data, 'user', 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'workbench.colorTheme': 'Default Light Modern',
        // scripts/dev.sh writes the official record out as reference documents for the quotation check.
        ...(process.env.SPEECH_DRAFTER_REFERENCES ? { 'speechDrafter.referencePaths': [process.env.SPEECH_DRAFTER_REFERENCES] } : {}),
      },
      null,
      2,
    ),
  );
  const server = spawn(
    process.execPath,
    [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
      '--user-data-dir', path.join(data, 'user'), '--server-data-dir', path.join(data, 'server'), '--extensions-dir', path.join(data, 'extensions'), '--disable-telemetry', ...localeArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    fs.rmSync(data, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d) => {
      out += d;
      if (/Extension host agent listening|Web UI available/.test(out) && installed.test(out)) resolve({ url, stop });
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`the VS Code server exited (${code}):\n${out}`)));
  });
}

module.exports = { start };

if (require.main === module) {
  start().then(({ url, stop }) => {
    console.log(`\nSpeech Drafter is running in VS Code. Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
    process.on('SIGINT', () => {
      stop();
      process.exit(0);
    });
  }, (e) => {
    console.error(e.message);
    process.exit(1);
  });
}
