import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configure, RULE_IDS } from '../../src/core';
import { ruleProperties, workspaceFileSchema } from '../../scripts/sync-rule-schema';

describe('configuration', () => {
  it('a bad pattern is reported and skipped, the other checks go on', () => {
    const { analyzer, problems } = configure([{ source: 'settings', settings: { placeholderPatterns: ['待定(', '待定\\d+'] } }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].key, 'placeholderPatterns');
    assert.match(problems[0].message, /待定\(/);
    const text = '此处待定3，XX书记。';
    const flagged = analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(flagged, ['待定3', 'XX']);
  });

  it('user patterns run under RE2: empty-matching and unsupported patterns are named and skipped, nothing hangs', () => {
    const patterns = ['a*', '(?<=甲)乙', '^', '(a+)+$', '待定\\d+'];
    const { analyzer, problems } = configure([{ source: '.speechdrafter.json', settings: { placeholderPatterns: patterns, allow: ['不相干'] } }]);
    assert.deepEqual(problems.map((p) => patterns.find((x) => p.message.includes(`"${x}"`))), ['a*', '(?<=甲)乙', '^']);
    // The backtracking pattern runs in linear time on text built to make a backtracking engine explode.
    const evil = 'a'.repeat(50_000) + '!';
    const t0 = Date.now();
    const onEvil = analyzer.analyze(evil);
    assert.ok(Date.now() - t0 < 5000, 'no catastrophic backtracking');
    assert.deepEqual(onEvil.filter((f) => f.rule === 'placeholder'), []);
    const text = '😀此处待定3，XX书记。aaa';
    const flagged = analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(flagged, ['待定3', 'XX', 'aaa']);
    assert.ok(analyzer.config.allow.includes('不相干'), 'the other settings still apply');
  });

  it('unknown rules, bad levels and wrong types are problems, never exceptions', () => {
    const { analyzer, problems } = configure([
      { source: '.speechdrafter.json', settings: { rules: { nope: 'off', placeholder: 'loud' }, allow: 'XX', targetScript: 'klingon', documentDate: '2023-13-45' } },
      { source: 'broken', settings: 42 },
    ]);
    assert.deepEqual(problems.map((p) => p.key ?? ''), ['rules.nope', 'rules.placeholder', 'allow', 'targetScript', 'documentDate', '']);
    assert.ok(analyzer.analyze('XX书记').length > 0, 'defaults still apply');
  });

  it('levels turn rules off or change their severity; later layers win', () => {
    const { analyzer } = configure([
      { source: 'settings', settings: { rules: { placeholder: 'off', 'web-boilerplate': 'info' } } },
      { source: 'file', settings: { rules: { placeholder: 'error' } } },
    ]);
    const fs = analyzer.analyze('手机版\nXX书记');
    assert.deepEqual(fs.map((f) => [f.rule, f.severity]), [['web-boilerplate', 'info'], ['placeholder', 'error']]);
  });

  it('extra boilerplate phrases flag their lines', () => {
    const { analyzer } = configure([{ source: 'settings', settings: { boilerplatePhrases: ['本文由某某网整理'] } }]);
    const fs = analyzer.analyze('同志们：\n本文由某某网整理\n讲话正文。').filter((f) => f.rule === 'web-boilerplate');
    assert.equal(fs.length, 1);
  });

  it('package.json and the workspace-file schema list exactly the rules (run `npm run sync-rules`)', () => {
    const root = path.join(__dirname, '..', '..', '..');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['speechDrafter.rules'].properties, ruleProperties());
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'speechdrafter.schema.json'), 'utf8'));
    assert.deepEqual(schema, workspaceFileSchema());
    assert.deepEqual(Object.keys(ruleProperties()).sort(), [...RULE_IDS].sort());
  });
});
