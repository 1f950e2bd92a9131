/** The clean-up of pasted text (every safe fix) on the seed speeches: what a drafter would see fixed, and nothing else. */
import * as assert from 'node:assert/strict';
import { applyEdits, convertToSimplified, createAnalyzer, fixAllSafe } from '../../src/core';
import { only, seed } from './helpers';

const all = createAnalyzer();
const clean = (text: string) => fixAllSafe(text, (t) => all.analyze(t)).text;

describe('clean-up on the seeds', () => {
  it('000: every pinyin annotation in the speech is found, and none is left after the clean-up', () => {
    const text = seed('000');
    const site = only('web-boilerplate').analyze(text);
    const found = new Set(only('pinyin-annotation', 'web-boilerplate').analyze(text).filter((f) => f.rule === 'pinyin-annotation').map((f) => f.start));
    const annotations = [...text.matchAll(/(\p{Script=Han})([(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）])/gu)];
    assert.ok(annotations.length > 200, `${annotations.length} annotations`);
    const inSpeech = annotations.filter((m) => !site.some((f) => f.start <= m.index! && m.index! < f.end));
    const missed = inSpeech.filter((m) => !found.has(m.index! + 1)).map((m) => m[0]);
    assert.deepEqual(missed, []);
    const cleaned = clean(text);
    assert.doesNotMatch(cleaned, /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
    assert.ok(cleaned.startsWith('在2022年全区疫情防控视频会议上的讲话\n'), cleaned.slice(0, 40));
  });

  it('002 (17 speeches in traditional characters): one finding, whose fix is OpenCC\'s conversion line by line', () => {
    const text = seed('002');
    const fs = only('traditional-char').analyze(text);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /traditional/);
    const converted = applyEdits(text, fs[0].fixes[0].edits);
    assert.equal(converted, text.split('\n').map(convertToSimplified).join('\n'));
  });

  it('002: the wrong-way quotation marks are turned', () => {
    const cleaned = clean(seed('002'));
    assert.ok(cleaned.includes('切实“瞪起眼睛”去抓好防范'), 'quotes turned');
    assert.ok(cleaned.includes('要“底子清、情况明”'));
  });

  it('004: the doubled 跨市 is flagged but left to the drafter', () => {
    const cleaned = clean(seed('004'));
    assert.ok(cleaned.includes('跨市跨市'), 'a two-character doubling is not fixed automatically');
    assert.ok(all.analyze(cleaned).some((f) => f.rule === 'repeated-word' && cleaned.slice(f.start, f.end) === '跨市跨市'));
  });

  it('003: every ASCII mark in the Chinese text becomes full-width, and no character of the speech is lost', () => {
    const text = seed('003');
    const cleaned = clean(text);
    assert.doesNotMatch(cleaned, /[,:;!?]/);
    const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).join('');
    const speechEnd = text.indexOf('Copyright');
    assert.ok(cleaned.startsWith(text.slice(0, 30).replace(/,/g, '，')));
    assert.equal(han(cleaned), han(text.slice(0, speechEnd)), 'the Han text of the speech is unchanged');
  });

  it('004: the broken lines are joined, the doubled list item and the mark inside the quote fixed', () => {
    const text = seed('004');
    const cleaned = clean(text);
    assert.ok(cleaned.includes('每周五巡查机制落实不到位'), 'PDF-style break joined');
    assert.ok(cleaned.includes('加强市、县三级流调队伍间配合'));
    assert.ok(cleaned.includes('视察我市时强调：“疫情防控这根弦'));
    assert.ok(cleaned.includes('X月X日'), 'placeholders stay for the drafter');
  });
});
