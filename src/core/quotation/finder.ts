/**
 * Quotations in a speech: text in “…” right after a verb of saying (指出、强调、要求、提出、讲、
 * 说、写道, optionally with 过/到/道 and a colon) whose clause names a speaker (a role such as
 * 总书记 or 同志, a pronoun) or a document (《…》, or a word such as 报告、决定、讲话), and, in
 * Markdown, block quotes (lines starting with >). A quotation may run over several lines; a
 * quotation of several paragraphs (each opening with “) is one quotation.
 */
import type { SourceDocument } from '../document';

export interface Quotation {
  /** The quoted text in the document: [start, end), quotation marks excluded. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'attributed' | 'blockquote';
  /** The clause that attributes it (speaker and verb), for messages; empty for block quotes. */
  readonly attribution: string;
}

const VERB = /(?:指出|强调|要求|提出|讲|说|写道)(?:过|到|道)?[：:，,]?[ \t]*“/gu;
/** Words that make the clause before the verb name a speaker or a document. */
const SPEAKER =
  /《[^《》\n]{1,60}》|总书记|书记|主席|总理|委员长|同志|领袖|部长|省长|市长|县长|区长|州长|主任|院长|局长|厅长|先生|报告|决定|决议|讲话|文件|纲要|规划|宣言|公报|意见|通知|条例|章程|宪法|指示|批示|论述|致辞|贺信|回信|[他她]们?(?:曾|也|还|又|更|深刻|明确|反复|多次|进一步)*$|[他她]们?(?:在[^，。；]{1,30}[上中时])?(?:曾|也|还|又|更|深刻|明确|反复|多次|进一步)*$/u;
/** Where the clause of the verb begins: after the last sentence end. */
const CLAUSE_START = /[。！？；\n]/gu;
/** Longer quotations are not checked (check.ts compares at most 600 letters and digits). */
const MAX_QUOTE = 1000;
const MAX_CLAUSE = 80;

/** The closing ” of the quotation opening at `open` (after the “), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  let lineStart = false;
  const limit = Math.min(text.length, open + MAX_QUOTE);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '\n') {
      // A blank line ends the quotation unless the next paragraph continues it (opens with “).
      let k = i + 1;
      let blank = false;
      while (k < text.length && /[\s\u3000]/.test(text[k])) {
        if (text[k] === '\n') blank = true;
        k++;
      }
      if (blank && text[k] !== '“') return -1;
      lineStart = true;
      continue;
    }
    if (c === '“') {
      // A quotation over several paragraphs: each new paragraph opens with “.
      if (!lineStart) depth++;
    } else if (c === '”') {
      if (depth === 0) return i;
      depth--;
    }
    if (!/[\s\u3000]/.test(c)) lineStart = false;
  }
  return -1;
}

function clauseBefore(text: string, verbAt: number): string {
  const from = Math.max(0, verbAt - MAX_CLAUSE);
  const window = text.slice(from, verbAt);
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(window); m; m = CLAUSE_START.exec(window)) start = m.index + 1;
  return window.slice(start);
}

export function findQuotations(doc: SourceDocument): Quotation[] {
  const text = doc.text;
  const out: Quotation[] = [];
  // Offsets of lines that are not prose (code, front matter) are skipped.
  // Verbs are met in order: one pointer walks the lines along with them.
  let lineAt = 0;
  const skipped = (at: number) => {
    while (lineAt + 1 < doc.lines.length && doc.lines[lineAt + 1].start <= at) lineAt++;
    return doc.lines[lineAt].zone !== 'prose';
  };
  if (text.includes('“')) {
    VERB.lastIndex = 0;
    for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
      const open = m.index + m[0].length;
      if (skipped(m.index)) continue;
      const clause = clauseBefore(text, m.index);
      if (!SPEAKER.test(clause)) continue;
      const close = closing(text, open);
      if (close < 0) continue;
      const quoted = text.slice(open, close);
      if (!quoted.trim()) continue;
      out.push({ start: open, end: close, text: quoted, kind: 'attributed', attribution: clause + m[0].slice(0, -1) });
      VERB.lastIndex = close + 1;
    }
  }
  if (doc.languageId === 'markdown') {
    const lines = doc.lines;
    const attributed = out.length;
    let next = 0;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].zone !== 'prose' || !/^\s{0,3}>/.test(lines[i].text)) continue;
      let j = i;
      while (j + 1 < lines.length && lines[j + 1].zone === 'prose' && /^\s{0,3}>/.test(lines[j + 1].text)) j++;
      const first = lines[i];
      const lastLine = lines[j];
      const prefix = /^\s{0,3}>\s?/.exec(first.text)![0].length;
      let start = first.start + prefix;
      let end = lastLine.start + lastLine.text.length;
      i = j;
      // A block quote that holds an attributed quotation is checked through that one.
      while (next < attributed && out[next].start < start) next++;
      if (next < attributed && out[next].start >= start && out[next].start <= end) continue;
      // A closing attribution line (—— 《…》) is not part of the quotation.
      let body = text.slice(start, end);
      const attribution = /\n\s{0,3}>\s*(?:——|--|—)[^\n]*$/.exec(body);
      if (attribution) {
        end = start + attribution.index;
        body = text.slice(start, end);
      }
      const lead = /^[\s“]*/.exec(body)![0].length;
      const trail = /[\s”]*$/.exec(body)![0].length;
      start += lead;
      end -= trail;
      if (end <= start) continue;
      out.push({ start, end, text: text.slice(start, end), kind: 'blockquote', attribution: '' });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
