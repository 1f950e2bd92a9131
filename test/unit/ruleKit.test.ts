/**
 * The rule kit: fix helpers, the combined matcher of a substitution table and the settings'
 * confused words run through the substitution rule.
 */
import * as assert from 'node:assert/strict';
import { createAnalyzer, fixAllSafe, resolveConfig, RULE_IDS } from '../../src/core';
import { CONFUSED_WORDS } from '../../src/core/data/confusedWords';
import { OUTDATED_TERMS } from '../../src/core/data/outdatedTerms';
import { insert, remove, replace } from '../../src/core/fix';
import { combinedMatcher } from '../../src/core/substitution';

describe('rule kit', () => {
  it('replace, remove and insert build one-edit fixes, unsafe unless told, titled in words', () => {
    assert.deepEqual(replace({ start: 1, end: 3 }, '截至', { safe: true }), { title: 'Change to "截至"', edits: [{ start: 1, end: 3, newText: '截至' }], safe: true, preferred: true });
    assert.deepEqual(remove({ start: 4, end: 5 }, { preferred: false }), { title: 'Remove', edits: [{ start: 4, end: 5, newText: '' }], safe: false });
    assert.deepEqual(insert(2, '，'), { title: 'Insert "，"', edits: [{ start: 2, end: 2, newText: '，' }], safe: false, preferred: true });
  });

  for (const [name, table] of [
    ['confused words', CONFUSED_WORDS],
    ['outdated terms', OUTDATED_TERMS],
  ] as const) {
    it(`the combined matcher of the ${name} finds every must-flag example of every entry`, () => {
      const matcher = combinedMatcher(table);
      for (const e of table) for (const ex of e.flag) assert.ok(matcher.test(ex.text), `${e.id}: ${ex.text}`);
    });
  }

  it('a table entry with a numbered backreference is refused (it cannot be combined)', () => {
    assert.throws(() => combinedMatcher([{ id: 'doubled', from: /(\p{Script=Han})\1/gu }]), /backreference/);
  });

  it('confused words from the settings are flagged and fixed safely, next to the built-in ones', () => {
    const { config } = resolveConfig(
      [{ source: 'test', settings: { confusedWords: [{ wrong: '其它工作', right: '其他各项工作', note: '本单位用语' }, { wrong: '抓紧落实', right: '抓好落实' }], rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'confused-word' ? 'warning' : 'off'])) } }],
      RULE_IDS,
    );
    const analyzer = createAnalyzer(config);
    const text = '做好其它工作（a.b）';
    const findings = analyzer.analyze(text);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)).sort(), ['其它', '其它工作']);
    assert.ok(findings.some((f) => f.message === '"其它工作" → "其他各项工作". 本单位用语'));
    assert.equal(fixAllSafe('要抓紧落实，做好其它事项', (t) => analyzer.analyze(t)).text, '要抓好落实，做好其他事项');
    // With no settings the same text gives only the built-in entry.
    const plain = createAnalyzer(resolveConfig([{ source: 'test', settings: { rules: { 'confused-word': 'warning' } } }], RULE_IDS).config);
    assert.deepEqual(plain.analyze(text).filter((f) => f.rule === 'confused-word').map((f) => text.slice(f.start, f.end)), ['其它']);
  });
});
