/**
 * Punctuation rules (GB/T 15834-2011): `halfwidth-punctuation`, `paired-marks`,
 * `punctuation-usage`. Each is a line rule with cheap pre-tests, since most lines are clean.
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import type { LineContext, LineRule, RawFinding } from '../rule';
import type { TextEdit } from '../types';

const HAN_OR_CJK_MARK = /[\p{Script=Han}，。、；：？！“”‘’（）《》〈〉【】…—]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。' };

function fix(title: string, edits: TextEdit[], safe = true): RawFinding['fixes'] {
  return [{ title, edits, safe, preferred: true }];
}

/** The nearest character before `i` (skipping spaces), or ''. */
function before(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && text[j] === ' ') j--;
  return j >= 0 ? text[j] : '';
}
/** The nearest character after `i` (skipping spaces), or ''. */
function after(text: string, i: number): string {
  let j = i + 1;
  while (j < text.length && text[j] === ' ') j++;
  return j < text.length ? text[j] : '';
}

const PINYIN_IN_BRACKETS = /^[(（][a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}[1-5]?[)）]/u;

const ASCII_MARK = /[,:;!?().]/g;
/**
 * Messages and titles per mark, localized once (a pasted page has thousands of marks). The
 * adapters configure the language before the first check and never change it.
 */
const markTexts = new Map<string, { message: string; title: string }>();
function textsFor(ch: string): { message: string; title: string } {
  let t = markTexts.get(ch);
  if (!t) {
    t = { message: l10n.t('Half-width "{0}" in Chinese text: use "{1}".', ch, FULL[ch]), title: l10n.t('Change to "{0}"', FULL[ch]) };
    markTexts.set(ch, t);
  }
  return t;
}

