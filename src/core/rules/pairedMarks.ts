/**
 * Rule `paired-marks`: quotation marks and brackets that do not pair, or point the wrong way
 * (”瞪起眼睛” → “瞪起眼睛”). A document rule, because quotations legitimately run over several
 * lines:
 *
 * - GB/T 15834: a quotation of several paragraphs opens each paragraph with “ and closes only at
 *   the end of the last one. A line that leaves one “ open is therefore fine; the quotation stays
 *   open until a later ” closes it (a line broken inside a quotation, as PDF text has it) or a
 *   later line opens with “ again (the next paragraph of the quotation). Only a quotation still
 *   open where the document or the prose ends is reported.
 * - Within a line, a wrong-way mark is told by the alternation “ ” “ ”: when the marks of a line
 *   do not pair as written but pair once read in order, the marks that break the alternation are
 *   turned (safe when their number is even, so the reading is unambiguous).
 * - Brackets （）《》【】〈〉〔〕 pair within a line, or with the next line when a sentence is broken
 *   there. An ASCII bracket pairs with a full-width one (halfwidth-punctuation fixes its width);
 *   a lone ASCII bracket, and ordinals like 1） a), are not this rule's.
 *
 * The per-line parse is memoized by line text, so a keystroke re-parses only the edited line.
 */
import * as l10n from '@vscode/l10n';
import { maskedRanges, overlapsAny, type Line, type SourceDocument } from '../document';
import { fix, remove, replace, shifted } from '../fix';
import type { DocumentRule, RawFinding, RuleContext } from '../rule';
import { isLatinOrDigit } from './punctChars';
import { isBlank } from '../chars';

interface Mark {
  readonly at: number;
  readonly ch: string;
}

interface Evaluation {
  readonly findings: RawFinding[];
  /** Line-relative position of the “ left open at the end of the line, if any. */
  readonly openAt: number | undefined;
}

interface LineMarks {
  readonly dq: readonly Mark[];
  readonly sq: readonly Mark[];
  readonly br: readonly Mark[];
  /** The first speech character of the line (past indentation and Markdown prefixes) is “. */
  readonly opensWithQuote: boolean;
  /** Findings of the single quotes (line-local). */
  readonly sqFindings: readonly RawFinding[];
  /** Double quotes evaluated without a quotation carried from earlier lines (the usual case). */
  dqAlone?: Evaluation;
}

const EMPTY: LineMarks = { dq: [], sq: [], br: [], opensWithQuote: false, sqFindings: [] };
/** A line whose marks pair cleanly and that opens with “: it takes over (and closes) an open quotation. */
const CLEAN_OPENING: LineMarks = { dq: [], sq: [], br: [], opensWithQuote: true, sqFindings: [] };
const OPENS_WITH_QUOTE = /^[\s>#*+-]*“/u;

const TRIGGER = /[“”‘’（）《》【】〈〉〔〕]/;
const MARK_RE = /[“”‘’（）《》【】〈〉〔〕()]/g;
const OPEN_OF: Record<string, string> = { '）': '（', ')': '（', '》': '《', '】': '【', '〉': '〈', '〕': '〔' };
const CLOSE_OF: Record<string, string> = { '（': '）', '《': '》', '【': '】', '〈': '〉', '〔': '〕' };
/** An ordinal closed by a bracket alone: 1） a) 一） at a line start or after a mark. */
const ORDINAL_CLOSE = /(?:^|[\s：；，。:;,])(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/u;

const quickStack: string[] = [];

/**
 * Whether every quote and bracket of the line pairs in order (no masking needed, no nesting of
 * like quotes): the usual line, decided without building anything.
 */
function pairsCleanly(text: string): boolean {
  MARK_RE.lastIndex = 0;
  let dq = false;
  let sq = false;
  quickStack.length = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) {
    const ch = m[0];
    if (ch === '“') {
      if (dq) return false;
      dq = true;
    } else if (ch === '”') {
      if (!dq) return false;
      dq = false;
    } else if (ch === '‘') {
      if (sq) return false;
      sq = true;
    } else if (ch === '’') {
      if (!sq) return false;
      sq = false;
    } else if (ch in OPEN_OF) {
      if (quickStack.pop() !== OPEN_OF[ch]) return false;
    } else quickStack.push(ch === '(' ? '（' : ch);
  }
  return !dq && !sq && quickStack.length === 0;
}

function parseLine(text: string, languageId: SourceDocument['languageId']): LineMarks {
  if (!TRIGGER.test(text)) return EMPTY;
  // Masking matters only where marks may sit in code or a URL.
  if (!(languageId === 'markdown' && text.includes('`')) && !text.includes('://') && pairsCleanly(text)) {
    return OPENS_WITH_QUOTE.test(text) ? CLEAN_OPENING : EMPTY;
  }
  const masked = maskedRanges(text, languageId);
  const dq: Mark[] = [];
  const sq: Mark[] = [];
  const br: Mark[] = [];
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) {
    const at = m.index;
    const ch = m[0];
    if (overlapsAny(masked, at, at + 1)) continue;
    if (ch === '“' || ch === '”') dq.push({ at, ch });
    else if (ch === '‘' || ch === '’') {
      // An apostrophe in English text: China’s, don’t, farmers’.
      if (ch === '’' && isLatinOrDigit(text[at - 1]) && !sq.some((x) => x.ch === '‘')) continue;
      sq.push({ at, ch });
    } else if (ch in OPEN_OF) {
      if (ORDINAL_CLOSE.test(text.slice(Math.max(0, at - 5), at))) continue;
      br.push({ at, ch });
    } else br.push({ at, ch });
  }
  let first = 0;
  for (const [s, e] of masked) if (s <= first && e > first) first = e;
  while (first < text.length && (text[first] === ' ' || text[first] === '\t' || text[first] === '\u3000')) first++;
  return { dq, sq, br, opensWithQuote: text[first] === '“', sqFindings: singleQuotes(sq) };
}

