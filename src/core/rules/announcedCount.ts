/**
 * Rule `announced-count`: a count the speech announces (讲三点意见, 从四个方面, “两个立即”,
 * “十个着力”, 强调6个方面) against the items that follow: the first-level headings after it, or
 * else the enumeration (一是… / 第一，…) that starts right after it. Silent when it cannot tell.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';
import { unitTable } from '../chars';
import { toSimplifiedChars } from '../script';
import { firstAtOrAfter, lastAtOrBefore } from '../sorted';
import { chineseToNumber, parseStructure, type Enumeration, type Heading } from '../structure';

const NUMERAL = '[一二三四五六七八九十两\\d]{1,3}';
/**
 * 讲三点意见 / 讲以下四个方面的意见 / 从三个方面 / 强调6个方面: a verb of speaking, then the count
 * of points or aspects; 抓好以下四个方面 / 有以下三项任务 / 做好如下五件事: a verb of doing with
 * 以下 or 如下 (without it, 抓好六个方面18个重点环节 names work, not what the speech goes on to say).
 */
const SPOKEN = new RegExp(
  `(?:(?:讲|谈|强调|提|从|分)(?:以下|如下|这么|这样)?|(?:抓好|抓|做好|做到|突出|把握|注意|有|包括)(?:以下|如下))(${NUMERAL})(?:点|个方面|方面|项(?:工作|任务|措施|要求)|件事|个重点)`,
  'gu',
);
/**
 * “两个立即” “十个着力”: a quoted count announces the items that follow only when they spell it
 * out, each opening with the term's word (一是立即调整；二是立即行动). Otherwise the quoted term
 * names a formulation (“四方责任” “四个意识” “两个维护” “三大攻坚战”), whatever list follows it.
 */
const QUOTED = new RegExp(`“(${NUMERAL})(?:个|项|大|方|条)?([\\p{Script=Han}]{1,4})”`, 'gu');
/** Characters an item may put before the term's word (一是要立即…, 一是切实着力…). */
const SPELL_SLACK = 2;

interface Announcement {
  readonly kind: 'spoken' | 'quoted';
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** The quoted term's word (立即 in “两个立即”). */
  readonly word: string;
}

const NONE: readonly Announcement[] = [];

/** The announcements of a line (offsets relative to it), matched on its simplified characters. */
/** The numerals of NUMERAL (simplified and traditional 两), as code units. */
const NUMERAL_UNITS = unitTable('一二三四五六七八九十两兩0123456789');
/** The units SPOKEN ends its count with (点 项 件 面, traditional 點 項): a numeral is 1–3 places before. */
const UNIT_CHARS = unitTable('点點项項件面');
const OPEN_QUOTE = 0x201c;

/**
 * A pre-test for SPOKEN and QUOTED that reads code units only: a numeral 1–3 places before one
 * of their units, or right after an opening quotation mark.
 */
function mayAnnounce(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (UNIT_CHARS[c] === 1) {
      if ((i >= 1 && NUMERAL_UNITS[line.charCodeAt(i - 1)] === 1) || (i >= 2 && NUMERAL_UNITS[line.charCodeAt(i - 2)] === 1) || (i >= 3 && NUMERAL_UNITS[line.charCodeAt(i - 3)] === 1)) return true;
    } else if (c === OPEN_QUOTE && NUMERAL_UNITS[line.charCodeAt(i + 1)] === 1) return true;
  }
  return false;
}

