#!/usr/bin/env node
/*
 * Builds a zh-cn language-pack extension for the test VS Code (code-server's VS Code 1.100) from
 * VS Code's own zh-hans translations, as the npm package
 * @codingame/monaco-vscode-language-pack-zh-hans republishes them, and packs it as a .vsix that the
 * server installs with --install-extension, as a user installs a language pack.
 *
 * That package holds the core translations as one array indexed by its own build's message
 * numbers, not by VS Code's (module, key) pairs, and the numbers differ from the server's own
 * build (it leaves some modules out and code-server adds some). The pseudo-localized pack of the
 * same build (qps-ploc) holds the same messages, in the same order, as English with accented
 * letters; so every English message of the server (out/nls.keys.json + out/nls.messages.json) is
 * pseudo-localized with the letter map learnt from the two, the two sequences are aligned by a
 * diff, and each matched message takes the Chinese of its index. Unmatched messages stay English.
 * The built-in extensions' translations are already keyed by name and are copied as they are.
 *
 *   node test/langpack/build.js [--vscode DIR] [--out DIR]   prints the path of the .vsix
 * DIR defaults to test/vscode-server/node_modules/code-server/lib/vscode; the output (default
 * test/langpack/out) is reused while the inputs are unchanged.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const PACKS = path.join(HERE, 'node_modules', '@codingame');
const ZH = path.join(PACKS, 'monaco-vscode-language-pack-zh-hans');
const PLOC = path.join(PACKS, 'monaco-vscode-language-pack-qps-ploc');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** The array of an ES module `var content = [...]; export { content as default };`. */
function readArray(file) {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  if (start < 0 || end < start) throw new Error(`${file}: no array of messages`);
  return vm.runInNewContext(`(${text.slice(start, end + 1)})`, Object.create(null), { timeout: 10000 });
}

/**
 * The letter map of the pseudo-localization, learnt from message pairs taken to be the same
 * message (equal length, the same characters outside letters): for each English character, the
 * pseudo character seen most often in its place.
 */
