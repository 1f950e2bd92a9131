/**
 * The document model rules work on: lines with their zones, and the ranges of each line that
 * belong to markup, code, URLs or e-mail addresses rather than to the speech (masked ranges).
 */

import { isBlank } from './chars';
import { firstAtOrAfter, lastAtOrBefore } from './sorted';

export type LanguageId = 'plaintext' | 'markdown';

/** What a line is part of. Only `prose` lines are checked by line rules. */
export type Zone = 'prose' | 'code' | 'frontmatter';

export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character in the document. */
  readonly start: number;
  /** The line without its terminator (LF, CRLF, or a CR alone, as VS Code counts lines). */
  readonly text: string;
  readonly zone: Zone;
}

export interface SourceDocument {
  readonly text: string;
  readonly languageId: LanguageId;
  readonly lines: readonly Line[];
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’（）《》【】]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef“”‘’（）《》【】]*/g;
const MD_INLINE_CODE_RE = /(`+)[^`]*?\1/g;
const MD_LINK_TARGET_RE = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const MD_HTML_RE = /<!--.*?-->|<\/?[A-Za-z][^<>]*>/g;
const MD_LINE_PREFIX_RE = /^(?:\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+))+/;

/** Split `text` into lines, marking fenced code blocks and front matter in Markdown. */
/**
 * Successive line ends of `text`: `next(from)` is the offset of the first CR or LF at or after
 * `from` (the text's length when none). Each of the two searches resumes where it stopped, so a
 * whole pass costs one scan of the text.
 */
function lineEnds(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    if (lf < 0 && cr < 0) return text.length;
    if (lf < 0) return cr;
    if (cr < 0) return lf;
    return Math.min(lf, cr);
  };
}

/**
 * The lines of `text`. Given the previous version of the same document, a plain-text parse keeps
 * the lines before and after the edited stretch (the same line objects where nothing moved) and
 * splits only the stretch between them; the result is the same as a fresh parse.
 */
export function parseDocument(text: string, languageId: LanguageId, previous?: SourceDocument): SourceDocument {
  if (previous && previous.languageId === languageId && previous.text === text) return previous;
  if (previous && languageId === 'plaintext' && previous.languageId === 'plaintext') {
    const reused = reparse(text, previous);
    if (reused) return reused;
  }
  return { text, languageId, lines: splitLines(text, languageId, 0, 0, undefined).lines };
}

/** Length of the common prefix of a and b: compared a block at a time, then unit by unit. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const BLOCK = 512;
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  const BLOCK = 512;
  let k = 0;
  while (k + BLOCK <= limit && a.slice(a.length - k - BLOCK, a.length - k) === b.slice(b.length - k - BLOCK, b.length - k)) k += BLOCK;
  while (k < limit && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** The number of lines whose start is at most `offset` (line starts ascend). */
