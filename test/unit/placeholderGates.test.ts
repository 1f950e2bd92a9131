/**
 * The per-line pre-tests of `placeholder` and `web-boilerplate` never hide a match: a form's
 * pattern runs only on lines holding one of its gate characters or words, so every text the
 * pattern matches must hold one (and, for placeholders, within `lookback` characters of the
 * match start). Checked on random lines made of the forms' own examples, pieces of them and
 * noise, in simplified and traditional characters.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PLACEHOLDER_FORMS } from '../../src/core/data/placeholders';
import { BOILERPLATE_FORMS } from '../../src/core/data/boilerplate';
import { KeywordGroups } from '../../src/core/keywordScan';
import { bothScripts, bothScriptsChars, bothScriptsSource } from '../../src/core/scriptPattern';
import { toSimplifiedChars } from '../../src/core/script';
import { createAnalyzer } from '../../src/core';
import { only } from './helpers';

const NOISE = ['的', '是', '在', '会议', '同志们', '，', '。', ' ', '\u3000', '\u00a0', '1', '2', '0', '20', 'a', 'X', 'x', '(', ')', '（', '）', '【', '】', '-', '.', '…', '年', '月', '日', '市', '书记', '書記', '縣', '網', '頁', '\t'];

/** Pieces of a text: its characters and its halves, so a random line mixes parts of examples. */
function pieces(texts: readonly string[]): string[] {
  const out = new Set<string>(NOISE);
  for (const t of texts) {
    out.add(t);
    for (const c of t) out.add(c);
    out.add(t.slice(0, Math.ceil(t.length / 2)));
    out.add(t.slice(Math.ceil(t.length / 2)));
  }
  return [...out];
}

/** A traditional spelling of simplified text (the map back is many-to-one, so any form will do). */
const traditional = (() => {
  const back = new Map<string, string>();
  return (s: string): string => {
    if (back.size === 0) {
      // Built from the widened pattern of one character: [书書] → 書.
      for (const c of '书记县区长网页会员讲话发布来源时间编辑说两句载请注阅读') back.set(c, bothScriptsSource(c).slice(2, 3) || c);
    }
    return [...s].map((c) => back.get(c) ?? c).join('');
  };
})();

describe('placeholder gates', () => {
  for (const form of PLACEHOLDER_FORMS) {
    it(`${form.id}: every match holds a gate character within ${form.lookback ?? 0} of its start, and one of its second set${form.next ? ', and one of its second characters after it' : ''}`, () => {
      const parts = pieces([...form.flag.map((e) => e.text), ...form.pass.map((e) => e.text)]);
      const gate = new Set(form.gate);
      const also = form.also === undefined ? undefined : new Set(bothScriptsChars(form.also));
      const next = form.next === undefined ? undefined : new Set(bothScriptsChars(form.next));
      const line = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
      fc.assert(
        fc.property(fc.oneof(line, line.map(traditional)), (text) => {
          const re = new RegExp(form.pattern.source, form.pattern.flags);
          for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
              re.lastIndex++;
              continue;
            }
            const first = [...m[0]].findIndex((c) => gate.has(c));
            assert.ok(first >= 0, `${JSON.stringify(m[0])} in ${JSON.stringify(text)} holds no gate character`);
            assert.ok(first <= (form.lookback ?? 0), `${JSON.stringify(m[0])}: gate character at ${first}`);
            if (also) assert.ok([...m[0]].some((c) => also.has(c)), `${JSON.stringify(m[0])} holds none of ${form.also}`);
            if (next) assert.ok(first === 0 && next.has(text[m.index + 1]), `${JSON.stringify(m[0])} in ${JSON.stringify(text)}: the character after its first is none of ${JSON.stringify(form.next)}`);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('web-boilerplate gates', () => {
  BOILERPLATE_FORMS.forEach((form, k) => {
    it(`${form.id}: every line the pattern matches holds one of its gate words`, () => {
      const groups = new KeywordGroups(BOILERPLATE_FORMS.map((f) => f.gate));
      const parts = pieces([...form.flag.map((e) => e.text), ...form.pass.map((e) => e.text), ...form.gate]);
      const line = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
      fc.assert(
        fc.property(fc.oneof(line, line.map(traditional)), (text) => {
          const re = new RegExp(form.pattern.source, form.pattern.flags.replace('g', ''));
          if (!re.test(text)) return;
          groups.scan(text);
          assert.ok(groups.has(k), `${JSON.stringify(text)} matches but holds none of ${form.gate.join(' ')}`);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('keyword groups', () => {
  it('find words in either script and either ASCII case, and nothing else', () => {
    const g = new KeywordGroups([['会员', 'vip'], ['.'], ['版权所有']]);
    g.scan('開通VIP會員');
    assert.deepEqual([g.has(0), g.has(1), g.has(2)], [true, false, false]);
    g.scan('本站版權所有.');
    assert.deepEqual([g.has(0), g.has(1), g.has(2)], [false, true, true]);
    g.scan('');
    assert.deepEqual([g.has(0), g.has(1), g.has(2)], [false, false, false]);
  });
});

describe('patterns widened to traditional characters', () => {
  it('match where the simplified pattern matches the simplified line, at the same offsets', () => {
    const words = ['书记', '县长', '网站', '下载', '会员', '讲话', '点击', '发布', '时间'];
    const pattern = /(?:书记|县长|网站)[^会]{0,3}(?:下载|会员)|[讲发][话布]\p{Script=Han}?/gu;
    const wide = bothScripts(pattern);
    const line = fc.array(fc.constantFrom(...words, ...words.map(traditional), '的', ',', 'X', '會', '会'), { maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(line, (text) => {
        const a = [...toSimplifiedChars(text).matchAll(pattern)].map((m) => [m.index, m[0].length]);
        const b = [...text.matchAll(wide)].map((m) => [m.index, m[0].length]);
        assert.deepEqual(b, a);
      }),
      { numRuns: 500 },
    );
  });

  it('leave escapes, classes and group names as they are', () => {
    assert.equal(bothScriptsSource('\\p{Script=Han}[^书\\]](?<name>x)\\u4e66'), '\\p{Script=Han}[^书\\]書](?<name>x)\\u4e66');
  });
});

describe('placeholders and website text in traditional characters', () => {
  const analyzer = only('placeholder', 'web-boilerplate');
  it('are found as in simplified text', () => {
    const simplified = '同志们：\nXX书记强调，要在X月X日前完成。\n下面是小编为大家整理的讲话稿，供大家参考。';
    const trad = traditional(simplified);
    assert.notEqual(trad, simplified);
    const spans = (t: string) => analyzer.analyze(t).map((f) => [f.rule, f.start, f.end]);
    assert.deepEqual(spans(trad), spans(simplified));
    assert.ok(spans(simplified).length >= 3);
  });
  it('the whole rule set still runs on them', () => {
    assert.ok(createAnalyzer().analyze('請XX書記講話').some((f) => f.rule === 'placeholder'));
  });
});
