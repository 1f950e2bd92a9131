import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type JsonFinding } from '../../src/cli/main';

const CLI = path.join(__dirname, '..', '..', 'src', 'cli.js');

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, env: { LANG: 'C' } });
  return { code, out, err };
}

describe('CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '同志们：\r\nXX书记在会上讲话。\r\n');
    fs.writeFileSync(path.join(dir, 'clean.md'), '# 标题\n\n同志们：\n\n今天开会。\n');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '手机版\n正文。\n');
    fs.writeFileSync(path.join(dir, 'sub', 'binary.txt'), Buffer.from([0x50, 0, 0x4b, 3]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: exit 0 and no output on a clean file', async () => {
    const r = await run(['check', 'clean.md'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
  });

  it('check --format json: 1-based lines and UTF-16 columns, the flagged text, exit 1', async () => {
    const r = await run(['check', '--format', 'json', 'a.txt'], dir);
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.out) as JsonFinding[];
    assert.deepEqual(findings, [
      {
        file: 'a.txt',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 3,
        rule: 'placeholder',
        severity: 'warning',
        message: findings[0].message,
        text: 'XX',
      },
    ]);
    assert.match(findings[0].message, /name/);
  });

  it('check: text lines as file:line:col  rule  message; folders are walked', async () => {
    const r = await run(['check', '.'], dir);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.some((l) => /^a\.txt:2:1  placeholder  /.test(l)), r.out);
    assert.ok(lines.some((l) => /^sub[\\/]b\.md:1:1  web-boilerplate  /.test(l)), r.out);
  });

  it('an unreadable or binary file is reported, the others are still checked, exit 2', async () => {
    const r = await run(['check', 'missing.txt', 'sub/binary.txt', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.txt/);
    assert.match(r.err, /binary\.txt.*NUL/);
    assert.match(r.out, /a\.txt:2:1/);
  });

  it('usage errors exit 2 with a message', async () => {
    assert.equal((await run(['check'], dir)).code, 2);
    assert.equal((await run(['check', '--format', 'xml', 'a.txt'], dir)).code, 2);
    assert.equal((await run(['frobnicate'], dir)).code, 2);
  });

  it('fix --dry-run changes nothing; fix removes website text and keeps CRLF', async () => {
    fs.writeFileSync(path.join(dir, 'c.txt'), '手机版\r\n同志们：\r\n正文。\r\n');
    const dry = await run(['fix', '--dry-run', 'c.txt'], dir);
    assert.equal(dry.code, 1);
    assert.match(dry.err, /c\.txt: 1 change: 1 website leftover removed \(dry run: nothing written\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'c.txt'), 'utf8'), '手机版\r\n同志们：\r\n正文。\r\n');
    const real = await run(['fix', 'c.txt'], dir);
    assert.equal(real.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'c.txt'), 'utf8'), '同志们：\r\n正文。\r\n');
  });

  it('a .speechdrafter.json is found upwards and applied; a broken one is reported', async () => {
    fs.writeFileSync(path.join(dir, '.speechdrafter.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    const r = await run(['check', '../a.txt'], path.join(dir, 'sub'));
    assert.equal(r.code, 0);
    fs.writeFileSync(path.join(dir, '.speechdrafter.json'), '{ broken');
    const b = await run(['check', 'a.txt'], dir);
    assert.match(b.err, /not valid JSON/);
    assert.equal(b.code, 1, 'defaults apply');
  });

  it('reads standard input and speaks Chinese under a Chinese locale (real process)', () => {
    const p = spawnSync(process.execPath, [CLI, 'check', '-'], { input: 'XX书记讲话', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' }, encoding: 'utf8' });
    assert.equal(p.status, 1);
    assert.match(p.stdout, /<stdin>:1:1  placeholder  未替换的占位符“XX”：缺少人名。/);
    const en = spawnSync(process.execPath, [CLI, 'check', '-'], { input: '正文。', env: { ...process.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8' });
    assert.equal(en.status, 0);
  });
});