/** ASCII marks in Chinese text → full-width. */
function halfwidth(text: string, ctx: LineContext): RawFinding[] {
  if (!/[,:;!?().]/.test(text) || !HAN_OR_CJK_MARK.test(text)) return [];
  const out: RawFinding[] = [];
  const seenClose = new Set<number>();
  ASCII_MARK.lastIndex = 0;
  for (let mark = ASCII_MARK.exec(text); mark; mark = ASCII_MARK.exec(text)) {
    const i = mark.index;
    const ch = mark[0];
    if (seenClose.has(i)) continue;
    if (overlapsAny(ctx.masked, i, i + 1)) continue;
    const prev = before(text, i);
    const next = after(text, i);
    const chinese = HAN_OR_CJK_MARK.test(prev) || HAN_OR_CJK_MARK.test(next);
    if (!chinese) continue;
    if (ch === '(') {
      // A bracket pair: both marks change together; pinyin annotations are another rule's.
      const close = text.indexOf(')', i + 1);
      if (close < 0 || PINYIN_IN_BRACKETS.test(text.slice(i - 0, close + 1))) continue;
      const inner = text.slice(i + 1, close);
      if (inner.includes('(') || overlapsAny(ctx.masked, close, close + 1)) continue;
      seenClose.add(close);
      out.push({
        start: i,
        end: close + 1,
        message: l10n.t('Half-width brackets in Chinese text: use （ ）.'),
        fixes: fix(l10n.t('Change to full-width brackets'), [
          { start: i, end: i + 1, newText: '（' },
          { start: close, end: close + 1, newText: '）' },
        ]),
      });
      continue;
    }
    if (ch === ')') continue; // unpaired: left alone
    // Numbers, times and decimals keep ASCII marks: 1,200  10:30  3.5
    if ((ch === ',' || ch === ':' || ch === '.') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (ch === '.') {
      // Only a full stop right after a Han character at a sentence end; not 1. or abbreviations.
      if (!/\p{Script=Han}/u.test(text[i - 1] ?? '') || (i + 1 < text.length && !/[\s\p{Script=Han}“”]/u.test(text[i + 1]))) continue;
      if (text[i + 1] === '.' || text[i - 1] === '.') continue;
    }
    if (LATIN_OR_DIGIT.test(prev) && LATIN_OR_DIGIT.test(next)) continue; // inside an English phrase
    if (ch === ':' && text.slice(i + 1, i + 3) === '//') continue;
    // Spaces around the mark go with it.
    let s = i;
    let e = i + 1;
    while (s > 0 && text[s - 1] === ' ' && HAN_OR_CJK_MARK.test(before(text, s))) s--;
    while (e < text.length && text[e] === ' ' && HAN_OR_CJK_MARK.test(after(text, e - 1))) e++;
    const texts = textsFor(ch);
    out.push({ start: i, end: i + 1, message: texts.message, fixes: fix(texts.title, [{ start: s, end: e, newText: FULL[ch] }]) });
  }
  return out;
}

export const halfwidthPunctuationRule: LineRule = {
  id: 'halfwidth-punctuation',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'ASCII , : ; ! ? ( ) . in Chinese text → full-width marks (GB/T 15834).',
  examples: {
    flag: [
      { text: '同志们:今天开会,研究工作;大家辛苦了!', flagged: ',', fixed: '同志们：今天开会，研究工作；大家辛苦了！' },
      { text: '各县(市、区)要落实', flagged: '(市、区)', fixed: '各县（市、区）要落实' },
      { text: '这是为什么?', fixed: '这是为什么？' },
      { text: '疫情防控要抓紧.', fixed: '疫情防控要抓紧。' },
      { text: '讲话稿 , 要改', fixed: '讲话稿，要改' },
    ],
    pass: [
      { text: '会议于10:30开始，共1,200人参加，增长3.5%。' },
      { text: '日期为2022-03-15，见表2-8。' },
      { text: 'He said, "Hello, world!"' },
      { text: '访问 https://example.com/a,b:c 了解。' },
      { text: '在全區(qū)疫情' },
      { text: '1.加强领导' },
      { text: '世界卫生组织（WHO）指出' },
    ],
  },
  checkLine: halfwidth,
};

/** Quotation marks and brackets that do not pair, or point the wrong way. */
function pairs(text: string, ctx: LineContext): RawFinding[] {
  const out: RawFinding[] = [];
  // Double quotes: in a line they alternate “ ” “ ”. A line that opens a quote it does not
  // close is a quoted paragraph continuing on the next line (GB/T 15834 4.1.3.5), not an error.
  if (/[“”]/.test(text)) {
    const marks: number[] = [];
    for (let i = 0; i < text.length; i++) if ((text[i] === '“' || text[i] === '”') && !overlapsAny(ctx.masked, i, i + 1)) marks.push(i);
    if (marks.length % 2 === 0) {
      marks.forEach((pos, k) => {
        const want = k % 2 === 0 ? '“' : '”';
        if (text[pos] !== want) {
          out.push({
            start: pos,
            end: pos + 1,
            message: want === '“' ? l10n.t('Closing quotation mark where a quotation opens: use “.') : l10n.t('Opening quotation mark where a quotation closes: use ”.'),
            fixes: fix(l10n.t('Change to "{0}"', want), [{ start: pos, end: pos + 1, newText: want }]),
          });
        }
      });
    } else if (text[marks[0]] === '”' && !/^\s*“/.test(text)) {
      out.push({ start: marks[0], end: marks[0] + 1, message: l10n.t('This quotation mark has no partner on its line.') });
    }
  }
  // ASCII double quotes around Chinese: "…" → “…”.
  if (text.includes('"')) {
    const re = /"([^"]*\p{Script=Han}[^"]*)"/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length - 1;
      if (overlapsAny(ctx.masked, s, e + 1)) continue;
      out.push({
        start: s,
        end: e + 1,
        message: l10n.t('ASCII quotation marks around Chinese text: use “ ”.'),
        fixes: fix(l10n.t('Change to “ ”'), [
          { start: s, end: s + 1, newText: '“' },
          { start: e, end: e + 1, newText: '”' },
        ]),
      });
    }
  }
  // Brackets: a closing one with no opening before it, or an opening one never closed.
  if (/[（）《》【】]/.test(text)) {
    const OPEN: Record<string, string> = { '（': '）', '《': '》', '【': '】' };
    const CLOSE: Record<string, string> = { '）': '（', '》': '《', '】': '【' };
    const stack: Array<{ ch: string; at: number }> = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch in OPEN) stack.push({ ch, at: i });
      else if (ch in CLOSE) {
        const top = stack[stack.length - 1];
        if (top && top.ch === CLOSE[ch]) stack.pop();
        else if (!overlapsAny(ctx.masked, i, i + 1) && !stack.some((x) => x.ch === CLOSE[ch])) {
          out.push({ start: i, end: i + 1, message: l10n.t('"{0}" closes a bracket that was not opened.', ch) });
        }
      }
    }
    for (const { ch, at } of stack) {
      if (!overlapsAny(ctx.masked, at, at + 1)) out.push({ start: at, end: at + 1, message: l10n.t('"{0}" is not closed on its line.', ch) });
    }
  }
  return out;
}

