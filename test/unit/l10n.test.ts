/**
 * Chinese first: every string the code localizes has a zh-cn translation, every package.nls key
 * has a Chinese value, and placeholders ({0}) survive translation.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFUSED_WORDS } from '../../src/core/data/confusedWords';
import { OUTDATED_TERMS } from '../../src/core/data/outdatedTerms';

const root = path.join(__dirname, '..', '..', '..');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')) as Record<string, string | { message: string }>;

describe('localization', function () {
  this.timeout(60000);

  it('every l10n.t string in src/ has a zh-cn translation with the same {n} placeholders', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-l10n-'));
    execFileSync(process.execPath, [require.resolve('@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', out, path.join(root, 'src')], { stdio: 'pipe' });
    const source = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string }>;
    // Notes kept as data are localized with l10n.t(note) too.
    for (const e of CONFUSED_WORDS) source[e.note] = e.note;
    for (const t of OUTDATED_TERMS) if (t.note) source[t.note] = t.note;
    const zh = read('l10n/bundle.l10n.zh-cn.json');
    const keys = Object.keys(source);
    assert.ok(keys.length > 50, `${keys.length} strings`);
    const missing = keys.filter((k) => !(k in zh));
    assert.deepEqual(missing, [], 'untranslated strings');
    const unused = Object.keys(zh).filter((k) => !(k in source));
    assert.deepEqual(unused, [], 'translations of strings no longer in the code');
    for (const k of keys) {
      const args = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
      const t = zh[k];
      assert.equal(args(typeof t === 'string' ? t : t.message), args(k), `placeholders of ${JSON.stringify(k)}`);
    }
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('package.nls.zh-cn.json translates every key of package.nls.json, and package.json uses only defined keys', () => {
    const en = read('package.nls.json');
    const zh = read('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(zh)) assert.match(String(v), /[\u4e00-\u9fff]|^[A-Za-z ]+$/u, k);
    const pkg = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const used = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.deepEqual(used.filter((k) => !(k in en)), [], 'keys used in package.json but not defined');
  });
});
