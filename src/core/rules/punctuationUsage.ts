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

const OPENER_OF: Readonly<Record<string, string>> = { '”': '“', '》': '《', '’': '‘' };
const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '《': '》', '‘': '’' };
/** Longest quoted or titled member read, and the most characters a member may add after its mark (“甲”号). */
const MEMBER_MAX = 40;
const SUFFIX_MAX = 4;
/** The last list read: its text, where it ends and whether it is mixed (each list is read once). */
let listText: string | undefined;
let listFrom = -1;
let listEnd = -1;
let listMixed = false;

/** Characters that make a quoted name into a member of its own (“奋斗者”号, “复兴号”型). */
const NAME_SUFFIX = /^[号型式牌杯奖]/u;
/** Whether `ch` may belong to a member's words after its closing mark (not a mark of punctuation). */
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && !/[\s，。、；：！？“”‘’《》（）()]/u.test(ch);

/** The nearest `ch` from `from` on in direction `step`, at most MEMBER_MAX characters away (so each list costs its length). */
function findWithin(text: string, ch: string, from: number, step: 1 | -1): number {
  const c = ch.charCodeAt(0);
  for (let k = from, n = 0; k >= 0 && k < text.length && n < MEMBER_MAX; k += step, n++) if (text.charCodeAt(k) === c) return k;
  return -1;
}

/**
 * Whether the 顿号 at `dun` (between a closing and an opening mark) joins a list that also has
 * members other than bare quoted or titled items: an unquoted member before or after the run, or
 * a member with words after its closing mark. GB/T 15834 keeps the 顿号 there.
 */
function inMixedList(text: string, dun: number): boolean {
  if (text === listText && dun >= listFrom && dun < listEnd) return listMixed;
  let mixed = false;
  // Backward: the members before, while each is a closing mark's item joined by 、.
  let at = dun - 1;
  for (;;) {
    const opener = OPENER_OF[text[at]];
    const open = opener === undefined ? -1 : findWithin(text, opener, at - 1, -1);
    if (open < 0) break;
    if (text[open - 1] !== '、') break;
    if (OPENER_OF[text[open - 2]] === undefined) {
      // 、 before the run's first item: an unquoted member (高度自治、“一国两制”) or a suffixed one.
      mixed = true;
      break;
    }
    at = open - 2;
  }
  // Forward: the members after, each opening mark's item up to its closing mark.
  let p = dun + 1;
  for (;;) {
    const closer = CLOSER_OF[text[p]];
    const close = closer === undefined ? -1 : findWithin(text, closer, p + 1, 1);
    if (close < 0) break;
    if (NAME_SUFFIX.test(text.slice(close + 1, close + 2))) {
      mixed = true;
      p = close;
      break;
    }
    let q = close + 1;
    while (q - close - 1 < SUFFIX_MAX && isWordChar(text[q])) q++;
    if (text[q] !== '、') break;
    if (q > close + 1 || CLOSER_OF[text[q + 1]] === undefined) {
      // “甲”号、 or “甲”、乙: a member that is not a bare quoted item.
      mixed = true;
      p = q;
      break;
    }
    p = q + 1;
  }
  listText = text;
  listFrom = dun;
  listEnd = p + 1;
  listMixed = mixed;
  return mixed;
}

const ORDINAL_WORDS = '第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|其一|其二|其三|其四|其五';

const USAGE_CHECKS: readonly UsageCheck[] = [
  {
    // ”、“ and 》、《: no 顿号 between items in quotation or book-title marks (GB/T 15834),
    // unless something else stands between them (a bracketed note: the pattern does not match)
    // or the list holds other members too (“一国两制”、“港人治港”、高度自治; “甲”号、“乙”号).
    trigger: { first: '”》’', next: '、' },
    pattern: /[”》’]、[“《‘]/gu,
    build(m, text) {
      const i = m.index + 1;
      if (inMixedList(text, i)) return undefined;
      return {
        start: i,
        end: i + 1,
        message: once('punctuation-usage:dunhao', () => l10n.t('Items in quotation marks or book-title marks usually stand without 顿号 between them (GB/T 15834).')),
        // "Usually": official texts keep it too, so the drafter decides (a hint, not a safe fix).
        severity: 'info',
        fixes: [remove({ start: i, end: i + 1 }, { title: once('punctuation-usage:remove-dunhao', () => l10n.t('Remove "、"')) })],
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
      { text: '增强“四个意识”、“四个自信”', flagged: '、' },
      { text: '学习《决定》、《条例》', flagged: '、' },
      { text: '“一地一策”、《工作方案》', flagged: '、' },
      { text: '反对制造“台湾独立”、“两个中国”、“一中一台”的言行', count: 2 },
      { text: '增强“四个意识”、“四个自信”，做到“两个维护”、高度自治', count: 1 },
      { text: '增强“四个意识”、“四个自信”，贯彻“一国两制”、“港人治港”、高度自治', count: 1, flagged: '、' },
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
      { text: '全面准确贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针' },
      { text: '坚持依法治国、“放管服”、“互联网+政务服务”改革' },
      { text: '“天问一号”、“嫦娥五号”、“奋斗者”号等取得突破' },
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
