/** The report of a fix-all in words: what the clean-up command and `speech-drafter fix` say. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { createAnalyzer, describeFixReport, describeProblems, fixAllReported, fixAllSafe, fixKindOf } from '../../src/core';
import { seeds } from './helpers';

const all = createAnalyzer();
const analyze = (t: string) => all.analyze(t);
const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

// A pasted draft written for this test: a website's editor note on a line of its own (21
// characters), two half-width commas and a confused word.
const PASTED = ['同志们：', '下面是小编为大家整理的讲话稿，供大家参考。', '截止目前,全县安全生产形势总体平稳,事故起数下降。', ''].join('\n');

describe('fix report', () => {
  it('names each kind of change in words, removals first, with the removed text of a long removal', () => {
    const report = fixAllReported(PASTED, analyze);
    assert.equal(
      describeFixReport(report),
      '4 changes: 1 website leftover removed (“下面是小编为大家……”, 21 characters), 2 punctuation marks, 1 wrong word',
    );
    assert.equal(report.text, fixAllSafe(PASTED, analyze).text, 'the same clean-up as fixAllSafe');
  });

  it('a short removal is counted, not quoted', () => {
    const report = fixAllReported('同志们：\n我们要跨市跨市合作，市、市、县联动。\n', analyze);
    const words = describeFixReport(report);
    assert.doesNotMatch(words, /“/);
  });

  it('counts what `check` showed, and apart what appeared only after the first fixes (the seeds)', () => {
    for (const { name, text } of seeds()) {
      const report = fixAllReported(text, analyze);
      const shown: Record<string, number> = {};
      for (const f of analyze(text)) if (f.fixes.some((x) => x.safe && x.edits.length)) shown[fixKindOf(f.rule)] = (shown[fixKindOf(f.rule)] ?? 0) + 1;
      const counted: Record<string, number> = {};
      for (const item of report.items) if (item.count) counted[item.kind] = item.count;
      assert.deepEqual(counted, shown, name);
      const applied = [...report.counts.values()].reduce((a, b) => a + b, 0);
      assert.equal(report.total, applied, `${name}: every applied fix is in the report`);
    }
  });

  it('speech-drafter fix --dry-run says the same in Chinese under a Chinese locale (real process)', () => {
    const p = spawnSync(process.execPath, [CLI, 'fix', '--dry-run', '-'], { input: PASTED, env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' }, encoding: 'utf8' });
    assert.equal(p.status, 1, p.stderr);
    assert.equal(p.stderr.trim(), '<stdin>: 共 4 处修改：删除网站残留 1 处（“下面是小编为大家……”，21 字），标点 2 处，错别字 1 处（试运行：未写入文件）');
  });

  it('a check is summed up in words, most frequent first, never by rule id', () => {
    const findings = analyze('同志们：\nXX书记和XX县长到会,截止目前工作平稳。\n');
    const words = describeProblems(findings);
    assert.equal(words, `${findings.length} problems: 2 placeholders, 1 punctuation mark, 1 wrong word`);
    assert.equal(describeProblems(analyze('XX书记讲话。')), '1 problem: 1 placeholder');
  });
});
