/**
 * Rule `traditional-char`: traditional characters in a simplified document. Detection and fix use
 * OpenCC's data (opencc-js): a character is flagged when OpenCC's phrase-level conversion of its
 * line changes it, so characters that are also simplified in context (乾坤, 显著) are not.
 *
 * A document mostly in traditional characters (a page pasted from a traditional site) gets ONE
 * finding, on its first traditional run, whose fix converts the whole document; otherwise each
 * run of converted text is a finding of its own.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';
import { convertToSimplified, countTraditional } from '../script';
import type { Fix, TextEdit } from '../types';
import { replace } from '../fix';

interface Run {
  /** Line-relative range and its simplified text. */
  readonly start: number;
  readonly end: number;
  readonly simplified: string;
}

/** Changed characters at most this far apart (in UTF-16 units) form one run. */
const JOIN = 6;

/** The runs OpenCC's phrase-level conversion changes on a line, and how many characters it changes. */
function convertLine(text: string): { runs: readonly Run[]; changed: number } {
  const converted = convertToSimplified(text);
  if (converted === text) return { runs: [], changed: 0 };
  if (converted.length !== text.length) {
    // A phrase changed length (rare): the whole line is one run.
    return { runs: [{ start: 0, end: text.length, simplified: converted }], changed: countTraditional(text).traditional };
  }
  const runs: Run[] = [];
  let changed = 0;
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === converted.charCodeAt(i)) continue;
    changed++;
    if (runStart >= 0 && i - runEnd <= JOIN) {
      runEnd = i + 1;
    } else {
      if (runStart >= 0) runs.push({ start: runStart, end: runEnd, simplified: converted.slice(runStart, runEnd) });
      runStart = i;
      runEnd = i + 1;
    }
  }
  if (runStart >= 0) runs.push({ start: runStart, end: runEnd, simplified: converted.slice(runStart, runEnd) });
  return { runs, changed };
}

const NO_RUNS = { runs: [] as readonly Run[], changed: 0 };

export const traditionalCharRule: DocumentRule = {
  id: 'traditional-char',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Traditional characters in a simplified document (OpenCC); a wholly traditional document gets one finding that converts it.',
  examples: {
    flag: [
      { text: '我们要加強領導，落实责任。', flagged: '強領導', fixed: '我们要加强领导，落实责任。' },
      { text: '在全區疫情防控視頻會議上的講話\n同志們：\n剛才疾控中心作了匯報。', fixed: '在全区疫情防控视频会议上的讲话\n同志们：\n刚才疾控中心作了汇报。' },
      {
        text: '在開學典禮上的講話\n老師們、同學們：\n寒假帶著春節的喜慶一晃而過，隨著春天的腳步，我們迎來了新學期。著名作家的名著成效顯著，這意味著什麼？',
        fixed: '在开学典礼上的讲话\n老师们、同学们：\n寒假带着春节的喜庆一晃而过，随着春天的脚步，我们迎来了新学期。著名作家的名著成效显著，这意味着什么？',
      },
    ],
    pass: [
      { text: '乾坤朗朗，成效显著，著名专家到会。' },
      { text: '随着工作推进，我们穿著整齐，执著追求。' },
      { text: '于是后来，里面其余的头发都很整齐。' },
      { text: '沈阳市覆盖全域，瞭望哨慰藉人心。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    if (ctx.config.targetScript !== 'simplified') return [];
    // First a counting pass with OpenCC's character table; the phrase-level conversion (the costly
    // part) runs only on lines that hold a convertible character, and for a wholly traditional
    // document only on the line of the finding until its fix is asked for.
    const lines: Array<{ start: number; text: string; traditional: number }> = [];
    let traditional = 0;
    let han = 0;
    for (const line of doc.lines) {
      if (line.zone !== 'prose' || line.text.length === 0) continue;
      const count = ctx.lineMemo('traditional-char/count', line.text, () => countTraditional(line.text));
      han += count.han;
      if (count.traditional) {
        traditional += count.traditional;
        lines.push({ start: line.start, text: line.text, traditional: count.traditional });
      }
    }
    if (lines.length === 0) return [];
    const runsOf = (text: string) => ctx.lineMemo('traditional-char/runs', text, () => convertLine(text));
    if (traditional >= 50 && traditional / Math.max(1, han) >= 0.2) {
      const first = lines.find((l) => runsOf(l.text).runs.length);
      if (first) {
        const run = runsOf(first.text).runs[0];
        let edits: TextEdit[] | undefined;
        const fix: Fix = {
          title: l10n.t('Convert the whole document to simplified characters'),
          // Computed when the fix is applied or previewed, not on every check.
          get edits(): TextEdit[] {
            return (edits ??= lines.flatMap(({ start, text }) => convertLine(text).runs.map((r) => ({ start: start + r.start, end: start + r.end, newText: r.simplified }))));
          },
          safe: true,
          preferred: true,
        };
        return [
          {
            start: first.start + run.start,
            end: first.start + run.end,
            message: l10n.t('This document is written in traditional characters (about {0} to convert).', traditional),
            data: { scope: 'document' },
            fixes: [fix],
          },
        ];
      }
    }
    const out: RawFinding[] = [];
    for (const { start, text } of lines) {
      const { runs } = text.length ? runsOf(text) : NO_RUNS;
      for (const r of runs) {
        out.push({
          start: start + r.start,
          end: start + r.end,
          message: l10n.t('Traditional characters: "{0}" → "{1}".', text.slice(r.start, r.end), r.simplified),
          fixes: [replace({ start: start + r.start, end: start + r.end }, r.simplified, { safe: true })],
        });
      }
    }
    return out;
  },
};
