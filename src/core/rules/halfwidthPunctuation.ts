/**
 * Rule `halfwidth-punctuation` (GB/T 15834-2011): ASCII marks in Chinese text → full-width. A line
 * rule with cheap pre-tests, since most lines are clean; brackets and double quotes are checked
 * as pairs, the other marks one by one, each judged by its neighbours.
 */
import * as l10n from '@vscode/l10n';
import { isBlank, isChineseText } from '../chars';
import { overlapsAny } from '../document';
import { fix, localizedOnce as once, replace } from '../fix';
import type { LineContext, LineRule, RawFinding } from '../rule';
import { cjkAt, hanAt, isCjk, isDigit, isHan, isHanCode, isLatin, isLatinOrDigit, latinAt, latinOrDigitAt, nextIndex, prevIndex } from './punctChars';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。', '...': '……' };

/**
 * Messages and titles per mark, localized once (a pasted page has thousands of marks). The
 * adapters configure the language before the first check and never change it.
 */
interface MarkTexts {
  readonly message: string;
  /** The options of its fix: safe, with its title. */
  readonly fix: { readonly safe: true; readonly title: string };
}
const markTexts = new Map<string, MarkTexts>();
function textsFor(ch: string): MarkTexts {
  let t = markTexts.get(ch);
  if (!t) {
    t = { message: l10n.t('Half-width "{0}" in Chinese text: use "{1}".', ch, FULL[ch]), fix: { safe: true, title: l10n.t('Change to "{0}"', FULL[ch]) } };
    markTexts.set(ch, t);
  }
  return t;
}

/** A Latin word: the line may be English. */
const LATIN_WORD = /[A-Za-z]{3}/;
/** Two English words in a row. */
const ENGLISH_WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;
/** An ASCII sentence mark or quote inside a stretch of Latin text makes it an English sentence. */
const ENGLISH_PUNCT = /[,;:!?"]/;

/**
 * Whether the ASCII mark at [i, end) belongs to Chinese text, judged by its neighbours: it
 * ends or separates a Chinese clause (the text before it is Chinese, or a name or number
 * embedded in a Chinese clause: 使用5G, / 增长5%,) and is not inside an English phrase, a
 * number, a time or a code (Hello, world / 1,200 / 10:30).
 */
function belongsToChinese(text: string, i: number, end: number, depth = 0): boolean {
  const p = prevIndex(text, i);
  const n = nextIndex(text, end - 1);
  if (latinOrDigitAt(text, p) && latinOrDigitAt(text, n)) return false;
  if (cjkAt(text, p)) return true;
  // Right after another ASCII mark (;, ,,): the same judgement as that one.
  if (depth < 3 && p >= 0 && ',:;!?'.includes(text[p])) return belongsToChinese(text, p, p + 1, depth + 1);
  if (p < 0) return n < text.length && hanAt(text, n);
  // The nearest letter or Han character before the mark, past digits and symbols: 5%, 2023), (WHO).
  let k = p;
  while (k >= 0 && !latinAt(text, k) && !cjkAt(text, k)) k--;
  if (k < 0) return cjkAt(text, n);
  if (cjkAt(text, k)) return true;
  // A Latin stretch: where does it start?
  let s = k;
  while (s > 0 && !cjkAt(text, s - 1)) s--;
  const stretch = text.slice(s, p + 1);
  if (ENGLISH_PUNCT.test(stretch)) return false;
  // Embedded in a Chinese clause (主题为 Hello World, / 使用5G,): the mark is Chinese.
  if (s > 0 && hanAt(text, s - 1)) return true;
  // The clause is Latin only: an English phrase, unless one word runs straight into Chinese (iPhone,华为).
  if (/[A-Za-z0-9]\s+[A-Za-z0-9]/.test(stretch)) return false;
  return hanAt(text, n);
}

/** Pinyin in brackets right after a character (區(qū)): the pinyin-annotation rule's. */
const PINYIN = /^(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]{1,6}[1-5]?)$/u;
/** Code or a formula in brackets: f(x), (a+b), (x=1). */
const FORMULA = /[=+*/^<>{}[\]\\]/;
const HAS_HAN = /\p{Script=Han}/u;