let texts: Record<'shouldOpen' | 'shouldClose' | 'lone' | 'neverClosed', string> | undefined;
function msg(): NonNullable<typeof texts> {
  texts ??= {
    shouldOpen: l10n.t('Closing quotation mark where a quotation opens: use “.'),
    shouldClose: l10n.t('Opening quotation mark where a quotation closes: use ”.'),
    lone: l10n.t('This quotation mark has no partner on its line.'),
    neverClosed: l10n.t('This quotation is never closed.'),
  };
  return texts;
}

function turn(mark: Mark, want: string, safe: boolean, single = false): RawFinding {
  const m = msg();
  const message = single
    ? l10n.t('This quotation mark points the wrong way: use "{0}".', want)
    : want === '“' || want === '‘'
      ? m.shouldOpen
      : m.shouldClose;
  return {
    start: mark.at,
    end: mark.at + 1,
    message,
    fixes: [replace({ start: mark.at, end: mark.at + 1 }, want, { safe })],
  };
}

/** The marks that break the alternation open, close, open, close …: [mark, wanted] pairs. */
function alternationBreaks(marks: readonly Mark[], open: string, close: string): Array<[Mark, string]> {
  const out: Array<[Mark, string]> = [];
  marks.forEach((mk, k) => {
    const want = k % 2 === 0 ? open : close;
    if (mk.ch !== want) out.push([mk, want]);
  });
  return out;
}

/**
 * The mark left without a partner when one mark is missing from an odd run: the one place a
 * missing mark can go so that every mark alternates open, close, open … (found with prefix and
 * suffix counts of breaks, in one pass each). Undefined when no such place, or more than one.
 */
function missingMarkAt(marks: readonly Mark[], open: string): Mark | undefined {
  const n = marks.length;
  // before[j]: breaks among marks[0, j) read from an opening mark; after[j]: among marks[j, n) read
  // as if one mark came before them (so marks[j] takes the other role).
  const before = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) before[k + 1] = before[k] + ((marks[k].ch === open) !== (k % 2 === 0) ? 1 : 0);
  const after = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k--) after[k] = after[k + 1] + ((marks[k].ch === open) !== ((k + 1) % 2 === 0) ? 1 : 0);
  let place = -1;
  // A missing mark at the very end is the quotation that goes on past the line: handled elsewhere.
  for (let j = 0; j < n; j++) {
    if (before[j] + after[j] !== 0) continue;
    if (place >= 0) return undefined;
    place = j;
  }
  if (place < 0) return undefined;
  // Missing a closing mark after marks[place - 1], or an opening one before marks[place].
  return place % 2 === 1 ? marks[place - 1] : marks[place];
}

/** Stack reading with nesting: closes with nothing open, and opens left at the end. */
function read(marks: readonly Mark[], open: string, carried: number): { unmatched: Mark[]; unclosed: Array<Mark | undefined> } {
  const stack: Array<Mark | undefined> = [];
  for (let k = 0; k < carried; k++) stack.push(undefined);
  const unmatched: Mark[] = [];
  for (const mk of marks) {
    if (mk.ch === open) stack.push(mk);
    else if (stack.length) stack.pop();
    else unmatched.push(mk);
  }
  return { unmatched, unclosed: stack };
}

