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
import { convertToSimplified, mayContainTraditional } from '../script';
import type { TextEdit } from '../types';
import { replace } from '../fix';

interface Run {
  /** Line-relative range and its simplified text. */
  readonly start: number;
  readonly end: number;
  readonly simplified: string;
}

interface LineScan {
  readonly runs: readonly Run[];
  /** Characters changed, and Han characters on the line. */
  readonly changed: number;
  readonly han: number;
}

/** Han characters on a line (CJK blocks of the BMP, and surrogate pairs as one): a counting loop, no match array. */
function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) n++;
  }
  return n;
}
/** Changed characters at most this far apart (in UTF-16 units) form one run. */
const JOIN = 6;

function scanLine(text: string): LineScan {
  const han = countHan(text);
  if (!mayContainTraditional(text)) return { runs: [], changed: 0, han };
  const converted = convertToSimplified(text);
  if (converted === text) return { runs: [], changed: 0, han };
  if (converted.length !== text.length) {
    // A phrase changed length (rare): the whole line is one run.
    return { runs: [{ start: 0, end: text.length, simplified: converted }], changed: han, han };
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
  return { runs, changed, han };
}

export const traditionalCharRule: DocumentRule = {
  id: 'traditional-char',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Traditional characters in a simplified document (OpenCC); a wholly traditional document gets one finding that converts it.',
  examples: {
    flag: [
      { text: '我们要加強領導，落实责任。', flagged: '強領導', fixed: '我们要加强领导，落实责任。' },
      { text: '在全區疫情防控視頻會議上的講話\n同志們：\n剛才疾控中心作了匯報。', fixed: '在全区疫情防控视频会议上的讲话\n同志们：\n刚才疾控中心作了汇报。' },
    ],
    pass: [
      { text: '乾坤朗朗，成效显著，著名专家到会。' },
      { text: '于是后来，里面其余的头发都很整齐。' },
      { text: '沈阳市覆盖全域，瞭望哨慰藉人心。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    if (ctx.config.targetScript !== 'simplified') return [];
    const scans: Array<{ start: number; scan: LineScan }> = [];
    let changed = 0;
    let han = 0;
    for (const line of doc.lines) {
      if (line.zone !== 'prose' || line.text.length === 0) continue;
      const scan = ctx.lineMemo('traditional-char', line.text, () => scanLine(line.text));
      han += scan.han;
      if (scan.runs.length) {
        changed += scan.changed;
        scans.push({ start: line.start, scan });
      }
    }
    if (scans.length === 0) return [];
    const edits = (): TextEdit[] =>
      scans.flatMap(({ start, scan }) => scan.runs.map((r) => ({ start: start + r.start, end: start + r.end, newText: r.simplified })));
    if (changed >= 50 && changed / Math.max(1, han) >= 0.2) {
      const first = scans[0];
      const run = first.scan.runs[0];
      return [
        {
          start: first.start + run.start,
          end: first.start + run.end,
          message: l10n.t('This document is written in traditional characters ({0} to convert).', changed),
          data: { scope: 'document' },
          fixes: [{ title: l10n.t('Convert the whole document to simplified characters'), edits: edits(), safe: true, preferred: true }],
        },
      ];
    }
    return scans.flatMap(({ start, scan }) =>
      scan.runs.map((r) => ({
        start: start + r.start,
        end: start + r.end,
        message: l10n.t('Traditional characters: "{0}" → "{1}".', doc.text.slice(start + r.start, start + r.end), r.simplified),
        fixes: [replace({ start: start + r.start, end: start + r.end }, r.simplified, { safe: true })],
      })),
    );
  },
};
