/**
 * Rule `outdated-term`: wording that changed on a known date, judged against the document's own
 * date (a date line, a year in the title, the setting, else today). A speech dated before the
 * change is right to use the old wording and is not flagged. A substitution rule over
 * ../data/outdatedTerms whose entries apply from their date on.
 */
import * as l10n from '@vscode/l10n';
import { OUTDATED_TERMS, type OutdatedTerm } from '../data/outdatedTerms';
import { documentDate, isOnOrAfter, type DocDate } from '../documentDate';
import { substitutionRule } from '../substitution';

/** The entries' examples run in a document dated after every change. */
const DATED = '2024年1月5日\n';

export const outdatedTermRule = substitutionRule<OutdatedTerm, DocDate>({
  id: 'outdated-term',
  defaultLevel: 'warning',
  description: 'Wording that changed on a known date (新冠肺炎 → 新冠病毒感染 from 2022-12-26 …), judged against the document\'s date.',
  table: OUTDATED_TERMS,
  example: (ex) => ({ ...ex, text: DATED + ex.text, fixed: ex.fixed && DATED + ex.fixed }),
  examples: {
    flag: [{ text: '2023年全市卫生健康工作会议上的讲话\n救治新冠肺炎患者', flagged: '新冠肺炎' }],
    pass: [{ text: '2022年全市疫情防控工作会议上的讲话\n救治新冠肺炎患者' }, { text: '讲话\n救治新冠肺炎患者\n（2021年3月2日）' }],
  },
  when: {
    read: (doc, ctx) => documentDate(doc, ctx.config.documentDate),
    applies: (t, date) => isOnOrAfter(date, t.since),
    data: (date) => ({ documentDate: `${date.year}${date.month ? '-' + date.month : ''}${date.day ? '-' + date.day : ''}`, dateSource: date.source }),
  },
  // Not safe (the entries say so): whether the document's date is right is for the drafter to judge.
  message: (t, matched) =>
    t.to ? l10n.t('"{0}" is outdated since {1} ({2}): now "{3}".', matched, t.sinceText, t.source, t.to) : l10n.t('"{0}": {1} ({2}, since {3}).', matched, l10n.t(t.note ?? ''), t.source, t.sinceText),
});