/** Single quotes pair within a line (they nest inside double quotes); only a clear wrong-way mark is reported. */
function singleQuotes(sq: readonly Mark[]): RawFinding[] {
  if (sq.length === 0) return [];
  const r = read(sq, '‘', 0);
  if (r.unmatched.length === 0 && r.unclosed.length === 0) return [];
  if (sq.length % 2 !== 0) return [];
  return alternationBreaks(sq, '‘', '’').map(([mk, want]) => turn(mk, want, true, true));
}

/**
 * Double quotes of one line, given whether a quotation is open from earlier lines (`carried`).
 * `abandonCarry`: the carried quotation cannot be what this line's marks continue, so it is
 * reported as never closed.
 */
function evaluateQuotes(marks: readonly Mark[], carried: boolean): Evaluation & { abandonCarry: boolean } {
  const r = read(marks, '“', carried ? 1 : 0);
  if (r.unmatched.length === 0 && r.unclosed.length <= 1) {
    const top = r.unclosed[0];
    // openAt -1: the carried quotation is still the open one.
    return { findings: [], openAt: r.unclosed.length ? (top ? top.at : -1) : undefined, abandonCarry: false };
  }
  // Not paired as written: read the marks in order; a leading ” closes the carried quotation.
  let rest = marks;
  let closedCarry = false;
  if (carried && rest.length && rest[0].ch === '”') {
    rest = rest.slice(1);
    closedCarry = true;
  }
  const abandonCarry = carried && !closedCarry;
  const breaks = alternationBreaks(rest, '“', '”');
  if (rest.length % 2 === 0) {
    if (breaks.length) return { findings: breaks.map(([mk, want]) => turn(mk, want, true)), openAt: undefined, abandonCarry };
  } else if (rest.length >= 3 && breaks.length) {
    // Odd: one mark may simply be missing (“六五’时期…“五五”时期): if exactly one place for it
    // pairs every other mark, only the mark left without a partner is reported.
    const missing = missingMarkAt(rest, '“');
    if (missing !== undefined) return { findings: [{ start: missing.at, end: missing.at + 1, message: msg().lone }], openAt: undefined, abandonCarry };
    // Odd: the last one opens a quotation that goes on; which mark is wrong is less certain.
    return { findings: breaks.map(([mk, want]) => turn(mk, want, false)), openAt: rest[rest.length - 1].at, abandonCarry };
  }
  // No wrong-way reading: report what is left unpaired.
  const findings: RawFinding[] = [];
  const again = read(rest, '“', 0);
  for (const mk of again.unmatched) findings.push({ start: mk.at, end: mk.at + 1, message: msg().lone });
  const opens = again.unclosed.filter((x): x is Mark => x !== undefined);
  // One open quotation may go on past the line; more than one cannot.
  const keep = opens.length ? opens[opens.length - 1] : undefined;
  for (const mk of opens) if (mk !== keep || again.unmatched.length) findings.push({ start: mk.at, end: mk.at + 1, message: msg().lone });
  return { findings, openAt: again.unmatched.length ? undefined : keep?.at, abandonCarry };
}

interface OpenBracket {
  readonly abs: number;
  readonly ch: string;
}