/** ASCII brackets in Chinese text (alone or paired with a full-width one) → （ ）. */
function brackets(text: string, ctx: LineContext, out: RawFinding[]): void {
  let englishWords: boolean | undefined;
  const re = /[()（）]/g;
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    if (overlapsAny(ctx.masked, i, i + 1)) continue;
    if (m[0] === '(' || m[0] === '（') stack.push(i);
    else if (stack.length) pairs.push([stack.pop()!, i]);
  }
  for (const [o, c] of pairs) {
    const asciiOpen = text[o] === '(';
    const asciiClose = text[c] === ')';
    if (!asciiOpen && !asciiClose) continue;
    const inner = text.slice(o + 1, c);
    if (isBlank(inner)) continue;
    const innerHan = HAS_HAN.test(inner);
    // Brackets set in an English sentence: ... formulations (提法), and the ...
    if ((isLatin(text[prevIndex(text, o)]) || isLatin(text[nextIndex(text, c)])) && !isCjk(text[o - 1]) && !isCjk(text[c + 1]) && (englishWords ??= ENGLISH_WORDS.test(text))) continue;
    if (!innerHan) {
      if (isHan(text[o - 1]) && PINYIN.test(inner)) continue;
      // An area code: (0851)86512345.
      if (isDigit(text[c + 1]) && /^\d+$/.test(inner)) continue;
      if (FORMULA.test(inner) || isLatinOrDigit(text[o - 1])) continue;
      const before = text[prevIndex(text, o)];
      const after = text[nextIndex(text, c)];
      if (!isCjk(before) && !isCjk(after)) continue;
    }
    if (asciiOpen && asciiClose) {
      out.push({
        start: o,
        end: c + 1,
        message: once('halfwidth-punctuation:brackets', () => l10n.t('Half-width brackets in Chinese text: use （ ）.')),
        fixes: [
          fix(
            once('halfwidth-punctuation:brackets-fix', () => l10n.t('Change to full-width brackets')),
            [
              { start: o, end: o + 1, newText: '（' },
              { start: c, end: c + 1, newText: '）' },
            ],
            { safe: true },
          ),
        ],
      });
    } else {
      const at = asciiOpen ? o : c;
      const t = textsFor(text[at]);
      out.push({ start: at, end: at + 1, message: t.message, fixes: [replace({ start: at, end: at + 1 }, FULL[text[at]], t.fix)] });
    }
  }
}

/** ASCII double quotes around Chinese text → “ ”. */
function quotes(text: string, ctx: LineContext, out: RawFinding[]): void {
  const at: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) if (!overlapsAny(ctx.masked, i, i + 1)) at.push(i);
  for (let k = 0; k + 1 < at.length; k += 2) {
    const s = at[k];
    const e = at[k + 1];
    const inner = text.slice(s + 1, e);
    if (isBlank(inner)) continue;
    const chinese = HAS_HAN.test(inner) || (!isDigit(text[s - 1]) && (isCjk(text[prevIndex(text, s)]) || isCjk(text[nextIndex(text, e)])));
    if (!chinese) continue;
    out.push({
      start: s,
      end: e + 1,
      message: once('halfwidth-punctuation:quotes', () => l10n.t('ASCII quotation marks around Chinese text: use “ ”.')),
      fixes: [
        fix(
          once('halfwidth-punctuation:quotes-fix', () => l10n.t('Change to “ ”')),
          [
            { start: s, end: s + 1, newText: '“' },
            { start: e, end: e + 1, newText: '”' },
          ],
          { safe: true },
        ),
      ],
    });
  }
}

/** Closing marks a full stop may follow: ” ’ ） 》. */
const CLOSERS = new Set([...'”’）》'].map((c) => c.charCodeAt(0)));

/** Whether [from, to) holds only ASCII spaces (and something). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

const TRIGGER = /[,:;!?()".]/;
const ANY_HAN = /[\u3400-\u9fff]/;
const ENTITY_BEFORE = /&#?[A-Za-z0-9]{2,8}$/;
const MD_REFERENCE = /^\s{0,3}\[[^\]]+\]$/;

/** ASCII marks in Chinese text → full-width. */
function halfwidth(text: string, ctx: LineContext): RawFinding[] {
  if (!TRIGGER.test(text) || !ANY_HAN.test(text)) return [];
  // A line of English that mentions Chinese terms keeps its own punctuation.
  if (LATIN_WORD.test(text) && !isChineseText(text)) return [];
  const out: RawFinding[] = [];
  const markdown = ctx.languageId === 'markdown';
  let englishWords: boolean | undefined;
  if (text.includes('(') || text.includes(')')) brackets(text, ctx, out);
  if (text.includes('"')) quotes(text, ctx, out);
  // The ASCII marks , : ; ! ? and runs of dots, found by code unit (no match objects).
  for (let pos = 0; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code !== 44 && code !== 58 && code !== 59 && code !== 33 && code !== 63 && code !== 46) continue;
    const i = pos;
    let end = i + 1;
    if (code === 46) while (text.charCodeAt(end) === 46) end++;
    const ch = code === 46 ? text.slice(i, end) : text[i];
    pos = end - 1;
    if (overlapsAny(ctx.masked, i, end)) continue;
    let key = ch;
    if (ch[0] === '.') {
      if (ch.length === 2) continue;
      if (ch.length >= 3) {
        // An ellipsis typed as dots after Chinese text: 等等... → 等等……
        if (!cjkAt(text, prevIndex(text, i)) || latinOrDigitAt(text, end)) continue;
        key = '...';
      } else {
        // A full stop right after Chinese text at a sentence end; not 1. 3.5 or abbreviations.
        const before = text.charCodeAt(i - 1);
        const after = text.charCodeAt(i + 1);
        const sentenceEnd =
          isHanCode(before) || CLOSERS.has(before) || ((before === 0x25 || before === 0xff05) && /\p{Script=Han}[\d.]+[%％]$/u.test(text.slice(Math.max(0, i - 12), i)));
        if (!sentenceEnd || !(i + 1 >= text.length || after === 32 || cjkAt(text, i + 1))) continue;
      }
    } else {
      // A mark followed by a space (or ending the line) in a line with English words is English typography.
      if ((end === text.length || text[end] === ' ') && (englishWords ??= ENGLISH_WORDS.test(text))) continue;
      if (!belongsToChinese(text, i, end)) continue;
      if (ch === ':') {
        if (text.startsWith('//', end)) continue;
        // 强调“: — the mark inside the quote is punctuation-usage's (it moves it out).
        if (text[i - 1] === '“') continue;
        if (markdown && MD_REFERENCE.test(text.slice(0, i))) continue;
      }
      if (ch === ';' && ENTITY_BEFORE.test(text.slice(Math.max(0, i - 10), i))) continue;
      if (ch === '!' && markdown && text[end] === '[') continue;
    }
    // Spaces between the mark and Chinese text go with it: 讲话稿 , 要改 → 讲话稿，要改.
    let s = i;
    let e = end;
    const p = prevIndex(text, i);
    if (p >= 0 && p < i - 1 && cjkAt(text, p) && onlySpaces(text, p + 1, i)) s = p + 1;
    const n = nextIndex(text, end - 1);
    if (n > end && n < text.length && cjkAt(text, n) && onlySpaces(text, end, n)) e = n;
    const t = textsFor(key);
    out.push({ start: s, end: e, message: t.message, fixes: [replace({ start: s, end: e }, FULL[key], t.fix)] });
  }
  // Brackets and quotes come first: the engine sorts a line's findings.
  return out;
}

