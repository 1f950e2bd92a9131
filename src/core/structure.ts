/**
 * The structure of a speech: its title, headings at four levels (一、 / （一） / 1. / （1）, and
 * Markdown # headings), and enumerations inside paragraphs (第一，… / 一是…). The one parser of
 * these: the outline, folding, the length by section, the numbering and announced-count rules,
 * the renumber command and the Word export all read a speech through it. Works on simplified
 * and traditional text alike.
 */
import type { SourceDocument } from './document';
import { isBlank, unitTable } from './chars';

export const CHINESE_NUMERALS = '〇一二三四五六七八九十';

/** 一 → 1 … 十 → 10, 十一 → 11, 二十 → 20, 二十三 → 23; undefined if not a numeral. */
export function chineseToNumber(s: string): number | undefined {
  if (!/^[一二三四五六七八九十]{1,3}$/u.test(s)) return undefined;
  const d = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  if (s === '十') return 10;
  if (s.length === 1) return d(s);
  if (s.length === 2) return s[0] === '十' ? 10 + d(s[1]) : s[1] === '十' ? d(s[0]) * 10 : undefined;
  return s[1] === '十' ? d(s[0]) * 10 + d(s[2]) : undefined;
}

export function numberToChinese(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return d[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : d[tens]) + '十' + d[n % 10];
}

export interface Heading {
  /** 1: 一、  2: （一）  3: 1.  4: （1）; Markdown # headings take the level of their #s. */
  readonly level: 1 | 2 | 3 | 4;
  readonly line: number;
  /** The ordinal's value (undefined for Markdown headings without an ordinal). */
  readonly ordinal?: number;
  /** Offsets of the ordinal token (e.g. 一 in 一、, 1 in （1）) and of the mark after it. */
  readonly ordinalStart: number;
  readonly ordinalEnd: number;
  /** The mark after the ordinal as written (、 . ．) or '' for bracketed ordinals. */
  readonly mark: string;
  readonly markStart: number;
  /** The heading text after the ordinal. */
  readonly text: string;
  /** Offset of the line start and end. */
  readonly start: number;
  readonly end: number;
}

export interface Enumeration {
  /** 'shi': 一是 二是; 'di': 第一， 第二，. */
  readonly kind: 'shi' | 'di';
  readonly ordinal: number;
  readonly line: number;
  /** The item opens its line (an outer series); items inside a paragraph may form a nested one. */
  readonly lineStart: boolean;
  readonly start: number;
  readonly end: number;
}

export interface Structure {
  readonly title?: { readonly line: number; readonly start: number; readonly end: number; readonly text: string };
  readonly headings: readonly Heading[];
  readonly enumerations: readonly Enumeration[];
}