function linesStartingBy(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Lines of `previous` that `text` holds unchanged: a prefix (each line with its terminator and the
 * next line's first character unchanged) and a suffix (each line with the character before it and
 * everything after it unchanged); the stretch between is split afresh.
 */
function reparse(text: string, previous: SourceDocument): SourceDocument | undefined {
  const old = previous.text;
  const prev = previous.lines;
  if (prev.length < 3) return undefined;
  const p = commonPrefix(old, text);
  // Line h is kept when old[start_h, start_{h+1}] (one character past its terminator) is in the common prefix.
  const head = Math.max(0, linesStartingBy(prev, p - 1) - 1);
  const middleStart = prev[head].start;
  const delta = text.length - old.length;
  const s = commonSuffix(old, text, Math.min(old.length, text.length) - p);
  // Line j is kept when old[start_j - 1, end] is in the common suffix, and the re-split stretch
  // begins before the character in front of it.
  let tail = Math.max(head + 1, linesStartingBy(prev, old.length - s));
  while (tail < prev.length && prev[tail].start - 1 < old.length - s) tail++;
  while (tail < prev.length && prev[tail].start - 1 + delta <= middleStart) tail++;
  if (head === 0 && tail === prev.length) return undefined;
  const lines: Line[] = prev.slice(0, head);
  const middleEnd = tail < prev.length ? prev[tail].start + delta : text.length + 1;
  const middle = splitLines(text, 'plaintext', middleStart, head, middleEnd);
  for (const l of middle.lines) lines.push(l);
  const shift = lines.length - tail;
  for (let j = tail; j < prev.length; j++) {
    const l = prev[j];
    lines.push(delta === 0 && shift === 0 ? l : { index: l.index + shift, start: l.start + delta, text: l.text, zone: l.zone });
  }
  return { text, languageId: 'plaintext', lines };
}

/**
 * Splits `text` into lines from offset `from` (the start of line `firstIndex`) up to the line that
 * would start at `until` (exclusive; the whole text when undefined).
 */
function splitLines(text: string, languageId: LanguageId, from: number, firstIndex: number, until: number | undefined): { lines: Line[] } {
  const lines: Line[] = [];
  let start = from;
  let fence: string | undefined;
  let inFrontMatter = false;
  const n = text.length;
  let index = firstIndex;
  const nextEnd = lineEnds(text);
  while (start <= n && (until === undefined || start < until)) {
    // Line ends as VS Code counts them: LF, CRLF and a CR alone (U+2028/2029 are characters).
    const textEnd = nextEnd(start);
    const end = textEnd < n && text.charCodeAt(textEnd) === 13 && text.charCodeAt(textEnd + 1) === 10 ? textEnd + 1 : textEnd;
    const lineText = text.slice(start, textEnd);
    let zone: Zone = 'prose';
    if (languageId === 'markdown') {
      if (index === 0 && lineText === '---') {
        inFrontMatter = true;
        zone = 'frontmatter';
      } else if (inFrontMatter) {
        zone = 'frontmatter';
        if (lineText === '---' || lineText === '...') inFrontMatter = false;
      } else {
        const m = /^\s{0,3}(`{3,}|~{3,})/.exec(lineText);
        if (fence !== undefined) {
          zone = 'code';
          if (m && m[1][0] === fence[0] && m[1].length >= fence.length && lineText.trim() === m[1]) fence = undefined;
        } else if (m) {
          zone = 'code';
          fence = m[1];
        } else if (/^(?: {4}|\t)/.test(lineText) && (index === 0 || isBlank(lines[index - 1 - firstIndex].text) || lines[index - 1 - firstIndex].zone === 'code')) {
          zone = 'code';
        }
      }
    }
    lines.push({ index, start, text: lineText, zone });
    index++;
    if (end >= n) break;
    start = end + 1;
  }
  return { lines };
}

/**
 * Ranges of a prose line that are not speech text: URLs and e-mail addresses everywhere; in
 * Markdown also inline code, link targets, HTML tags and comments, line prefixes (headings,
 * quotes, list markers) and emphasis delimiters. Sorted, line-relative, end exclusive.
 */
export function maskedRanges(lineText: string, languageId: LanguageId): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const add = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(lineText); m; m = re.exec(lineText)) ranges.push([m.index, m.index + m[0].length]);
  };
  if (lineText.includes('://') || lineText.includes('www.')) add(URL_RE);
  if (lineText.includes('@')) for (const r of emailRanges(lineText)) ranges.push(r);
  if (languageId === 'markdown') {
    if (lineText.includes('`')) add(MD_INLINE_CODE_RE);
    if (lineText.includes('](')) add(MD_LINK_TARGET_RE);
    if (lineText.includes('<')) add(MD_HTML_RE);
    const p = MD_LINE_PREFIX_RE.exec(lineText);
    if (p) ranges.push([0, p[0].length]);
    if (lineText.includes('*') || lineText.includes('_')) for (const r of emphasisDelimiters(lineText)) ranges.push(r);
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Overlapping ranges are merged, so the list is disjoint and a binary search answers overlapsAny.
  const merged: Array<[number, number]> = [ranges[0]];
  for (let k = 1; k < ranges.length; k++) {
    const last = merged[merged.length - 1];
    const r = ranges[k];
    if (r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

const isEmailLocal = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomainChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * E-mail addresses (local@domain.tld) found from each `@` outwards: one pass over the line,
 * whatever its runs of address characters (a regex scan from every start is quadratic there).
 */
function emailRanges(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let floor = 0;
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let s = at;
    while (s > floor && isEmailLocal(line.charCodeAt(s - 1))) s--;
    if (s === at) continue;
    let e = at + 1;
    while (e < line.length && isDomainChar(line.charCodeAt(e))) e++;
    // The longest domain part that ends in a dot and two or more letters.
    let end = e;
    while (end > at + 1) {
      let k = end;
      while (k > at + 1 && isAsciiLetter(line.charCodeAt(k - 1))) k--;
      if (end - k >= 2 && k > at + 2 && line.charCodeAt(k - 1) === 46) break;
      end = k < end ? k : end - 1;
    }
    if (end <= at + 1) continue;
    out.push([s, end]);
    floor = end;
    at = end - 1;
  }
  return out;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Markdown emphasis delimiters (`*a*`, `**a**`, `__a__` …): an opener of up to three `*` or `_`
 * before a non-space, closed by the nearest same delimiter after a non-space. Closers are looked
 * up in a sorted index, so a line full of unmatched openers costs one pass, not one scan each.
 */
function emphasisDelimiters(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const closers = new Map<string, number[]>();
  const closersOf = (d: string): number[] => {
    let list = closers.get(d);
    if (!list) {
      list = [];
      for (let q = line.indexOf(d, 1); q >= 0; q = line.indexOf(d, q + 1)) if (!isSpace(line.charCodeAt(q - 1))) list.push(q);
      closers.set(d, list);
    }
    return list;
  };
  for (let i = 0; i < line.length; ) {
    const ch = line[i];
    if (ch !== '*' && ch !== '_') {
      i++;
      continue;
    }
    let run = 1;
    while (run < 3 && line[i + run] === ch) run++;
    let matched = false;
    for (let d = run; d >= 1 && !matched; d--) {
      const body = i + d;
      if (body >= line.length || isSpace(line.charCodeAt(body))) continue;
      const list = closersOf(ch.repeat(d));
      const k = firstAtOrAfter(list, body + 1);
      if (k < list.length) {
        const q = list[k];
        out.push([i, body], [q, q + d]);
        i = q + d;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return out;
}

/** Whether [start, end) overlaps any of the sorted, disjoint `ranges` (as maskedRanges returns them). */
export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  if (ranges.length === 0 || ranges[0][0] >= end) return false;
  // The last range starting before `end`; ranges are disjoint, so it has the largest end of those.
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid][0] < end) lo = mid;
    else hi = mid - 1;
  }
  return ranges[lo][1] > start;
}

/** Maps UTF-16 offsets to 0-based line and column (columns in UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    const starts = [0];
    const nextEnd = lineEnds(text);
    for (let i = nextEnd(0); i < text.length; i = nextEnd(i)) {
      i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      starts.push(i);
    }
    this.starts = starts;
  }
  positionAt(offset: number): { line: number; character: number } {
    const line = lastAtOrBefore(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }
  offsetAt(line: number, character: number): number {
    return (this.starts[line] ?? this.starts[this.starts.length - 1]) + character;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