/** Brackets of one line with the ones left open by the previous line underneath. */
function evaluateBrackets(line: Line, br: readonly Mark[], carried: readonly OpenBracket[], out: RawFinding[]): OpenBracket[] {
  const stack: Array<OpenBracket & { ascii?: boolean }> = [...carried];
  const unmatched: Array<{ abs: number; ch: string }> = [];
  for (const mk of br) {
    const abs = line.start + mk.at;
    if (mk.ch === '(' || mk.ch in CLOSE_OF) {
      stack.push({ abs, ch: mk.ch === '(' ? '（' : mk.ch, ascii: mk.ch === '(' });
      continue;
    }
    const want = OPEN_OF[mk.ch];
    let k = stack.length - 1;
    while (k >= 0 && stack[k].ch !== want) k--;
    if (k < 0) {
      if (mk.ch !== ')') unmatched.push({ abs, ch: mk.ch });
      continue;
    }
    // Anything opened above the match is not closed: 《（》 — report it.
    for (let j = stack.length - 1; j > k; j--) if (!stack[j].ascii) out.push(notClosed(stack[j]));
    stack.length = k;
  }
  const open = stack.filter((x) => !x.ascii);
  // A reversed pair on this line: 》讲话《 → 《讲话》.
  const handled = new Set<number>();
  // Counts per mark, once: a reversed pair is one stray closer and one open bracket of its kind.
  const count = (xs: ReadonlyArray<{ ch: string }>) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x.ch, (m.get(x.ch) ?? 0) + 1);
    return m;
  };
  const unmatchedOf = unmatched.length ? count(unmatched) : undefined;
  const openOf = unmatched.length ? count(open) : undefined;
  for (const u of unmatched) {
    const opener = OPEN_OF[u.ch];
    if (unmatchedOf!.get(u.ch) !== 1 || openOf!.get(opener) !== 1) continue;
    const o = open.find((x) => x.ch === opener && x.abs > u.abs && x.abs >= line.start && !handled.has(x.abs));
    if (o) {
      handled.add(o.abs);
      handled.add(u.abs);
      out.push({
        start: u.abs,
        end: o.abs + 1,
        message: l10n.t('These brackets point the wrong way: use {0}…{1}.', opener, u.ch),
        fixes: [
          fix(
            l10n.t('Turn the brackets round'),
            [
              { start: u.abs, end: u.abs + 1, newText: opener },
              { start: o.abs, end: o.abs + 1, newText: u.ch },
            ],
            { safe: true },
          ),
        ],
      });
    }
  }
  for (const u of unmatched) {
    if (handled.has(u.abs)) continue;
    out.push(notOpened(u));
  }
  return open.filter((x) => !handled.has(x.abs));
}

/** Messages per mark, made once: a line of a thousand stray brackets formats two strings, not two thousand. */
const notClosedText = new Map<string, string>();
const notOpenedText = new Map<string, string>();
/** The options of the fix that removes an extra mark, per mark (a page may hold thousands). */
const removeExtraOptions = new Map<string, { readonly safe: true; readonly title: string }>();
function notClosed(b: OpenBracket): RawFinding {
  let message = notClosedText.get(b.ch);
  if (message === undefined) notClosedText.set(b.ch, (message = l10n.t('"{0}" is not closed on its line.', b.ch)));
  return { start: b.abs, end: b.abs + 1, message };
}
function notOpened(u: { abs: number; ch: string }): RawFinding {
  let message = notOpenedText.get(u.ch);
  if (message === undefined) notOpenedText.set(u.ch, (message = l10n.t('"{0}" closes a bracket that was not opened.', u.ch)));
  return { start: u.abs, end: u.abs + 1, message };
}

/** A doubled bracket (《《 》》): removing the extra one is safe. */
function withDoubleFix(text: string, f: RawFinding): RawFinding {
  const ch = text[f.start];
  if (f.end !== f.start + 1 || !(ch in OPEN_OF || ch in CLOSE_OF)) return f;
  const twin = ch in CLOSE_OF ? text[f.start + 1] === ch : text[f.start - 1] === ch;
  if (!twin) return f;
  let options = removeExtraOptions.get(ch);
  if (options === undefined) removeExtraOptions.set(ch, (options = { safe: true, title: l10n.t('Remove the extra "{0}"', ch) }));
  const fixes = [remove(f, options)];
  // A finding of a mark alone (most of them) is made anew; any other keeps what it carries.
  return f.fixes === undefined && f.data === undefined && f.severity === undefined ? { start: f.start, end: f.end, message: f.message, fixes } : { ...f, fixes };
}

