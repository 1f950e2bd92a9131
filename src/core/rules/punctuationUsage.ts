/**
 * Rule `punctuation-usage` (GB/T 15834-2011): marks used the wrong way. A table of checks, each a
 * cheap trigger (a pair of characters), a pattern over one line and a finding builder; one pass
 * over a line finds the checks whose trigger it holds and skips the lines none can match.
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { localizedOnce as once, remove, replace } from '../fix';
import type { LineContext, LineRule, RawFinding } from '../rule';
import { isCjk } from './punctChars';

/**
 * The checks of `punctuation-usage`. Each is a pattern over one line (matched only when the
 * line passes its cheap trigger) and a finding builder.
 */
interface UsageCheck {
  /**
   * The pair of characters the pattern's every match holds: one of `first` followed by one of
   * `next` (by any character when `next` is absent). A superset: the pattern is precise.
   */
  readonly trigger: { readonly first: string; readonly next?: string };
  readonly pattern: RegExp;
  build(m: RegExpExecArray, text: string): RawFinding | undefined;
}

const ORDINAL_WORDS = '第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|其一|其二|其三|其四|其五';

const USAGE_CHECKS: readonly UsageCheck[] = [
  {
    // ”、“ and 》、《: no 顿号 between items in quotation or book-title marks (GB/T 15834),
    // unless something else (a bracketed note) stands between them: then the pattern does not match.
    trigger: { first: '”》’', next: '、' },
    pattern: /[”》’]、[“《‘]/gu,
    build(m) {
      const i = m.index + 1;
      return {
        start: i,
        end: i + 1,
        message: once('punctuation-usage:dunhao', () => l10n.t('No 顿号 between items in quotation marks or book-title marks.')),
        fixes: [remove({ start: i, end: i + 1 }, { safe: true, title: once('punctuation-usage:remove-dunhao', () => l10n.t('Remove "、"')) })],
      };
    },
  },
  {
    // （一）、 （1）. (一)、 as a heading or a run-in heading: no mark after the bracket.
    trigger: { first: '）)', next: '、，,.．：:' },
    pattern: /(?<![^\s。；！？：])[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]([、，,.．：:])(?![（(\d])/gu,
    build(m) {
      const i = m.index + m[0].length - 1;
      return {
        start: i,
        end: i + 1,
        message: once('punctuation-usage:ordinal', () => l10n.t('No mark after a bracketed ordinal such as （一）.')),
        fixes: [remove({ start: i, end: i + 1 }, { safe: true, title: l10n.t('Remove "{0}"', m[1]) })],
      };
    },
  },
  {
    // Doubled marks: ，， 。。 、、 ；； ：： → one. Three or more 。 stand for an ellipsis: ……
    trigger: { first: '，。、；：', next: '，。、；：' },
    pattern: /([，。、；：])\1+/gu,
    build(m) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[1] === '。' && m[0].length >= 3) {
        return {
          start: s,
          end: e,
          message: l10n.t('An ellipsis is written ……, not {0}.', m[0]),
          fixes: [replace({ start: s, end: e }, '……', { safe: true })],
        };
      }
      return {
        start: s,
        end: e,
        message: l10n.t('Doubled "{0}".', m[1]),
        fixes: [remove({ start: s + 1, end: e }, { safe: true, title: l10n.t('Keep one "{0}"', m[1]) })],
      };
    },
  },
  {
    // Two different marks in a row (，。 ；， ？，): one of them is wrong; which one is for the drafter.
    // ？！ and ！？ are allowed (GB/T 15834), and so is a doubled ！ or ？ (up to three) for strong feeling.
    trigger: { first: '，。、；：？！', next: '，。、；：' },
    pattern: /[，。、；：？！](?=[，。、；：])/gu,
    build(m, text) {
      const a = m[0];
      const b = text[m.index + 1];
      if (a === b) return undefined;
      const s = m.index;
      return {
        start: s,
        end: s + 2,
        message: l10n.t('Two marks in a row: "{0}".', a + b),
        fixes: [
          remove({ start: s, end: s + 1 }, { title: l10n.t('Keep "{0}"', b), preferred: false }),
          remove({ start: s + 1, end: s + 2 }, { title: l10n.t('Keep "{0}"', a), preferred: false }),
        ],
      };
    },
  },
  {
    // A single … is half an ellipsis: ……
    trigger: { first: '…' },
    pattern: /(?<!…)…(?!…)/gu,
    build(m, text) {
      const i = m.index;
      if (!isCjk(text[i - 1]) && !isCjk(text[i + 1])) return undefined;
      return {
        start: i,
        end: i + 1,
        message: once('punctuation-usage:half-ellipsis', () => l10n.t('An ellipsis is written ……, not {0}.', '…')),
        fixes: [replace({ start: i, end: i + 1 }, '……', { safe: true })],
      };
    },
  },
  {
    // A mark stuck inside an opening quotation mark: 强调“:疫情 → 强调：“疫情
    trigger: { first: '“', next: ':：，,' },
    pattern: /“([:：，,])/gu,
    build(m) {
      const i = m.index;
      const mark = m[1] === ':' ? '：' : m[1] === ',' ? '，' : m[1];
      return {
        start: i,
        end: i + 2,
        message: l10n.t('The mark belongs before the quotation mark: "{0}".', `${mark}“`),
        fixes: [replace({ start: i, end: i + 2 }, `${mark}“`, { safe: true, title: once('punctuation-usage:move', () => l10n.t('Move the mark before the quotation mark')) })],
      };
    },
  },
  {
    // 第一、 首先、 → 第一， 首先， (but 第一、二季度 and 第一、第二批 list ordinals; 全省第一、全国第二 rank).
    trigger: { first: '一二三四五六七八九十先次后', next: '、' },
    pattern: new RegExp(`(?<![^\\s。；！？：，“（(])(${ORDINAL_WORDS})、(?![一二三四五六七八九十第])`, 'gu'),
    build(m) {
      const i = m.index + m[0].length - 1;
      return {
        start: i,
        end: i + 1,
        message: l10n.t('After "{0}" use a comma, not 顿号.', m[1]),
        fixes: [replace({ start: i, end: i + 1 }, '，', { safe: true })],
      };
    },
  },
  {
    // ！ or ？ more than three times: GB/T 15834 allows up to three for strong feeling.
    trigger: { first: '！？', next: '！？' },
    pattern: /[！？]{4,}/gu,
    build(m) {
      return { start: m.index, end: m.index + m[0].length, message: l10n.t('More than three marks in a row: "{0}".', m[0]) };
    },
  },
];

