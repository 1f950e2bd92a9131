/**
 * What a fix-all changes, in words a drafter reads: removals first, with the removed text of any
 * removal over 20 characters, then the other kinds of change with their counts. One report for
 * every adapter (the clean-up command's confirmation and summary, `speech-drafter fix`).
 *
 * Counts are those of the findings the document showed before (as the Problems panel and
 * `speech-drafter check` list them); what appears only after the first fixes (a mark that becomes
 * checkable once the text beside it changed) is counted apart.
 */
import * as l10n from '@vscode/l10n';
import { fixAllSafe, planSafeFixes, type FixAllResult } from './fixes';
import type { Finding, RuleId } from './types';

/** The kinds of change a drafter tells apart; several rules can make the same kind. */
export type FixKind =
  | 'website'
  | 'pinyin'
  | 'repeated'
  | 'punctuation'
  | 'wrong-word'
  | 'traditional'
  | 'lookalike'
  | 'number'
  | 'broken-line'
  | 'outdated'
  | 'numbering'
  | 'other';

const KIND_OF_RULE: Readonly<Record<string, FixKind>> = {
  'web-boilerplate': 'website',
  'pinyin-annotation': 'pinyin',
  'repeated-word': 'repeated',
  'halfwidth-punctuation': 'punctuation',
  'punctuation-usage': 'punctuation',
  'paired-marks': 'punctuation',
  'confused-word': 'wrong-word',
  'traditional-char': 'traditional',
  'lookalike-char': 'lookalike',
  'number-format': 'number',
  'broken-line': 'broken-line',
  'outdated-term': 'outdated',
  numbering: 'numbering',
};

/** Kinds that delete text, listed first. */
const REMOVALS: ReadonlySet<FixKind> = new Set(['website', 'pinyin', 'repeated']);

/** Removals longer than this many characters are quoted in the report. */
export const QUOTED_REMOVAL_MIN = 20;
/** At most this many removed passages are quoted per kind. */
const MAX_QUOTED = 5;
/** Characters of a removed passage shown before the ellipsis. */
const QUOTE_HEAD = 8;

export function fixKindOf(rule: RuleId): FixKind {
  return KIND_OF_RULE[rule] ?? 'other';
}

export interface FixReportItem {
  readonly kind: FixKind;
  /** Findings of this kind in the document as it was, now fixed. */
  readonly count: number;
  /** Further fixes of this kind, for problems that appeared only after earlier fixes. */
  readonly later: number;
  /** Removed passages over QUOTED_REMOVAL_MIN characters (whitespace trimmed), in text order. */
  readonly removed: readonly string[];
}

export interface FixReport extends FixAllResult {
  /** Removals first, then by count, largest first. */
  readonly items: readonly FixReportItem[];
  /** Every change counted in `items` (count + later). */
  readonly total: number;
}

function chars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * fixAllSafe with a report of what it changed. `analyze` is called on the text of each pass, as
 * by fixAllSafe; the report is built from the findings each pass fixed.
 */
export function fixAllReported(text: string, analyze: (text: string) => readonly Finding[], rules?: ReadonlySet<RuleId>): FixReport {
  const passes: Array<{ text: string; findings: readonly Finding[] }> = [];
  const result = fixAllSafe(
    text,
    (t) => {
      const findings = analyze(t);
      passes.push({ text: t, findings });
      return findings;
    },
    rules,
  );
  // Before: the findings with a safe fix that the document showed, per rule.
  const before = new Map<RuleId, number>();
  for (const f of passes[0]?.findings ?? []) {
    if ((!rules || rules.has(f.rule)) && f.fixes.some((x) => x.safe && x.edits.length > 0)) before.set(f.rule, (before.get(f.rule) ?? 0) + 1);
  }
  // The passages each pass removed, by kind.
  const removed = new Map<FixKind, string[]>();
  for (const pass of passes) {
    const plan = planSafeFixes(pass.findings, rules);
    if (plan.edits.length === 0) continue;
    const taken = new Set(plan.edits.map((e) => `${e.start}:${e.end}:${e.newText}`));
    for (const f of pass.findings) {
      const kind = fixKindOf(f.rule);
      if (!REMOVALS.has(kind)) continue;
      const fix = f.fixes.find((x) => x.safe);
      if (!fix || fix.edits.length === 0 || !fix.edits.every((e) => taken.has(`${e.start}:${e.end}:${e.newText}`))) continue;
      const gone = fix.edits
        .filter((e) => e.newText === '')
        .map((e) => pass.text.slice(e.start, e.end))
        .join('')
        .trim();
      if (chars(gone) > QUOTED_REMOVAL_MIN) {
        let list = removed.get(kind);
        if (!list) removed.set(kind, (list = []));
        list.push(gone);
      }
    }
  }
  const byKind = new Map<FixKind, { count: number; later: number }>();
  for (const [rule, applied] of result.counts) {
    const kind = fixKindOf(rule);
    const shown = Math.min(applied, before.get(rule) ?? 0);
    const entry = byKind.get(kind) ?? { count: 0, later: 0 };
    entry.count += shown;
    entry.later += applied - shown;
    byKind.set(kind, entry);
  }
  const items: FixReportItem[] = [...byKind].map(([kind, { count, later }]) => ({ kind, count, later, removed: removed.get(kind) ?? [] }));
  items.sort((a, b) => Number(REMOVALS.has(b.kind)) - Number(REMOVALS.has(a.kind)) || b.count + b.later - (a.count + a.later));
  const total = items.reduce((n, i) => n + i.count + i.later, 0);
  return { ...result, items, total };
}

