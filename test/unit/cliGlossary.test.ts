/**
 * `speech-drafter glossary`: the whole glossary or one entry, as text or JSON, with the
 * workspace's .speechdrafter-glossary.json merged in; a broken workspace file is reported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { main } from '../../src/cli/main';

async function run(args: string[], cwd: string, env: Record<string, string> = { LANG: 'C' }): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, env });
  return { code, out, err };
}

describe('cli: glossary', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-glossary-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one entry with its members, status, sources, first use and earlier wording', async () => {
    const { code, out } = await run(['glossary', '四个全面'], dir);
    assert.equal(code, 0);
    assert.match(out, /^四个全面/);
    assert.match(out, /Members: 全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党/);
    assert.match(out, /Status: changed on 2020-10：全面建设社会主义现代化国家/);
    assert.match(out, /Sources: .*<https?:\/\//);
    assert.match(out, /first in 2015年《2015年中华人民共和国国务院政府工作报告》/);
    assert.match(out, /Earlier wording: 全面建成小康社会/);
  });

  it('finds an entry by an alias, in Chinese under a Chinese locale', async () => {
    const { code, out } = await run(['glossary', '四个全面战略布局'], dir, { LANG: 'zh_CN.UTF-8' });
    // The locale is the process's: back to English for the tests that follow.
    l10n.config({ contents: {} });
    assert.equal(code, 0);
    assert.match(out, /^四个全面/);
    assert.match(out, /组成: /);
  });

  it('prints JSON a script can check: term, members, kind, scope, status, firstUse', async () => {
    const one = JSON.parse((await run(['glossary', '--format', 'json', '六稳'], dir)).out);
    assert.equal(one.term, '六稳');
    assert.deepEqual(one.members, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    assert.equal(one.scope, 'national');
    assert.equal(one.status, 'current');
    assert.equal(typeof one.firstUse.year, 'number');
    const all = JSON.parse((await run(['glossary', '--format', 'json'], dir)).out) as Array<{ term: string; scope: string }>;
    assert.ok(all.filter((e) => e.scope === 'national').length >= 500, String(all.length));
    assert.ok(all.every((e) => !('examples' in e)));
  });

  it('merges the workspace glossary, found from a subfolder', async () => {
    fs.writeFileSync(path.join(dir, '.speechdrafter-glossary.json'), JSON.stringify({ entries: [{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'], kind: '工作机制', scope: 'local' }] }));
    fs.mkdirSync(path.join(dir, 'speeches'));
    const { code, out } = await run(['glossary', '三服务'], path.join(dir, 'speeches'));
    assert.equal(code, 0);
    assert.match(out, /服务企业、服务群众、服务基层/);
    assert.match(out, /local/);
    assert.match((await run(['glossary'], dir)).out, /^三服务/m);
  });

  it('says so for a term it does not have (exit 1), and reports a broken workspace file (exit 2)', async () => {
    const missing = await run(['glossary', '不存在的提法'], dir);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /不存在的提法/);
    fs.writeFileSync(path.join(dir, '.speechdrafter-glossary.json'), '{ "entries": [');
    const broken = await run(['glossary'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.speechdrafter-glossary\.json/);
    assert.equal(broken.out, '');
  });

  it('drops a bad workspace entry with a message and prints the rest', async () => {
    fs.writeFileSync(path.join(dir, '.speechdrafter-glossary.json'), JSON.stringify({ entries: [{ term: '三服务', meaning: '没有来源的释义' }] }));
    const { code, out, err } = await run(['glossary', '五位一体'], dir);
    assert.equal(code, 0);
    assert.match(out, /经济建设/);
    assert.match(err, /meaning/);
  });

  it('rejects an unknown format', async () => {
    assert.equal((await run(['glossary', '--format', 'xml'], dir)).code, 2);
  });
});