/**
 * The checks' triggers as two tables of code units, one bit per check: a character's bits as the
 * first of a trigger's pair (FIRST) and as its second (NEXT). One pass over a line gives the checks
 * whose trigger it holds; most lines hold none and are skipped.
 */
const FIRST = new Uint32Array(0x10000);
const NEXT = new Uint32Array(0x10000);
/** The checks whose trigger's second character can be anything. */
let ANY_NEXT = 0;
if (USAGE_CHECKS.length > 32) throw new Error('punctuation-usage: at most 32 checks fit the trigger tables');
USAGE_CHECKS.forEach((c, k) => {
  const bit = 1 << k;
  for (const ch of c.trigger.first) FIRST[ch.charCodeAt(0)] |= bit;
  if (c.trigger.next === undefined) ANY_NEXT |= bit;
  else for (const ch of c.trigger.next) NEXT[ch.charCodeAt(0)] |= bit;
});

/** The bits of the checks whose trigger occurs in `text`. */
function triggered(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const f = FIRST[text.charCodeAt(i)];
    if (f !== 0) bits |= f & (ANY_NEXT | (i + 1 < text.length ? NEXT[text.charCodeAt(i + 1)] : 0));
  }
  return bits;
}

/** Marks used the wrong way: 顿号 between quoted items, marks after bracketed ordinals, doubled marks … */
function usage(text: string, ctx: LineContext): RawFinding[] {
  const bits = triggered(text);
  if (bits === 0) return [];
  const out: RawFinding[] = [];
  for (let k = 0; k < USAGE_CHECKS.length; k++) {
    if ((bits & (1 << k)) === 0) continue;
    const check = USAGE_CHECKS[k];
    check.pattern.lastIndex = 0;
    for (let m = check.pattern.exec(text); m; m = check.pattern.exec(text)) {
      const f = check.build(m, text);
      if (f && !overlapsAny(ctx.masked, f.start, f.end)) out.push(f);
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

export const punctuationUsageRule: LineRule = {
  id: 'punctuation-usage',
  scope: 'line',
  defaultLevel: 'warning',
  description:
    'Marks used the wrong way (GB/T 15834): ”、“ and 》、《, a mark after （一）, doubled marks (，，), two marks in a row (，。), a single …, a mark inside an opening quote (强调“:), 第一、 for 第一，.',
  examples: {
    flag: [
      { text: '增强“四个意识”、“四个自信”', flagged: '、', fixed: '增强“四个意识”“四个自信”' },
      { text: '学习《决定》、《条例》', fixed: '学习《决定》《条例》' },
      { text: '“一地一策”、《工作方案》', fixed: '“一地一策”《工作方案》' },
      { text: '（一）、提高站位', flagged: '、', fixed: '（一）提高站位' },
      { text: '（1）．加强领导', fixed: '（1）加强领导' },
      { text: '会议强调。（二）、压实责任', fixed: '会议强调。（二）压实责任' },
      { text: '要抓紧，，抓实。。', fixed: '要抓紧，抓实。' },
      { text: '市、、县两级', fixed: '市、县两级' },
      { text: '等等。。。', flagged: '。。。', fixed: '等等……' },
      { text: '要抓紧，。', flagged: '，。' },
      { text: '是不是这样？，我看不是', flagged: '？，' },
      { text: '工作千头万绪…', fixed: '工作千头万绪……' },
      { text: '总书记强调“:疫情防控这根弦', flagged: '“:', fixed: '总书记强调：“疫情防控这根弦' },
      { text: '他说“，我们', fixed: '他说，“我们' },
      { text: '第一、要提高认识', flagged: '、', fixed: '第一，要提高认识' },
      { text: '首先、统一思想。其次、压实责任。', fixed: '首先，统一思想。其次，压实责任。' },
      { text: '太好了！！！！', flagged: '！！！！' },
    ],
    pass: [
      { text: '增强“四个意识”（政治意识等）、“四个自信”' },
      { text: '增强“四个意识”“四个自信”，学习《决定》《条例》。' },
      { text: '（一）提高站位' },
      { text: '完成了第（一）、（二）项任务' },
      { text: '第一、二季度经济平稳，第一、第二批项目开工。' },
      { text: '全省第一、全国第二' },
      { text: '……——' },
      { text: '等等……还有' },
      { text: '真的吗？！太好了！！' },
      { text: '这是为什么？？' },
      { text: '总书记强调：“疫情防控这根弦仍然要绷紧。”' },
      { text: '首先要统一思想，最后要抓好落实。' },
      { text: '`“:`是示例', languageId: 'markdown' },
    ],
  },
  checkLine: usage,
};
