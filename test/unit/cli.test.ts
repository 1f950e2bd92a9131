import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type JsonFinding } from '../../src/cli/main';
import { encodeGb18030 } from '../support/gb18030';

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

/** A deterministic byte stream (xorshift), for "binary" files. */
function noise(length: number, seed: number, min: number, max: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = min + ((x >>> 0) % (max - min + 1));
  }
  return out;
}

describe('CLI: bad input gets the message a user should see', () => {
  let dir: string;
  const write = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-cli-bad-'));
    write('a.txt', 'XX书记讲话。\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a mistyped option is an error that names it, never a file name', async () => {
    const long = await run(['check', '--fromat', 'json', 'a.txt'], dir);
    assert.equal(long.code, 2);
    assert.equal(long.out, '');
    assert.match(long.err, /^Unknown option --fromat\.\nUsage: speech-drafter check /);
    const short = await run(['check', '-x', 'a.txt'], dir);
    assert.equal(short.code, 2);
    assert.match(short.err, /^Unknown option -x\./);
    const fix = await run(['fix', '--dryrun', 'a.txt'], dir);
    assert.equal(fix.code, 2);
    assert.match(fix.err, /^Unknown option --dryrun\./);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'XX书记讲话。\n', 'nothing was fixed');
    const missing = await run(['check', 'a.txt', '--format'], dir);
    assert.match(missing.err, /^Option --format needs a value\./);
    const exp = await run(['export', '--docx', 'o.docx', '--speeker', '王', 'a.txt'], dir);
    assert.match(exp.err, /^Unknown option --speeker\./);
  });

  it('help lists every command of the table; a command with --help gives its own usage', async () => {
    const all = await run(['help'], dir);
    assert.equal(all.code, 0);
    for (const name of ['check', 'fix', 'rules', 'export']) assert.match(all.out, new RegExp(`^  speech-drafter ${name}\\b`, 'm'));
    const one = await run(['export', '--help'], dir);
    assert.equal(one.code, 0);
    assert.match(one.out, /^Usage: speech-drafter export --docx OUT\.docx /);
    const none = await run([], dir);
    assert.equal(none.code, 2);
    assert.match(none.err, /^Usage:\n/);
  });

  it('UTF-16 with a byte-order mark, big- or little-endian, is read as text', async () => {
    const text = 'XX书记讲话。\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await run(['check', 'be.txt', 'le.txt'], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^be\.txt:1:1  placeholder  .*\nle\.txt:1:1  placeholder  /);
  });

  it('a binary file without NUL bytes is recognised and skipped', async () => {
    write('noise.txt', noise(4096, 7, 1, 255));
    write('controls.txt', noise(4096, 11, 1, 127));
    const r = await run(['check', 'noise.txt', 'controls.txt', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^noise\.txt: neither UTF-8 nor GB18030 text; skipped$/m);
    assert.match(r.err, /^controls\.txt: not a text file \(it is full of control characters\); skipped$/m);
    assert.match(r.out, /^a\.txt:1:1  placeholder/m);
    assert.doesNotMatch(r.out, /noise|controls/);
  });

  it('a UTF-8 file with two stray bytes is reported as invalid UTF-8, not read as GB18030', async () => {
    const good = Buffer.from('同志们：\n今天召开全市工作会议，XX书记作重要讲话。\n'.repeat(20), 'utf8');
    const at = Buffer.byteLength('同志们：\n今天召开全市工作会议，XX书记作重要讲话。\n'.repeat(3), 'utf8');
    const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xfe]), good.subarray(at)]);
    write('damaged.txt', damaged);
    const r = await run(['check', 'damaged.txt'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, new RegExp(`^damaged\\.txt: not valid UTF-8 \\(byte ${at} of ${damaged.length} is not part of a character\\); skipped, nothing was changed$`, 'm'));
    const f = await run(['fix', 'damaged.txt'], dir);
    assert.equal(f.code, 2);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'damaged.txt')), damaged, 'left as it was');
  });

  it('a valid GB18030 file is read as GB18030 and gives the findings of the same text in UTF-8', async () => {
    const text = '同志们：\n今天召开全市工作会议,XX书记作重要讲话。\n手机版\n';
    write('gb.txt', encodeGb18030(text));
    write('utf8.txt', text);
    const gb = await run(['check', '--format', 'json', 'gb.txt'], dir);
    const utf8 = await run(['check', '--format', 'json', 'utf8.txt'], dir);
    assert.equal(gb.err, '');
    const strip = (out: string) => (JSON.parse(out) as JsonFinding[]).map(({ file: _file, ...f }) => f);
    assert.ok(strip(gb.out).length >= 2);
    assert.deepEqual(strip(gb.out), strip(utf8.out));
  });

  it('a loop of symbolic links is named as such', async () => {
    fs.symlinkSync(path.join(dir, 'loop-b.txt'), path.join(dir, 'loop-a.txt'));
    fs.symlinkSync(path.join(dir, 'loop-a.txt'), path.join(dir, 'loop-b.txt'));
    const r = await run(['check', 'loop-a.txt', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /loop-a\.txt: a loop of symbolic links\n/);
    assert.match(r.out, /^a\.txt:1:1/m);
  });

  it('a file that cannot be written is one line, no stack trace (real process)', () => {
    fs.writeFileSync(path.join(dir, 'clean.txt'), '同志们：\n今天开会。\n');
    const p = spawnSync(process.execPath, [CLI, 'export', '--docx', 'no-such-folder/out.docx', 'clean.txt'], { cwd: dir, env: { ...process.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8' });
    assert.equal(p.status, 2);
    assert.equal(p.stderr, 'no-such-folder/out.docx: cannot write the file (no such file or folder)\n');
  });

  it('a closed pipe (check … | head) ends quietly (real process)', () => {
    fs.writeFileSync(path.join(dir, 'long.txt'), 'XX书记在X月X日的会上讲话。\n'.repeat(20000));
    const p = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check long.txt | head -n 1`], { cwd: dir, env: { ...process.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8' });
    assert.equal(p.stderr, '');
    assert.match(p.stdout, /^long\.txt:1:1  placeholder  .*\n$/);
  });

  describe('.speechdrafter.json', () => {
    const config = (text: string | Buffer) => write('.speechdrafter.json', text);

    it('is read as VS Code reads settings files: comments, trailing commas, a BOM', async () => {
      config('\ufeff// Placeholders are checked elsewhere\n{\n  /* off */ "rules": { "placeholder": "off", },\n}\n');
      const r = await run(['check', 'a.txt'], dir);
      assert.equal(r.err, '');
      assert.equal(r.code, 0, 'the setting applies');
    });

    it('saved by Notepad as "Unicode" (UTF-16 with BOM) it is read too', async () => {
      config(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "rules": { "placeholder": "off" } }', 'utf16le')]));
      const r = await run(['check', 'a.txt'], dir);
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
    });

    it('says where and what is wrong, and the defaults apply', async () => {
      config('{\n  "rules": { "placeholder": "off" }\n  "allow": []\n}\n');
      const r = await run(['check', 'a.txt'], dir);
      assert.equal(r.err.split('\n')[0], '.speechdrafter.json: not valid JSON at line 3, column 3 (a comma is expected); the file is ignored until it is fixed, the other settings apply.');
      assert.equal(r.code, 1, 'the placeholder is found: defaults apply');
      config('["placeholder"]');
      const arr = await run(['check', 'a.txt'], dir);
      assert.match(arr.err, /^\.speechdrafter\.json: the file must hold one JSON object \(\{ … \}\); it is ignored, the other settings apply\.$/m);
      config('{ "rules": { "placeholder": "loud" } }');
      const bad = await run(['check', 'a.txt'], dir);
      assert.match(bad.err, /^\.speechdrafter\.json › rules\.placeholder: Level must be one of off, error, warning, info, hint; "loud" is ignored\.$/m);
    });

    it('is honoured by export, and so is --config', async () => {
      const blocked = await run(['export', '--docx', 'a.docx', 'a.txt'], dir);
      assert.equal(blocked.code, 1);
      assert.match(blocked.err, /^1 placeholder is not filled in yet\.\n  a\.txt:\d+: “XX”\n/);
      write('quiet.json', '{ "rules": { "placeholder": "off" } }');
      assert.equal((await run(['export', '--docx', 'a.docx', '--config', 'quiet.json', 'a.txt'], dir)).code, 0);
      config('{ "allow": ["XX书记"] }');
      assert.equal((await run(['export', '--docx', 'b.docx', 'a.txt'], dir)).code, 0);
      assert.ok(fs.existsSync(path.join(dir, 'b.docx')));
      const missing = await run(['export', '--docx', 'c.docx', '--config', 'nope.json', 'a.txt'], dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.err, 'nope.json: cannot read the configuration file (no such file or folder)\n');
    });
  });
});
