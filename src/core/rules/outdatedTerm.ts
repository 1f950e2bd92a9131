/**
 * Rule `outdated-term`: wording that changed on a known date, judged against the document's own
 * date (a date line, a year in the title, the setting, else today). A speech dated before the
 * change is right to use the old wording and is not flagged.
 */
import * as l10n from '@vscode/l10n';
import { OUTDATED_TERMS } from '../data/outdatedTerms';
import { documentDate, isOnOrAfter } from '../documentDate';
import { maskedRanges, overlapsAny } from '../document';
import { replace } from '../fix';
import type { DocumentRule, RawFinding } from '../rule';

const TRIGGER = /新型冠状病毒肺炎|新冠肺炎|乙类甲管|全面建成小康社会|动态清零/u;

export const outdatedTermRule: DocumentRule = {
  id: 'outdated-term',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Wording that changed on a known date (新冠肺炎 → 新冠病毒感染 from 2022-12-26 …), judged against the document\'s date.',
  examples: {
    // Every example of every entry, in a document dated after every change.
    flag: [
      ...OUTDATED_TERMS.flatMap((t) => t.flag.map((ex) => ({ ...ex, text: `2024年1月5日\n${ex.text}`, fixed: ex.fixed && `2024年1月5日\n${ex.fixed}` }))),
      { text: '2023年全市卫生健康工作会议上的讲话\n救治新冠肺炎患者', flagged: '新冠肺炎' },
    ],
    pass: [
      ...OUTDATED_TERMS.flatMap((t) => t.pass.map((ex) => ({ ...ex, text: `2024年1月5日\n${ex.text}` }))),
      { text: '2022年全市疫情防控工作会议上的讲话\n救治新冠肺炎患者' },
      { text: '讲话\n救治新冠肺炎患者\n（2021年3月2日）' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    if (!TRIGGER.test(doc.text)) return [];
    const date = documentDate(doc, ctx.config.documentDate);
    const terms = OUTDATED_TERMS.filter((t) => isOnOrAfter(date, t.since));
    if (terms.length === 0) return [];
    const out: RawFinding[] = [];
    for (const line of doc.lines) {
      if (line.zone !== 'prose' || !TRIGGER.test(line.text)) continue;
      const masked = maskedRanges(line.text, doc.languageId);
      for (const t of terms) {
        t.pattern.lastIndex = 0;
        for (let m = t.pattern.exec(line.text); m; m = t.pattern.exec(line.text)) {
          const start = line.start + m.index;
          const end = start + m[0].length;
          if (overlapsAny(masked, m.index, m.index + m[0].length)) continue;
          out.push({
            start,
            end,
            severity: t.severity === 'info' ? 'info' : undefined,
            message: t.now
              ? l10n.t('"{0}" is outdated since {1} ({2}): now "{3}".', m[0], t.sinceText, t.source, t.now)
              : l10n.t('"{0}": {1} ({2}, since {3}).', m[0], l10n.t(t.note ?? ''), t.source, t.sinceText),
            // Not safe: whether the document's date is right is for the drafter to judge.
            fixes: t.now ? [replace({ start, end }, t.now)] : [],
            data: { documentDate: `${date.year}${date.month ? '-' + date.month : ''}${date.day ? '-' + date.day : ''}`, dateSource: date.source },
          });
        }
      }
    }
    return out;
  },
};
