/** A speech read into the blocks the Word export lays out: title, subtitle lines, headings, paragraphs. */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly heading: string; readonly rest: string }
  | { readonly kind: 'salutation'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

/** 同志们： 各位领导： — the form of address, flush left. */
const SALUTATION = /^(?:同志们|各位|尊敬的)[^。！？]{0,30}[：:]$/u;

const H1 = /^[一二三四五六七八九十]{1,3}、/u;
const H2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/u;
const H3 = /^\d{1,2}[.．](?!\d)/u;
const H4 = /^[（(]\d{1,2}[）)]/u;

/** Markdown to plain lines: front matter, heading marks, emphasis, links, code marks, quotes, lists. */
function markdownLines(text: string): { lines: string[]; title?: string } {
  let body = text.replace(/\r\n?/g, '\n');
  let title: string | undefined;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (fm) {
    title = /^title:\s*(.+)$/m.exec(fm[1])?.[1].trim().replace(/^["']|["']$/g, '');
    body = body.slice(fm[0].length);
  }
  const lines: string[] = [];
  let fence = false;
  for (let line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence || /^\s*\|?\s*:?-{3,}/.test(line)) continue;
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/<!--.*?-->|<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) => cells.split('|').map((c) => c.trim()).join('　'));
    lines.push(line);
  }
  return { lines, title };
}

export interface ReadOptions {
  readonly markdown: boolean;
  /** Extra lines under the title (speaker, date), from the user. */
  readonly speaker?: string;
  readonly date?: string;
}

export function readSpeech(text: string, options: ReadOptions): Block[] {
  const { lines, title: fmTitle } = options.markdown ? markdownLines(text) : { lines: text.replace(/\r\n?/g, '\n').split('\n'), title: undefined };
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  const blocks: Block[] = [];
  let i = 0;
  let title = fmTitle;
  if (!title && nonEmpty.length && nonEmpty[0].length <= 60 && !/[。！？]$/u.test(nonEmpty[0]) && !H1.test(nonEmpty[0])) {
    title = nonEmpty[0];
    i = 1;
  } else if (fmTitle && nonEmpty[0] === fmTitle) {
    i = 1;
  }
  if (title) blocks.push({ kind: 'title', text: title });
  for (const extra of [options.speaker, options.date]) if (extra) blocks.push({ kind: 'subtitle', text: extra });
  // Lines right under the title in brackets or with a date: （2024年3月15日）, （王某某）. A bare name is
  // not guessed at; --speaker gives it.
  while (title && i < nonEmpty.length && nonEmpty[i].length <= 30 && (/^[（(].*[）)]$/u.test(nonEmpty[i]) || /\d{4}年\d{1,2}月\d{1,2}日/u.test(nonEmpty[i])) && !/[。：]/u.test(nonEmpty[i])) {
    blocks.push({ kind: 'subtitle', text: nonEmpty[i] });
    i++;
  }
  for (; i < nonEmpty.length; i++) {
    const t = nonEmpty[i];
    const level = H1.test(t) ? 1 : H2.test(t) ? 2 : H4.test(t) ? 4 : H3.test(t) ? 3 : 0;
    if (level === 0) {
      blocks.push({ kind: SALUTATION.test(t) ? 'salutation' : 'paragraph', text: t });
      continue;
    }
    // A run-in heading: only the sentence that is the heading takes the heading font.
    const stop = t.search(/[。！？]/u);
    const heading = stop >= 0 && stop < t.length - 1 ? t.slice(0, stop + 1) : t;
    blocks.push({ kind: 'heading', level: level as 1 | 2 | 3 | 4, heading, rest: t.slice(heading.length) });
  }
  return blocks;
}