const L1 = /^(\s*)([一二三四五六七八九十]{1,3})([、.．，,])/u;
const L2 = /^(\s*)[（(]([一二三四五六七八九十]{1,3})[）)]([、，.．]?)/u;
const L3 = /^(\s*)(\d{1,2})([.．、](?!\d))/u;
const L4 = /^(\s*)[（(](\d{1,2})[）)]([、，.．]?)/u;
const MD = /^(#{1,4})\s+(.*)$/u;
/**
 * 一是 after a sentence break; 第一， after a sentence break, or 第一 at a line start without its
 * comma when no measure word follows (第三纪律要求 …, not 第三季度).
 */
const ENUM = /(?:^|[。；;！？：:，,\s])([一二三四五六七八九十]{1,3})是|(?:^|[。；;！？：:，,\s“])第([一二三四五六七八九十]{1,3})[，,、]|^\s*第([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十])(?=\p{Script=Han})(?![世产方季次批届年个條条款章节節部期天名位号號轮輪阶階层層种種类類])/gu;

/**
 * The ordinal heading a line (or a Markdown heading's text) opens with: （一） level 2, （1）
 * level 4, 一、 level 1 (一． 一. 一， only before a short heading), 1. 1． 1、 level 3.
 */
function ordinalHeading(text: string): { level: Heading['level']; match: RegExpExecArray; ordinal: number | undefined; bracketed: boolean } | undefined {
  let m: RegExpExecArray | null;
  if ((m = L2.exec(text))) return { level: 2, match: m, ordinal: chineseToNumber(m[2]), bracketed: true };
  if ((m = L4.exec(text))) return { level: 4, match: m, ordinal: Number(m[2]), bracketed: true };
  if ((m = L1.exec(text)) && chineseToNumber(m[2]) !== undefined && (m[3] === '、' || text.length - m[0].length <= 40)) return { level: 1, match: m, ordinal: chineseToNumber(m[2]), bracketed: false };
  if ((m = L3.exec(text))) return { level: 3, match: m, ordinal: Number(m[2]), bracketed: false };
  return undefined;
}

const structures = new WeakMap<SourceDocument, Structure>();

/** A per-line memo (RuleContext.lineMemo): the parse of an unchanged line is reused. */
export type LineMemo = <T>(namespace: string, lineText: string, compute: () => T) => T;

/**
 * The headings and enumerations of a document; parsed once per document object (rules share it),
 * and with a memo only the lines whose text changed are parsed again.
 */
export function parseStructure(doc: SourceDocument, memo?: LineMemo): Structure {
  let s = structures.get(doc);
  if (!s) structures.set(doc, (s = structureOf(doc, memo)));
  return s;
}

/** What one line holds, offsets relative to the line. */
interface LineParts {
  readonly heading?: Omit<Heading, 'line' | 'start' | 'end'>;
  readonly enumerations: ReadonlyArray<Omit<Enumeration, 'line' | 'start' | 'end'> & { readonly at: number; readonly length: number }>;
  /** The last absolute copy made (reused while the line neither moves nor changes its number). */
  placed?: { readonly start: number; readonly line: number; readonly heading?: Heading; readonly enumerations: readonly Enumeration[] };
}

const NOTHING: LineParts = { enumerations: [] };
/** How a heading line starts (after spaces): an ordinal, a bracket or a Markdown #. */
const MAY_HEAD = /^\s*[一二三四五六七八九十\d（(#]/u;

const NUMERAL_UNITS = unitTable('一二三四五六七八九十');

/** Whether a line has a numeral right before 是 or right after 第: a pre-test for ENUM. */
function mayEnumerateIn(text: string): boolean {
  for (let p = text.indexOf('是', 1); p >= 0; p = text.indexOf('是', p + 1)) if (NUMERAL_UNITS[text.charCodeAt(p - 1)] === 1) return true;
  for (let p = text.indexOf('第'); p >= 0; p = text.indexOf('第', p + 1)) if (NUMERAL_UNITS[text.charCodeAt(p + 1)] === 1) return true;
  return false;
}

function lineParts(text: string, markdown: boolean): LineParts {
  // Pre-tests: a heading opens its line; an enumeration has a numeral before 是 or after 第.
  const mayEnumerate = mayEnumerateIn(text);
  if (!mayEnumerate && !MAY_HEAD.test(text)) return NOTHING;
  let heading: LineParts['heading'];
  // A Markdown heading with an ordinal (## 一、总体情况) takes the ordinal's level, as the same
  // line without its #s would; one without takes the level of its #s.
  const md = markdown ? MD.exec(text) : null;
  const body = md ? md[2] : text;
  const bodyStart = md ? text.length - md[2].length : 0;
  const o = ordinalHeading(body);
  if (o) {
    const ordinalStart = bodyStart + o.match[1].length + (o.bracketed ? 1 : 0);
    const ordinalEnd = ordinalStart + o.match[2].length;
    const mark = o.match[3] ?? '';
    const markStart = ordinalEnd + (o.bracketed ? 1 : 0);
    heading = { level: o.level, ordinal: o.ordinal, ordinalStart, ordinalEnd, mark, markStart, text: body.slice(o.match[0].length).trim() };
  } else if (md) {
    const level = Math.min(4, md[1].length) as Heading['level'];
    heading = { level, ordinal: undefined, ordinalStart: 0, ordinalEnd: 0, mark: '', markStart: 0, text: md[2] };
  }
  if (md) return { heading, enumerations: [] };
  if (!mayEnumerate) return heading ? { heading, enumerations: [] } : NOTHING;
  const enumerations: Array<LineParts['enumerations'][number]> = [];
  const firstNonSpace = text.search(/\S/u);
  ENUM.lastIndex = 0;
  for (let e = ENUM.exec(text); e; e = ENUM.exec(text)) {
    const numeral = e[1] ?? e[2] ?? e[3];
    const n = chineseToNumber(numeral);
    if (n === undefined) continue;
    const di = e[1] === undefined;
    const at = e.index + e[0].lastIndexOf(numeral) - (di ? 1 : 0);
    const length = numeral.length + 1 + (e[2] !== undefined ? 1 : 0);
    const lineStart = firstNonSpace < 0 || firstNonSpace >= at;
    enumerations.push({ kind: di ? 'di' : 'shi', ordinal: n, lineStart, at, length });
  }
  return heading || enumerations.length ? { heading, enumerations } : NOTHING;
}

function structureOf(doc: SourceDocument, memo?: LineMemo): Structure {
  const headings: Heading[] = [];
  const enumerations: Enumeration[] = [];
  let title: Structure['title'];
  let firstLine = true;
  const markdown = doc.languageId === 'markdown';
  const namespace = markdown ? 'structure/markdown' : 'structure';
  for (const line of doc.lines) {
    if (line.zone !== 'prose') continue;
    const text = line.text;
    if (isBlank(text)) continue;
    // Only the first line with text can be the title.
    if (firstLine) {
      firstLine = false;
      const t = text.trim();
      const md = markdown ? /^#\s+(.+)$/u.exec(t) : null;
      if (md || (t.length <= 60 && !/[。！？：:，,]$/u.test(t) && !L1.test(t) && !L2.test(t) && !/^同志们/u.test(t))) {
        title = { line: line.index, start: line.start, end: line.start + text.length, text: md ? md[1] : t };
        continue;
      }
    }
    const parts = memo ? memo(namespace, text, () => lineParts(text, markdown)) : lineParts(text, markdown);
    if (parts === NOTHING) continue;
    let placed = parts.placed;
    if (placed === undefined || placed.start !== line.start || placed.line !== line.index) {
      const h = parts.heading;
      placed = parts.placed = {
        start: line.start,
        line: line.index,
        heading: h && { ...h, line: line.index, ordinalStart: line.start + h.ordinalStart, ordinalEnd: line.start + h.ordinalEnd, markStart: line.start + h.markStart, start: line.start, end: line.start + text.length },
        enumerations: parts.enumerations.map((e) => ({ kind: e.kind, ordinal: e.ordinal, line: line.index, lineStart: e.lineStart, start: line.start + e.at, end: line.start + e.at + e.length })),
      };
    }
    if (placed.heading) headings.push(placed.heading);
    for (const e of placed.enumerations) enumerations.push(e);
  }
  return { title, headings, enumerations };
}

const WANT_MARK: Record<number, string> = { 1: '、', 3: '.' };

/**
 * Edits that renumber every level in order (一、二、三、 under the document, （一）（二） under each
 * 一、, 1. 2. under each （一）, （1）（2） under each 1.) and put the right mark after 一、 and 1.;
 * only ordinal tokens and their marks change.
 */
export function renumberEdits(doc: SourceDocument, structure = parseStructure(doc)): Array<{ start: number; end: number; newText: string }> {
  const edits: Array<{ start: number; end: number; newText: string }> = [];
  const counters = [0, 0, 0, 0, 0];
  for (const h of structure.headings) {
    if (h.ordinal === undefined || h.ordinalStart === h.ordinalEnd) continue;
    counters[h.level]++;
    for (let l = h.level + 1; l <= 4; l++) counters[l] = 0;
    const n = counters[h.level];
    const token = h.level <= 2 ? numberToChinese(n) : String(n);
    if (doc.text.slice(h.ordinalStart, h.ordinalEnd) !== token) edits.push({ start: h.ordinalStart, end: h.ordinalEnd, newText: token });
    const want = WANT_MARK[h.level];
    if (want && h.mark !== want) edits.push({ start: h.markStart, end: h.markStart + h.mark.length, newText: want });
  }
  return edits;
}