export const pairedMarksRule: LineRule = {
  id: 'paired-marks',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Quotation marks and brackets that do not pair or point the wrong way: ”瞪起眼睛” → “瞪起眼睛”.',
  examples: {
    flag: [
      { text: '要”瞪起眼睛”查问题', flagged: '”', fixed: '要“瞪起眼睛”查问题' },
      { text: '坚持"一盘棋"原则', flagged: '"一盘棋"', fixed: '坚持“一盘棋”原则' },
      { text: '各县（市、区要落实', flagged: '（' },
      { text: '学习《讲话》》精神', flagged: '》' },
    ],
    pass: [
      { text: '他说：“‘四个意识’要增强。”' },
      { text: '“疫情就是命令，防控就是责任。' },
      { text: '各县（市、区）要落实《通知》【重要】' },
      { text: 'He said "hello".' },
    ],
  },
  checkLine: pairs,
};

const ORDINAL_COMMA = /(第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|其一|其二|其三)、(?![一二三四五六七八九十第])/gu;

/** Marks used the wrong way: 顿号 between quoted items, marks after bracketed ordinals, doubled marks … */
function usage(text: string, ctx: LineContext): RawFinding[] {
  const out: RawFinding[] = [];
  const add = (start: number, end: number, message: string, edits: TextEdit[], title: string) => {
    if (!overlapsAny(ctx.masked, start, end)) out.push({ start, end, message, fixes: fix(title, edits) });
  };
  // ”、“ and 》、《: no 顿号 between items in quotation or book-title marks.
  for (const m of text.matchAll(/[”》]、[“《]/gu)) {
    const i = m.index! + 1;
    add(i, i + 1, l10n.t('No 顿号 between items in quotation marks or book-title marks.'), [{ start: i, end: i + 1, newText: '' }], l10n.t('Remove "、"'));
  }
  // （一）、 （1）. (一)、: no mark after a bracketed ordinal.
  for (const m of text.matchAll(/[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]([、，.．,])/gu)) {
    const i = m.index! + m[0].length - 1;
    add(i, i + 1, l10n.t('No mark after a bracketed ordinal such as （一）.'), [{ start: i, end: i + 1, newText: '' }], l10n.t('Remove "{0}"', m[1]));
  }
  // Doubled marks: ，， 。。 、、 ；； ：：
  for (const m of text.matchAll(/([，。、；：])\1+/gu)) {
    add(m.index!, m.index! + m[0].length, l10n.t('Doubled "{0}".', m[1]), [{ start: m.index! + 1, end: m.index! + m[0].length, newText: '' }], l10n.t('Keep one "{0}"', m[1]));
  }
  // A mark stuck inside an opening quotation mark: 强调“:疫情 → 强调：“疫情
  for (const m of text.matchAll(/“([:：，,])/gu)) {
    const i = m.index!;
    add(i, i + 2, l10n.t('The mark belongs before the quotation mark: "{0}".', `${m[1] === ':' ? '：' : m[1] === ',' ? '，' : m[1]}“`), [
      { start: i, end: i + 2, newText: `${m[1] === ':' ? '：' : m[1] === ',' ? '，' : m[1]}“` },
    ], l10n.t('Move the mark before the quotation mark'));
  }
  // 第一、 → 第一，  (but 第一、二季度 lists ordinals)
  ORDINAL_COMMA.lastIndex = 0;
  for (let m = ORDINAL_COMMA.exec(text); m; m = ORDINAL_COMMA.exec(text)) {
    const i = m.index + m[0].length - 1;
    add(i, i + 1, l10n.t('After "{0}" use a comma, not 顿号.', m[1]), [{ start: i, end: i + 1, newText: '，' }], l10n.t('Change to "{0}"', '，'));
  }
  return out;
}

export const punctuationUsageRule: LineRule = {
  id: 'punctuation-usage',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Marks used the wrong way: ”、“ and 》、《, a mark after （一）, doubled marks, a mark inside an opening quote, 第一、 for 第一，.',
  examples: {
    flag: [
      { text: '增强“四个意识”、“四个自信”', flagged: '、', fixed: '增强“四个意识”“四个自信”' },
      { text: '学习《决定》、《条例》', fixed: '学习《决定》《条例》' },
      { text: '（一）、提高站位', fixed: '（一）提高站位' },
      { text: '要抓紧，，抓实。。', fixed: '要抓紧，抓实。' },
      { text: '总书记强调“:疫情防控这根弦', fixed: '总书记强调：“疫情防控这根弦' },
      { text: '第一、要提高认识', fixed: '第一，要提高认识' },
    ],
    pass: [
      { text: '增强“四个意识”（政治意识等）、“四个自信”' },
      { text: '（一）提高站位' },
      { text: '第一、二季度经济平稳' },
      { text: '……——' },
      { text: '总书记强调：“疫情防控这根弦仍然要绷紧。”' },
    ],
  },
  checkLine: usage,
};