function kindWords(kind: FixKind, n: number): string {
  const one = n === 1;
  switch (kind) {
    case 'website':
      return one ? l10n.t('1 website leftover removed') : l10n.t('{0} website leftovers removed', n);
    case 'pinyin':
      return one ? l10n.t('1 pinyin annotation removed') : l10n.t('{0} pinyin annotations removed', n);
    case 'repeated':
      return one ? l10n.t('1 repeated word removed') : l10n.t('{0} repeated words removed', n);
    case 'punctuation':
      return one ? l10n.t('1 punctuation mark') : l10n.t('{0} punctuation marks', n);
    case 'wrong-word':
      return one ? l10n.t('1 wrong word') : l10n.t('{0} wrong words', n);
    case 'traditional':
      return one ? l10n.t('1 traditional character') : l10n.t('{0} traditional characters', n);
    case 'lookalike':
      return one ? l10n.t('1 look-alike of a Chinese character') : l10n.t('{0} look-alikes of Chinese characters', n);
    case 'number':
      return one ? l10n.t('1 number format') : l10n.t('{0} number formats', n);
    case 'broken-line':
      return one ? l10n.t('1 broken line joined') : l10n.t('{0} broken lines joined', n);
    case 'outdated':
      return one ? l10n.t('1 outdated wording') : l10n.t('{0} outdated wordings', n);
    case 'numbering':
      return one ? l10n.t('1 heading number') : l10n.t('{0} heading numbers', n);
    default:
      return one ? l10n.t('1 other change') : l10n.t('{0} other changes', n);
  }
}

function quote(passage: string): string {
  const head = Array.from(passage.replace(/\s+/gu, ' ')).slice(0, QUOTE_HEAD).join('');
  return l10n.t('“{0}……”, {1} characters', head, chars(passage));
}

/** One item in words: 删除网站残留 1 处（“下面是小编为大家……”，24 字）. */
export function describeFixItem(item: FixReportItem): string {
  const details: string[] = item.removed.slice(0, MAX_QUOTED).map(quote);
  if (item.removed.length > MAX_QUOTED) details.push(l10n.t('{0} more', item.removed.length - MAX_QUOTED));
  if (item.count === 0) details.push(l10n.t('appeared after the first fixes'));
  else if (item.later === 1) details.push(l10n.t('and 1 that appeared after the first fixes'));
  else if (item.later > 1) details.push(l10n.t('and {0} that appeared after the first fixes', item.later));
  const words = kindWords(item.kind, item.count > 0 ? item.count : item.later);
  return details.length ? l10n.t('{0} ({1})', words, details.join(l10n.t('; '))) : words;
}

/** The whole report in words: "4 changes: 1 website leftover removed (…), 2 punctuation marks, 1 wrong word". */
export function describeFixReport(report: Pick<FixReport, 'items' | 'total'>): string {
  const list = report.items.map(describeFixItem).join(l10n.t(', '));
  return report.total === 1 ? l10n.t('1 change: {0}', list) : l10n.t('{0} changes: {1}', report.total, list);
}

/** What a finding is about, in a drafter's words (the kinds of the fix report, and those no safe fix changes). */
type ProblemKind = FixKind | 'placeholder' | 'count' | 'formulation' | 'quotation';

const PROBLEM_KIND_OF_RULE: Readonly<Record<string, ProblemKind>> = {
  placeholder: 'placeholder',
  'announced-count': 'count',
  'formulation-members': 'formulation',
  quotation: 'quotation',
};

function problemWords(kind: ProblemKind, n: number): string {
  const one = n === 1;
  switch (kind) {
    case 'placeholder':
      return one ? l10n.t('1 placeholder') : l10n.t('{0} placeholders', n);
    case 'website':
      return one ? l10n.t('1 website leftover') : l10n.t('{0} website leftovers', n);
    case 'pinyin':
      return one ? l10n.t('1 pinyin annotation') : l10n.t('{0} pinyin annotations', n);
    case 'repeated':
      return one ? l10n.t('1 repeated word') : l10n.t('{0} repeated words', n);
    case 'broken-line':
      return one ? l10n.t('1 broken line') : l10n.t('{0} broken lines', n);
    case 'count':
      return one ? l10n.t('1 count that does not match what follows') : l10n.t('{0} counts that do not match what follows', n);
    case 'formulation':
      return one ? l10n.t('1 formulation with altered members') : l10n.t('{0} formulations with altered members', n);
    case 'quotation':
      return one ? l10n.t('1 quotation that differs from its source') : l10n.t('{0} quotations that differ from their source', n);
    default:
      return kindWords(kind, n);
  }
}

/** The findings of a check in words, most frequent first: "7 problems: 3 placeholders, 2 punctuation marks, …". */
export function describeProblems(findings: readonly Finding[]): string {
  const counts = new Map<ProblemKind, number>();
  for (const f of findings) {
    const kind = PROBLEM_KIND_OF_RULE[f.rule] ?? fixKindOf(f.rule);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => problemWords(kind, n)).join(l10n.t(', '));
  return findings.length === 1 ? l10n.t('1 problem: {0}', list) : l10n.t('{0} problems: {1}', findings.length, list);
}
