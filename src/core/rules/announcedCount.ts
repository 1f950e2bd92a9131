/**
 * Rule `announced-count`: a count the speech announces (讲三点意见, 从四个方面, “两个立即”,
 * “十个着力”, 强调6个方面) against the items that follow: the first-level headings after it, or
 * else the enumeration (一是… / 第一，…) that starts right after it. Silent when it cannot tell.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';
import { toSimplifiedChars } from '../script';
import { lastAtOrBefore } from '../sorted';
import { chineseToNumber, parseStructure } from '../structure';

const NUMERAL = '[一二三四五六七八九十两\\d]{1,3}';
/** 讲三点意见 / 讲以下四个方面的意见 / 从三个方面 / 强调6个方面. */
const SPOKEN = new RegExp(`(?:讲|谈|强调|提|从|分)(?:以下|这么|这样)?(${NUMERAL})(?:点|个方面)`, 'gu');
/** “两个立即” “十个着力” “三关” */
const QUOTED = new RegExp(`“(${NUMERAL})(?:个|项|大)?[\\p{Script=Han}]{1,4}”`, 'gu');

function value(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '两') return 2;
  return chineseToNumber(s);
}

export const announcedCountRule: DocumentRule = {
  id: 'announced-count',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'A count the speech announces (讲三点意见, “两个立即”, “十个着力”) against the items that follow it.',
  examples: {
    flag: [
      { text: '标题\n同志们：\n下面，我讲三点意见。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n四、丁\n正文。', flagged: '讲三点' },
      { text: '要做到“两个立即”。一是立即调整；二是立即行动；三是立即报告。', flagged: '“两个立即”' },
    ],
    pass: [
      { text: '标题\n同志们：\n下面，我讲三点意见。\n一、甲\n二、乙\n三、丙' },
      { text: '要做到“两个立即”。一是立即调整；二是立即行动。' },
      { text: '下面我讲几点意见。\n一、甲\n二、乙' },
      { text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”。' },
      { text: '在这里，我讲三点意见。\n第一，甲。\n第二，乙。\n第三，丙。' },
    ],
  },
  checkDocument(doc): RawFinding[] {
    const text = doc.text;
    if (!/[点面”]/u.test(text)) return [];
    const simplified = toSimplifiedChars(text);
    const s = parseStructure(doc);
    const out: RawFinding[] = [];
    const lineStarts = doc.lines.map((l) => l.start);
    const lineOf = (offset: number) => lastAtOrBefore(lineStarts, offset);
    /**
     * The enumeration series that starts at 1 right after the sentence of the announcement
     * (nothing but that sentence's end, a colon and line breaks in between).
     */
    const enumerationAfter = (offset: number): number | undefined => {
      const first = s.enumerations.findIndex((e) => e.start > offset && e.ordinal === 1);
      if (first < 0) return undefined;
      const between = simplified.slice(offset, s.enumerations[first].start);
      if (!/^[^。！？；\n]{0,12}[。：:；]?\s*(?:第)?$/u.test(between)) return undefined;
      const kind = s.enumerations[first].kind;
      let n = 1;
      for (let k = first + 1; k < s.enumerations.length; k++) {
        const e = s.enumerations[k];
        if (e.kind !== kind) continue;
        if (e.ordinal === n + 1) n++;
        else break;
      }
      return n;
    };
    /** First-level headings right after the announcement (before the next speech starts). */
    const headingsAfter = (offset: number): number | undefined => {
      const line = lineOf(offset);
      const next = s.headings.find((h) => h.start > offset && h.level === 1 && h.ordinal !== undefined);
      // The first heading follows the announcement closely, or this is not what it announces.
      if (!next || next.ordinal !== 1 || next.line > line + 4) return undefined;
      // Only headings of this speech: stop at a line starting another (同志们：) after the first heading.
      const stop = doc.lines.findIndex((l, i) => i > next.line && /^\s*同志[们們][:：]/u.test(l.text));
      let n = 0;
      for (const h of s.headings) {
        if (h.level !== 1 || h.start < next.start || (stop >= 0 && h.line > stop) || h.line <= line) continue;
        if (h.ordinal === n + 1) n++;
        else break;
      }
      return n;
    };
    const check = (start: number, end: number, announced: number, found: number | undefined) => {
      if (found === undefined || found === announced) return;
      out.push({
        start,
        end,
        message: l10n.t('{0} announced, {1} found after it.', announced, found),
      });
    };
    for (const re of [SPOKEN, QUOTED]) {
      re.lastIndex = 0;
      for (let m = re.exec(simplified); m; m = re.exec(simplified)) {
        const n = value(m[1]);
        if (n === undefined || n < 2) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (doc.lines[lineOf(start)].zone !== 'prose') continue;
        if (re === SPOKEN) check(start, end, n, headingsAfter(end) ?? enumerationAfter(end));
        else check(start, end, n, enumerationAfter(end));
      }
    }
    return out;
  },
};