function announcementsOf(line: string): readonly Announcement[] {
  if (!mayAnnounce(line)) return NONE;
  const simplified = toSimplifiedChars(line);
  const out: Announcement[] = [];
  for (const re of [SPOKEN, QUOTED]) {
    re.lastIndex = 0;
    for (let m = re.exec(simplified); m; m = re.exec(simplified)) {
      const count = value(m[1]);
      if (count === undefined || count < 2) continue;
      out.push({ kind: re === SPOKEN ? 'spoken' : 'quoted', start: m.index, end: m.index + m[0].length, count, word: re === SPOKEN ? '' : m[2] });
    }
  }
  // In the order of the text, as one pass over the document would find them.
  return out.length ? out.sort((x, y) => x.start - y.start) : NONE;
}

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
      { text: '做到“十个着力”。\n一是着力监测预警。\n二是着力核酸检测。', flagged: '“十个着力”' },
      { text: '这次会议，我讲以下四个方面。一是甲；二是乙；三是丙。', flagged: '讲以下四个方面' },
      { text: '今年要抓好以下四个方面。\n一、抓学习\n正文。\n二、抓落实\n正文。\n三、抓督查\n正文。', flagged: '抓好以下四个方面' },
      { text: '当前重点有以下三项任务：一是稳增长；二是调结构。', flagged: '有以下三项任务' },
    ],
    pass: [
      { text: '标题\n同志们：\n下面，我讲三点意见。\n一、甲\n二、乙\n三、丙' },
      { text: '要做到“两个立即”。一是立即调整；二是立即行动。' },
      { text: '下面我讲几点意见。\n一、甲\n二、乙' },
      { text: '今年要抓好以下三个方面。\n一、抓学习\n二、抓落实\n三、抓督查' },
      { text: '这件事有三个方面的原因，大家都清楚。' },
      { text: '我们要抓好六个方面十八个重点环节的工作落实。\n一、要过好思想关\n二、要过好作风关\n三、要过好责任关' },
      { text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”。' },
      { text: '在这里，我讲三点意见。\n第一，甲。\n第二，乙。\n第三，丙。' },
      { text: '要压实“四方责任”。一是压实属地责任；二是压实部门责任；三是压实单位责任。' },
      { text: '增强“四个意识”。一是加强理论学习；二是严肃组织生活；三是开展专题培训。' },
      { text: '坚决打好“三大攻坚战”：一是防范化解重大风险；二是精准脱贫。' },
      { text: '做到“两个维护”，重点抓好三项工作：一是抓学习；二是抓落实；三是抓督查。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    const text = doc.text;
    // The announcements, found line by line (memoized: a keystroke re-reads the edited line only).
    const announcements: Announcement[] = [];
    for (const line of doc.lines) {
      if (line.zone !== 'prose' || line.text.length === 0) continue;
      const found = ctx.lineMemo('announced-count', line.text, () => announcementsOf(line.text));
      for (const a of found) announcements.push({ ...a, start: line.start + a.start, end: line.start + a.end });
    }
    if (announcements.length === 0) return [];
    /** Simplified characters of a short stretch (the words after an announcement, an item's opening). */
    const simplifiedAt = (start: number, end: number) => toSimplifiedChars(text.slice(start, end));
    const s = parseStructure(doc, ctx.lineMemo);
    const out: RawFinding[] = [];
    const lineStarts = doc.lines.map((l) => l.start);
    const lineOf = (offset: number) => lastAtOrBefore(lineStarts, offset);
    // Indexes built once, so each announcement costs a binary search, not a scan of the document.
    const firsts = s.enumerations.map((e, i) => ({ e, i })).filter((x) => x.e.ordinal === 1);
    const firstStarts = firsts.map((x) => x.e.start);
    const level1 = s.headings.filter((h) => h.level === 1);
    const level1Starts = level1.map((h) => h.start);
    const numbered = level1.map((h, i) => ({ h, i })).filter((x) => x.h.ordinal !== undefined);
    const numberedStarts = numbered.map((x) => x.h.start);
    const speechStarts = doc.lines.filter((l) => /^\s*同志[们們][:：]/u.test(l.text)).map((l) => l.index);
    const headingLabel = (h: Heading) => text.slice(h.ordinalStart, h.ordinalEnd) || h.text.slice(0, 6);
    const headingWithMark = (h: Heading) => text.slice(h.ordinalStart, h.markStart + h.mark.length).trim() || h.text.slice(0, 6);
    const itemLabel = (e: Enumeration) => text.slice(e.start, e.end).replace(/[，,、]$/u, '');
    interface Found {
      readonly kind: 'headings' | 'items';
      readonly labels: string[];
      /** Where each item's text starts (after 一是 / 第一，). */
      readonly ends: number[];
      /** The first item that breaks the series (a skipped or repeated number), if any. */
      readonly breaker?: { readonly label: string; readonly skips: boolean };
    }
    /**
     * The enumeration series that starts at 1 right after the sentence of the announcement
     * (nothing but that sentence's end, a colon and line breaks in between).
     */
    const enumerationAfter = (offset: number): Found | undefined => {
      const k = firstAtOrAfter(firstStarts, offset + 1);
      if (k >= firsts.length) return undefined;
      const first = firsts[k].i;
      const between = text.slice(offset, s.enumerations[first].start);
      if (!/^[^。！？；\n]{0,12}[。：:；]?\s*(?:第)?$/u.test(between)) return undefined;
      const kind = s.enumerations[first].kind;
      const labels = [itemLabel(s.enumerations[first])];
      const ends = [s.enumerations[first].end];
      let n = 1;
      let breaker: Found['breaker'];
      for (let j = first + 1; j < s.enumerations.length; j++) {
        const e = s.enumerations[j];
        if (e.kind !== kind) continue;
        if (e.ordinal === n + 1) {
          n++;
          labels.push(itemLabel(e));
          ends.push(e.end);
        } else {
          breaker = { label: itemLabel(e), skips: e.ordinal > n + 1 };
          break;
        }
      }
      return { kind: 'items', labels, ends, breaker };
    };
    /** First-level headings right after the announcement (before the next speech starts). */
    const headingsAfter = (offset: number): Found | undefined => {
      const line = lineOf(offset);
      const k = firstAtOrAfter(numberedStarts, offset + 1);
      const next = k < numbered.length ? numbered[k].h : undefined;
      // The first heading follows the announcement closely, or this is not what it announces.
      if (!next || next.ordinal !== 1 || next.line > line + 4) return undefined;
      // Only headings of this speech: stop at a line starting another (同志们：) after the first heading.
      const si = firstAtOrAfter(speechStarts, next.line + 1);
      const stop = si < speechStarts.length ? speechStarts[si] : Infinity;
      const labels: string[] = [];
      const ends: number[] = [];
      let n = 0;
      let breaker: Found['breaker'];
      for (let j = firstAtOrAfter(level1Starts, next.start); j < level1.length; j++) {
        const h = level1[j];
        if (h.line > stop) break;
        if (h.line <= line) continue;
        if (h.ordinal === n + 1) {
          n++;
          labels.push(headingLabel(h));
          ends.push(h.markStart + h.mark.length);
        } else {
          if (h.ordinal !== undefined) breaker = { label: headingWithMark(h), skips: h.ordinal > n + 1 };
          break;
        }
      }
      return { kind: 'headings', labels, ends, breaker };
    };
    const check = (start: number, end: number, announced: number, found: Found | undefined) => {
      if (found === undefined || found.labels.length === announced) return;
      // What was announced, with the word that follows (讲三点意见); a quoted term without its
      // quotation marks, since the message puts its own around it.
      const what = text.slice(start, end).replace(/^“(.*)”$/u, '$1') + (/^(?:意见|要求|看法|体会|建议)/u.exec(simplifiedAt(end, end + 2)) ? text.slice(end, end + 2) : '');
      const list = found.labels.join('、');
      const why = found.breaker
        ? found.breaker.skips
          ? l10n.t(' ({0} skips a number)', found.breaker.label)
          : l10n.t(' ({0} repeats a number)', found.breaker.label)
        : '';
      const n = found.labels.length;
      const message =
        found.kind === 'headings'
          ? n < announced
            ? l10n.t('After "{0}", only {1} found as first-level headings: {2}{3}.', what, n, list, why)
            : l10n.t('After "{0}", {1} found as first-level headings: {2}.', what, n, list)
          : n < announced
            ? l10n.t('After "{0}", only {1} found as items: {2}{3}.', what, n, list, why)
            : l10n.t('After "{0}", {1} found as items: {2}.', what, n, list);
      out.push({ start, end, message, data: { announced, found: n } });
    };
    for (const { kind, start, end, count, word } of announcements) {
      if (kind === 'spoken') check(start, end, count, headingsAfter(end) ?? enumerationAfter(end));
      else {
        const found = enumerationAfter(end);
        // The items spell the term out, each opening with its word, or the term names a formulation.
        const spelled = found !== undefined && found.ends.every((at) => simplifiedAt(at, at + word.length + SPELL_SLACK).includes(word));
        if (spelled) check(start, end, count, found);
      }
    }
    return out;
  },
};
