/** The words a drafter reads about a quotation: its source, the differences, other wordings. */
import * as l10n from '@vscode/l10n';
import type { QuoteDifference } from './align';
import type { QuoteCheck, SourcePassage } from './check';
import type { ReferenceDocument } from './references';

/** 2022-10-16 → 2022年10月16日 (zh-cn) or 10/16/2022; a year alone stays a year. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return l10n.t('{1}/{2}/{0}', y, String(Number(m)), String(Number(d)));
  if (m) return l10n.t('{1}/{0}', y, String(Number(m)));
  return l10n.t('year {0}', y);
}

/** 《title》 (date). */
export function sourceLabel(doc: ReferenceDocument): string {
  const title = /^《.*》$/u.test(doc.title) ? doc.title : `《${doc.title}》`;
  return doc.date ? l10n.t('{0} ({1})', title, formatDate(doc.date)) : title;
}

export function describeDifference(d: QuoteDifference): string {
  switch (d.kind) {
    case 'missing':
      return l10n.t('“{0}” is missing', d.source);
    case 'extra':
      return l10n.t('“{0}” is not in the source', d.quote);
    case 'order':
      return d.quote === d.source ? l10n.t('“{0}” stands elsewhere in the source', d.quote) : l10n.t('“{0}” is in another order in the source: “{1}”', d.quote, d.source);
    default:
      return l10n.t('“{0}”: the source has “{1}”', d.quote, d.source);
  }
}

export function describeDifferences(ds: readonly QuoteDifference[]): string {
  return ds.map(describeDifference).join(l10n.t('; '));
}

/** Other wordings of the passage: "《…》 (2017) words it “…”". */
export function describeVersions(versions: readonly SourcePassage[]): string {
  return versions.map((v) => l10n.t('{0} words it “{1}”', sourceLabel(v.doc), v.text)).join(l10n.t('; '));
}

/** The warning of a quotation that differs from its source. */
export function differentMessage(check: QuoteCheck): string {
  const src = check.source!;
  let msg = l10n.t('The quotation differs from {0}: {1}.', sourceLabel(src.doc), describeDifferences(check.differences));
  if (check.versions.length) msg += ' ' + l10n.t('Other wordings: {0}.', describeVersions(check.versions));
  return msg;
}
