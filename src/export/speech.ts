/**
 * A speech read into the blocks the Word export lays out: title, subtitle lines, headings,
 * paragraphs. What is a title or a heading (and its level) is the core's structure parser's
 * answer, the same the outline gives; this module only turns Markdown into printable text and
 * places the lines.
 */
import { parseDocument, parseStructure, type Heading } from '../core';

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly heading: string; readonly rest: string }
  | { readonly kind: 'salutation'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

/** 同志们： 各位领导： — the form of address, flush left. */
const SALUTATION = /^(?:同志们|各位|尊敬的)[^。！？]{0,30}[：:]$/u;

/** A Markdown line as printed: no heading marks, emphasis, link targets, code marks, quote or list marks. */
function printable(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<!--.*?-->|<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) => cells.split('|').map((c) => c.trim()).join('　'));
}

/** The title in Markdown front matter (`title: …`). */
function frontMatterTitle(lines: ReadonlyArray<{ zone: string; text: string }>): string | undefined {
  for (const l of lines) {
    if (l.zone !== 'frontmatter') continue;
    const m = /^title:\s*(.+)$/.exec(l.text);
    if (m) return m[1].trim().replace(/^["']|["']$/g, '');
  }
  return undefined;
}

export interface ReadOptions {
  readonly markdown: boolean;
  /** Extra lines under the title (speaker, date), from the user. */
  readonly speaker?: string;
  readonly date?: string;
}

export function readSpeech(text: string, options: ReadOptions): Block[] {
  const doc = parseDocument(text, options.markdown ? 'markdown' : 'plaintext');
  const structure = parseStructure(doc);
  const headingAt = new Map<number, Heading>(structure.headings.map((h) => [h.line, h]));
  const fmTitle = options.markdown ? frontMatterTitle(doc.lines) : undefined;
  const structureTitle = structure.title && (options.markdown ? printable(structure.title.text) : structure.title.text);
  const title = fmTitle ?? structureTitle;
  // The lines printed, in order: prose only (no code, no front matter, no table rules).
  const lines = doc.lines
    .filter((l) => l.zone === 'prose' && !(options.markdown && /^\s*\|?\s*:?-{3,}/.test(l.text)))
    .map((l) => ({ index: l.index, text: (options.markdown ? printable(l.text) : l.text).trim() }))
    .filter((l) => l.text);
  const blocks: Block[] = [];
  if (title) blocks.push({ kind: 'title', text: title });
  let i = 0;
  // The title line is printed as the title, unless front matter names another title.
  if (structure.title && lines[0]?.index === structure.title.line && (fmTitle === undefined || structureTitle === fmTitle)) i = 1;
  for (const extra of [options.speaker, options.date]) if (extra) blocks.push({ kind: 'subtitle', text: extra });
  // Lines right under the title in brackets or with a date: （2024年3月15日）, （王某某）. A bare name is
  // not guessed at; --speaker gives it.
  while (title && i < lines.length && !headingAt.has(lines[i].index) && lines[i].text.length <= 30 && (/^[（(].*[）)]$/u.test(lines[i].text) || /\d{4}年\d{1,2}月\d{1,2}日/u.test(lines[i].text)) && !/[。：]/u.test(lines[i].text)) {
    blocks.push({ kind: 'subtitle', text: lines[i].text });
    i++;
  }
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    const h = headingAt.get(lines[i].index);
    if (!h) {
      blocks.push({ kind: SALUTATION.test(t) ? 'salutation' : 'paragraph', text: t });
      continue;
    }
    // A run-in heading: only the sentence that is the heading takes the heading font.
    const stop = t.search(/[。！？]/u);
    const heading = stop >= 0 && stop < t.length - 1 ? t.slice(0, stop + 1) : t;
    blocks.push({ kind: 'heading', level: h.level, heading, rest: t.slice(heading.length) });
  }
  return blocks;
}
