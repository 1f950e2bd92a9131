/**
 * The document model rules work on: lines with their zones, and the ranges of each line that
 * belong to markup, code, URLs or e-mail addresses rather than to the speech (masked ranges).
 */

import { lastAtOrBefore } from './sorted';

export type LanguageId = 'plaintext' | 'markdown';

/** What a line is part of. Only `prose` lines are checked by line rules. */
export type Zone = 'prose' | 'code' | 'frontmatter';

export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character in the document. */
  readonly start: number;
  /** The line without its terminator (`\n` or `\r\n`). */
  readonly text: string;
  readonly zone: Zone;
}

export interface SourceDocument {
  readonly text: string;
  readonly languageId: LanguageId;
  readonly lines: readonly Line[];
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’（）《》【】]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef“”‘’（）《》【】]*/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const MD_INLINE_CODE_RE = /(`+)[^`]*?\1/g;
const MD_LINK_TARGET_RE = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const MD_HTML_RE = /<!--.*?-->|<\/?[A-Za-z][^<>]*>/g;
const MD_LINE_PREFIX_RE = /^(?:\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+))+/;
const MD_EMPHASIS_RE = /(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1/g;

/** Split `text` into lines, marking fenced code blocks and front matter in Markdown. */
export function parseDocument(text: string, languageId: LanguageId): SourceDocument {
  const lines: Line[] = [];
  let start = 0;
  let fence: string | undefined;
  let inFrontMatter = false;
  const n = text.length;
  let index = 0;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
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
        } else if (/^(?: {4}|\t)/.test(lineText) && (index === 0 || lines[index - 1].text.trim() === '' || lines[index - 1].zone === 'code')) {
          zone = 'code';
        }
      }
    }
    lines.push({ index, start, text: lineText, zone });
    index++;
    if (end >= n) break;
    start = end + 1;
  }
  return { text, languageId, lines };
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
  if (lineText.includes('@')) add(EMAIL_RE);
  if (languageId === 'markdown') {
    if (lineText.includes('`')) add(MD_INLINE_CODE_RE);
    if (lineText.includes('](')) add(MD_LINK_TARGET_RE);
    if (lineText.includes('<')) add(MD_HTML_RE);
    const p = MD_LINE_PREFIX_RE.exec(lineText);
    if (p) ranges.push([0, p[0].length]);
    if (lineText.includes('*') || lineText.includes('_')) {
      MD_EMPHASIS_RE.lastIndex = 0;
      for (let m = MD_EMPHASIS_RE.exec(lineText); m; m = MD_EMPHASIS_RE.exec(lineText)) {
        const d = m[1].length;
        ranges.push([m.index, m.index + d], [m.index + m[0].length - d, m.index + m[0].length]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** Whether [start, end) overlaps any of the sorted `ranges`. */
export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of ranges) {
    if (s >= end) return false;
    if (e > start) return true;
  }
  return false;
}

/** Maps UTF-16 offsets to 0-based line and column (columns in UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