function check(doc: SourceDocument, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const ns = `paired-marks:${doc.languageId}`;
  let quoteOpen: number | undefined; // absolute offset of the “ of an open quotation
  let brackets: OpenBracket[] = [];
  let blankRun = 0;
  const flushBrackets = () => {
    for (const b of brackets) out.push(withDoubleFix(doc.text, notClosed(b)));
    brackets = [];
  };
  for (const line of doc.lines) {
    if (line.zone !== 'prose') {
      flushBrackets();
      if (quoteOpen !== undefined) out.push({ start: quoteOpen, end: quoteOpen + 1, message: msg().neverClosed });
      quoteOpen = undefined;
      continue;
    }
    if (isBlank(line.text)) {
      if (++blankRun > 2) flushBrackets();
      continue;
    }
    blankRun = 0;
    const lm = ctx.lineMemo(ns, line.text, () => parseLine(line.text, doc.languageId));
    if (lm === EMPTY || lm === CLEAN_OPENING) {
      if (lm === CLEAN_OPENING) quoteOpen = undefined;
      flushBrackets();
      continue;
    }
    // Double quotes.
    if (lm.dq.length) {
      let carried = quoteOpen !== undefined;
      if (carried && lm.opensWithQuote) carried = false; // the next paragraph of the quotation
      let ev: Evaluation & { abandonCarry?: boolean };
      if (!carried) ev = lm.dqAlone ??= evaluateQuotes(lm.dq, false);
      else ev = evaluateQuotes(lm.dq, true);
      if (carried && ev.abandonCarry && quoteOpen !== undefined) out.push({ start: quoteOpen, end: quoteOpen + 1, message: msg().neverClosed });
      for (const f of ev.findings) out.push(shifted(f, line.start));
      if (ev.openAt === undefined) quoteOpen = undefined;
      else if (ev.openAt >= 0) quoteOpen = line.start + ev.openAt;
      // openAt -1: the carried quotation is still open.
    }
    for (const f of lm.sqFindings) out.push(shifted(f, line.start));
    // Brackets: the ones left open by the previous line may close on this one.
    if (lm.br.length || brackets.length) {
      const before = out.length;
      const carriedBrackets = brackets;
      const open = evaluateBrackets(line, lm.br, carriedBrackets, out);
      for (let k = before; k < out.length; k++) out[k] = withDoubleFix(doc.text, out[k]);
      // Carried brackets still open after this line were never closed.
      const stillCarried = open.filter((b) => b.abs < line.start);
      for (const b of stillCarried) out.push(notClosed(b));
      brackets = open.filter((b) => b.abs >= line.start);
    }
  }
  flushBrackets();
  if (quoteOpen !== undefined) out.push({ start: quoteOpen, end: quoteOpen + 1, message: msg().neverClosed });
  return out;
}

export const pairedMarksRule: DocumentRule = {
  id: 'paired-marks',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Quotation marks and brackets that do not pair or point the wrong way (“ ” ‘ ’ （ ） 《 》 【 】): ”瞪起眼睛” → “瞪起眼睛”.',
  examples: {
    flag: [
      { text: '要”瞪起眼睛”查问题', flagged: '”', fixed: '要“瞪起眼睛”查问题' },
      { text: '切实“瞪起眼睛“去抓，要“底子清”。', flagged: '“', fixed: '切实“瞪起眼睛”去抓，要“底子清”。' },
      { text: '要摒弃”亡羊补牢”的思维，没有”重考”的机会。', fixed: '要摒弃“亡羊补牢”的思维，没有“重考”的机会。' },
      { text: '增强’四个意识’', fixed: '增强‘四个意识’' },
      { text: '他说：“我们要坚持。\n\n会议结束。', flagged: '“' },
      { text: '而“六五’时期增长更快，超过“五五”时期和“四五”时期。', flagged: '“', count: 1 },
      { text: '超过“五五”时期，“六五”期间的增加额”大大超过以往。', flagged: '”', count: 1 },
      { text: '他说：“第一段。\n\n```\ncode\n```\n\n正文。', flagged: '“', languageId: 'markdown' },
      { text: '各县（市、区要落实\n\n下一段。', flagged: '（' },
      { text: '各县（市、区要落实', flagged: '（' },
      { text: '学习《讲话》》精神', flagged: '》', fixed: '学习《讲话》精神' },
      { text: '学习《《讲话》精神', flagged: '《', fixed: '学习《讲话》精神' },
      { text: '学习》讲话《精神', flagged: '》讲话《', fixed: '学习《讲话》精神' },
      { text: '重点是（完善《制度）》', flagged: '《' },
      { text: '这一点）很重要', flagged: '）' },
    ],
    pass: [
      { text: '他说：“‘四个意识’要增强。”' },
      { text: '他说：“第一段引文。\n\n“第二段引文。\n\n“第三段引文。”' },
      { text: '他说：“第一段。\n\n“第二段有‘引语’。”\n\n正文。' },
      { text: '> 他说：“第一段。\n>\n> “第二段。”', languageId: 'markdown' },
      { text: '他说：“我们要\n坚持下去。”' },
      { text: '各县（市、区）要落实《通知》【重要】' },
      { text: '各县（市、\n区）要落实' },
      { text: '世界卫生组织(WHO)指出，各县（市、区)' },
      { text: '包括：1）加强领导；2）压实责任。a) 第一项' },
      { text: 'He said "hello". China’s economy, the farmers’ income.' },
      { text: '〔2023〕5号文件，《中国〈标点〉规范》' },
      { text: '“一段话”\n\n```\n代码里的“ 和 （ 不算\n```\n\n正文。', languageId: 'markdown' },
      { text: '`“`是前引号', languageId: 'markdown' },
    ],
  },
  checkDocument: check,
};
