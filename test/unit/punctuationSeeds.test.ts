/**
 * The punctuation, number and line-break rules on the seed speeches: what a drafter sees flagged
 * and fixed, and that the clean-up keeps every character of the speech.
 */
import * as assert from 'node:assert/strict';
import { createAnalyzer, fixAllSafe, type Finding } from '../../src/core';
import { only, seed } from './helpers';

const MINE = ['halfwidth-punctuation', 'paired-marks', 'punctuation-usage', 'number-format', 'broken-line'];
const all = createAnalyzer();
const clean = (text: string) => fixAllSafe(text, (t) => all.analyze(t)).text;
const flagged = (text: string, fs: readonly Finding[]) => fs.map((f) => text.slice(f.start, f.end));
/** The text with every character except the marks and white space a rule may touch. */
const words = (s: string) => s.replace(/[\s,:;!?()（）“”‘’"，：；！？。、.…]/gu, '');

describe('seeds: punctuation, numbers and broken lines', () => {
  it('003: each of the 100 ASCII commas, 5 colons, 1 semicolon and 2 exclamation marks is flagged, and none is left after the clean-up', () => {
    const text = seed('003');
    const speech = text.slice(0, text.indexOf('Copyright'));
    const fs = only('halfwidth-punctuation').analyze(text);
    const marks = flagged(text, fs).map((s) => s.trim());
    const count = (m: string) => marks.filter((x) => x === m).length;
    assert.equal(count(','), 100);
    assert.equal(count(':'), 5);
    assert.equal(count(';'), 1);
    assert.equal(count('!'), 2);
    assert.deepEqual(marks.filter((m) => m.length > 1), ['(市、区)']);
    // Every ASCII mark of the speech proper is among them.
    const inSpeech = fs.filter((f) => f.start < speech.length && /^ *[,:;!?] *$/.test(text.slice(f.start, f.end)));
    assert.equal(inSpeech.length, [...speech.matchAll(/[,:;!?]/g)].length);
    const cleaned = clean(text);
    assert.doesNotMatch(cleaned, /[,:;!?()]/);
    assert.ok(cleaned.includes('同志们：\n近一段时间，湖北省武汉市'));
    assert.ok(cleaned.includes('各县（市、区）'));
    assert.equal(words(cleaned), words(speech).replace(/\n/g, ''), 'only marks changed in the speech');
  });

  it('000: marks next to pinyin and mojibake are judged by the Chinese around them', () => {
    const text = seed('000');
    const fs = only('halfwidth-punctuation').analyze(text);
    // 是個(gè);,必須 — the comma after the semicolon belongs to the same Chinese sentence.
    const at = text.indexOf('(gè);,必須');
    assert.ok(at > 0);
    const semicolon = at + '(gè)'.length;
    assert.ok(fs.some((f) => f.start === semicolon) && fs.some((f) => f.start === semicolon + 1));
    // The pinyin brackets are the pinyin-annotation rule's, never this one's.
    assert.ok(!fs.some((f) => /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/u.test(text.slice(f.start, f.end))));
    // After the clean-up the doubled mark is left for the drafter to decide.
    const cleaned = clean(text);
    const usage = all.analyze(cleaned).filter((f) => f.rule === 'punctuation-usage');
    assert.deepEqual(flagged(cleaned, usage), ['；，', '；、']);
    assert.ok(usage.every((f) => f.fixes.length === 2 && f.fixes.every((x) => !x.safe)));
  });

  it('002: the 13 wrong-way quotation marks are turned, and every line pairs its quotes afterwards', () => {
    const text = seed('002');
    const fs = only('paired-marks').analyze(text);
    assert.equal(fs.length, 13);
    assert.ok(fs.every((f) => text.slice(f.start, f.end) === '”' && f.fixes[0]?.safe && f.fixes[0].edits[0].newText === '“'));
    const cleaned = clean(text);
    for (const phrase of ['切实“瞪起眼睛”去抓好防范', '对“米袋子”“菜篮子”', '摒弃“亡羊补牢”的思维', '宁可“备而不用”，不可“用而没备”', '切忌层层加码、搞“一刀切”', '按照“一地一策”、“一校一策”的原则']) {
      assert.ok(cleaned.includes(phrase), phrase);
    }
    for (const line of cleaned.split('\n')) {
      const quotes = line.replace(/[^“”]/g, '');
      assert.ok(/^(?:“”)*“?$/.test(quotes), line.slice(0, 60));
    }
    assert.deepEqual(only(...MINE).analyze(cleaned).filter((f) => f.rule === 'paired-marks'), []);
  });

  it('002: the hyphenated age ranges become 3～11岁 and 15～17岁; the date span x月10-14日 is left alone', () => {
    const cleaned = clean(seed('002'));
    assert.ok(cleaned.includes('3～11岁人群'));
    assert.ok(cleaned.includes('15～17岁人群'));
    assert.ok(cleaned.includes('x月10-14日'));
  });

  it('004: the PDF break 每周五 / 巡查机制 and the paragraphs cut at their semicolons are joined; headings stay on their lines', () => {
    const text = seed('004');
    const fs = only('broken-line', 'web-boilerplate').analyze(text).filter((f) => f.rule === 'broken-line');
    assert.equal(fs.length, 17);
    assert.ok(fs.every((f) => f.fixes[0].safe && f.fixes[0].edits.every((e) => /^\s+$/.test(text.slice(e.start, e.end)))));
    const cleaned = clean(text);
    for (const joined of [
      '有的医院每日自查、每周五巡查机制落实不到位',
      '作出系统安排；X月X日下午市疫情防控领导小组',
      '核查形同虚设；一线防控卡口没有做好各项防控措施，流于形式主义；有些医院反应迟钝',
      '坚决防止自由流动；第一时间开展流调溯源',
      '重点查定点医院“三区两通道”的设置；院感防控制度是否完善、落实；新冠',
      '穿脱防护服是否规范；基层医疗机构首诊负责制是否严格落实等等。',
      '该决策就要果断决策；分管同志要切实负起责任',
    ]) {
      assert.ok(cleaned.includes(joined), joined);
    }
    const lines = cleaned.split('\n');
    for (const heading of ['一、提高政治站位', '二、增强政治自觉', '三、强化政治担当', '一是着力从快从早监测预警', '第一，压实各方责任', '同志们：']) {
      assert.ok(lines.some((l) => l.startsWith(heading)), heading);
    }
  });

  it('001: the paragraph of 五是 cut into three lines at its semicolons is one line again', () => {
    const text = seed('001');
    const fs = only('broken-line').analyze(text);
    assert.deepEqual(flagged(text, fs), [';', ';', ';', ';', ';']);
    const cleaned = clean(text);
    assert.ok(cleaned.includes('全力支援XX区和XXX市；市直机关大量干部下沉一线开展工作；XX区在自身疫情防控工作任务十分繁重'));
    assert.ok(cleaned.includes('当前和长远的关系；抓住关键环节、阻断疫情扩散，坚决筑好防火墙、管控风险源、打好包围圈；周密组织安排'));
  });

  it('004: the colon stuck inside the opening quote is moved out', () => {
    const text = seed('004');
    const fs = only('punctuation-usage').analyze(text);
    assert.deepEqual(flagged(text, fs), ['“:']);
    assert.ok(clean(text).includes('视察我市时强调：“疫情防控这根弦'));
  });

  it('the clean-up changes only marks and line breaks in the speeches: every other character is kept, in order', () => {
    for (const name of ['001', '003', '004']) {
      const text = seed(name);
      const out = fixAllSafe(text, (t) => only(...MINE).analyze(t)).text;
      assert.equal(words(out), words(text), name);
    }
  });

  it('no number-format finding on the seeds where the numbers are right: dates, times, ISO dates, codes, phone numbers', () => {
    for (const name of ['000', '001', '003', '004']) {
      assert.deepEqual(flagged(seed(name), only('number-format').analyze(seed(name))), [], name);
    }
  });
});