export const halfwidthPunctuationRule: LineRule = {
  id: 'halfwidth-punctuation',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'ASCII , : ; ! ? ( ) . " and ... in Chinese text → full-width marks (GB/T 15834); not in numbers, times, codes, English phrases, URLs or code.',
  examples: {
    flag: [
      { text: '同志们:今天开会,研究工作;大家辛苦了!', flagged: ',', fixed: '同志们：今天开会，研究工作；大家辛苦了！' },
      { text: '各县(市、区)要落实', flagged: '(市、区)', fixed: '各县（市、区）要落实' },
      { text: '世界卫生组织(WHO)指出', flagged: '(WHO)', fixed: '世界卫生组织（WHO）指出' },
      { text: '各县（市、区)要落实', flagged: ')', fixed: '各县（市、区）要落实' },
      { text: '(一)提高政治站位', fixed: '（一）提高政治站位' },
      { text: '这是为什么?', fixed: '这是为什么？' },
      { text: '疫情防控要抓紧.', fixed: '疫情防控要抓紧。' },
      { text: '讲话稿 , 要改', flagged: ' , ', fixed: '讲话稿，要改' },
      { text: '要运用5G,大数据等技术', flagged: ',', fixed: '要运用5G，大数据等技术' },
      { text: '同比增长5%,高于全省', fixed: '同比增长5%，高于全省' },
      { text: '会议主题为 Digital China,请大家准备', fixed: '会议主题为 Digital China，请大家准备' },
      { text: '我们都在用iPhone,华为也不少', fixed: '我们都在用iPhone，华为也不少' },
      { text: '坚持"一盘棋"原则', flagged: '"一盘棋"', fixed: '坚持“一盘棋”原则' },
      { text: '工作千头万绪...', fixed: '工作千头万绪……' },
      { text: '备注:会议时间为10:30', fixed: '备注：会议时间为10:30' },
      { text: '**注意**:今天开会', flagged: ':', fixed: '**注意**：今天开会', languageId: 'markdown' },
    ],
    pass: [
      { text: '会议于10:30开始，共1,200人参加，增长3.5%。' },
      { text: '日期为2022-03-15，见表2-8，比分3:1。' },
      { text: 'He said, "Hello, world!"' },
      { text: '他在发言中说了一句 Thank you, everyone!' },
      { text: '他用英语说：“How are you?”' },
      { text: '这本书叫《Hello, World!》。' },
      { text: '访问 https://example.com/a,b:c?x=1 了解。' },
      { text: '请发邮件至 office@example.gov.cn。' },
      { text: '在全區(qū)疫情' },
      { text: '1.加强领导' },
      { text: '世界卫生组织（WHO）指出' },
      { text: '函数f(x)和(a+b)的值' },
      { text: '第3.5条，版本1.2.3，约3.14。' },
      { text: '调用 `foo(a, b)` 函数：', languageId: 'markdown' },
      { text: '详见[通知](https://example.gov.cn/a(b).html)。', languageId: 'markdown' },
      { text: '[^1]: 这是脚注', languageId: 'markdown' },
      { text: '如图![示意图](a.png)所示', languageId: 'markdown' },
      { text: '空格&nbsp;之后' },
      { text: '电话：(0851)86512345' },
      { text: 'The glossary lists fixed formulations (提法), with members (四个是否, 逢阳必报): see below.' },
      { text: '(四个是否, 逢阳必报, 三站一场) and the local terms' },
      { text: 'the counts the speeches announce (两个立即,' },
    ],
  },
  checkLine: halfwidth,
};