function learnLetterMap(candidates) {
  const counts = new Map();
  const skeleton = (s) => s.replace(/[^\s\d{}()[\].,:;'"!?&/\\-]/gu, '_');
  for (const [e, p] of candidates) {
    if (typeof p !== 'string' || e.length !== p.length || skeleton(e) !== skeleton(p)) continue;
    for (let k = 0; k < e.length; k++) {
      let m = counts.get(e[k]);
      if (!m) counts.set(e[k], (m = new Map()));
      m.set(p[k], (m.get(p[k]) ?? 0) + 1);
    }
  }
  const map = new Map();
  for (const [e, m] of counts) {
    let best = e;
    let bestCount = 0;
    for (const [p, c] of m) if (c > bestCount) [best, bestCount] = [p, c];
    map.set(e, best);
  }
  return map;
}

/**
 * Aligns VS Code's English messages with the pseudo-localized ones: learn the letter map from the
 * messages at the same place (the two builds start alike), align, learn again from the aligned
 * pairs and from the unmatched messages between two aligned ones (same count on both sides), and
 * align again until the alignment stops growing. Returns the pairs [english index, pseudo index]
 * and the letter map they were found with.
 */
function alignMessages(english, pseudo) {
  const b = pseudo.map((s) => (typeof s === 'string' ? s : '\u0000'));
  let candidates = english.map((e, i) => [e, pseudo[i + 1]]);
  let pairs = [];
  let letters = new Map();
  for (let round = 0; round < 4; round++) {
    const learnt = learnLetterMap(candidates);
    const a = english.map((s) => Array.from(s, (c) => learnt.get(c) ?? c).join(''));
    const next = align(a, b);
    if (next.length <= pairs.length) break;
    pairs = next;
    letters = learnt;
    candidates = [];
    let [pi, pj] = [-1, -1];
    for (const [i, j] of [...pairs, [english.length, pseudo.length]]) {
      if (i - pi === j - pj) for (let k = 1; k < i - pi; k++) candidates.push([english[pi + k], pseudo[pj + k]]);
      if (i < english.length) candidates.push([english[i], pseudo[j]]);
      [pi, pj] = [i, j];
    }
  }
  return { pairs, letters };
}

/**
 * Pairs (i, j) of an alignment of a and b with a[i] === b[j] (Myers' O((N+M)D) diff, greedy
 * forward pass with the frontier of each step kept for the walk back).
 */
function align(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk back through the frontiers, collecting the diagonal (matching) moves.
  const pairs = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]; // the frontier before step d, window [-(d)-1 … d+1] around offset
    const at = (k) => prev[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = prevK === k + 1 ? prevX : prevX + 1;
    const startY = startX - k;
    while (x > startX && y > startY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs.reverse();
}

function hashInputs(files) {
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(f).update(fs.readFileSync(f));
  h.update(fs.readFileSync(__filename));
  return h.digest('hex').slice(0, 16);
}

async function build({ vscodeDir, outDir, quiet = false }) {
  const keysFile = path.join(vscodeDir, 'out', 'nls.keys.json');
  const messagesFile = path.join(vscodeDir, 'out', 'nls.messages.json');
  const zhFile = path.join(ZH, 'translations', 'main.i18n.json.js');
  const plocFile = path.join(PLOC, 'translations', 'main.i18n.json.js');
  for (const f of [keysFile, messagesFile, zhFile, plocFile]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run scripts/setup.sh`);
  }
  const stamp = hashInputs([keysFile, messagesFile, zhFile, plocFile]);
  const vsix = path.join(outDir, `zh-hans-language-pack-${stamp}.vsix`);
  if (fs.existsSync(vsix)) return { vsix, cached: true };

  const keys = JSON.parse(fs.readFileSync(keysFile, 'utf8'));
  const english = JSON.parse(fs.readFileSync(messagesFile, 'utf8'));
  const zh = readArray(zhFile);
  const ploc = readArray(plocFile);
  if (zh.length !== ploc.length) throw new Error(`the zh-hans pack has ${zh.length} messages, the pseudo pack ${ploc.length}: not the same build`);

  const { pairs, letters } = alignMessages(english, ploc);
  const chinese = new Array(english.length);
  for (const [i, j] of pairs) if (typeof zh[j] === 'string' && zh[j]) chinese[i] = zh[j];
  // A message the alignment left out (its module moved, or code-server changed the strings
  // around it) still takes the translation of the same pseudo-localized text elsewhere in the
  // pack, when every occurrence there has the same Chinese.
  const byPseudo = new Map();
  ploc.forEach((p, j) => {
    if (typeof p !== 'string' || typeof zh[j] !== 'string' || !zh[j]) return;
    const seen = byPseudo.get(p);
    byPseudo.set(p, seen === undefined || seen === zh[j] ? zh[j] : null);
  });
  english.forEach((e, i) => {
    if (chinese[i] !== undefined) return;
    const t = byPseudo.get(Array.from(e, (c) => letters.get(c) ?? c).join(''));
    if (t) chinese[i] = t;
  });

  const contents = {};
  let index = 0;
  let translated = 0;
  for (const [moduleId, moduleKeys] of keys) {
    for (const key of moduleKeys) {
      if (chinese[index] !== undefined) {
        (contents[moduleId] ??= {})[key] = chinese[index];
        translated++;
      }
      index++;
    }
  }
  if (index !== english.length) throw new Error(`nls.keys.json names ${index} messages, nls.messages.json holds ${english.length}`);

  const product = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'package.json'), 'utf8'));
  const ext = path.join(outDir, 'extension');
  fs.rmSync(ext, { recursive: true, force: true });
  fs.mkdirSync(path.join(ext, 'translations', 'extensions'), { recursive: true });
  fs.writeFileSync(path.join(ext, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents }));
  const translations = [{ id: 'vscode', path: './translations/main.i18n.json' }];
  const extDir = path.join(ZH, 'translations', 'extensions');
  for (const f of fs.readdirSync(extDir).sort()) {
    if (!f.endsWith('.i18n.json')) continue;
    fs.copyFileSync(path.join(extDir, f), path.join(ext, 'translations', 'extensions', f));
    translations.push({ id: f.slice(0, -'.i18n.json'.length), path: `./translations/extensions/${f}` });
  }
  const zhVersion = JSON.parse(fs.readFileSync(path.join(ZH, 'package.json'), 'utf8')).version;
  fs.writeFileSync(
    path.join(ext, 'package.json'),
    JSON.stringify(
      {
        name: 'zh-hans-language-pack',
        displayName: 'Chinese (Simplified) Language Pack for the test VS Code',
        description: `VS Code's zh-hans translations (from @codingame/monaco-vscode-language-pack-zh-hans ${zhVersion}) keyed for VS Code ${product.version}; built by test/langpack/build.js.`,
        publisher: 'speech-drafter-test',
        version: '1.0.0',
        license: 'MIT',
        engines: { vscode: `^${product.version.replace(/\.\d+$/, '.0')}` },
        categories: ['Language Packs'],
        contributes: { localizations: [{ languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)', translations }] },
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(ext, 'README.md'), 'VS Code in Simplified Chinese, for the Speech Drafter tests.\n');
  fs.writeFileSync(path.join(ext, 'LICENSE'), 'MIT (the translations: Microsoft Corporation, MIT).\n');

  const { createVSIX } = require(path.join(ROOT, 'node_modules', '@vscode', 'vsce'));
  for (const old of fs.readdirSync(outDir)) if (old.endsWith('.vsix')) fs.rmSync(path.join(outDir, old));
  // vsce reports on the console; the pack's contents are ours, its listing is noise here.
  const saved = { log: console.log, info: console.info, warn: console.warn };
  if (quiet) console.log = console.info = console.warn = () => undefined;
  try {
    await createVSIX({ cwd: ext, packagePath: vsix, dependencies: false, allowMissingRepository: true, allowStarActivation: true, skipLicense: true });
  } finally {
    Object.assign(console, saved);
  }
  return { vsix, cached: false, translated, total: english.length };
}

module.exports = { build, align, alignMessages };

if (require.main === module) {
  const vscodeDir = path.resolve(option('vscode', path.join(ROOT, 'test', 'vscode-server', 'node_modules', 'code-server', 'lib', 'vscode')));
  const outDir = path.resolve(option('out', path.join(HERE, 'out')));
  fs.mkdirSync(outDir, { recursive: true });
  build({ vscodeDir, outDir, quiet: true }).then(
    (r) => {
      if (!r.cached) console.error(`langpack: ${r.translated} of ${r.total} VS Code messages in Chinese`);
      console.log(r.vsix);
    },
    (e) => {
      console.error(`langpack: ${e.message}`);
      process.exit(1);
    },
  );
}
