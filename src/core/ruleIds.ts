/**
 * Rule ids the adapters refer to by name, and the typed facts some findings carry. A rule id is
 * the diagnostic's `code` and the settings key: it never changes (test/unit/architecture.test.ts
 * checks that each constant names a rule).
 */
import type { Finding } from './types';

export const RULE = {
  placeholder: 'placeholder',
  webBoilerplate: 'web-boilerplate',
  traditionalChar: 'traditional-char',
  lookalikeChar: 'lookalike-char',
  pinyinAnnotation: 'pinyin-annotation',
  halfwidthPunctuation: 'halfwidth-punctuation',
  punctuationUsage: 'punctuation-usage',
  pairedMarks: 'paired-marks',
  brokenLine: 'broken-line',
  numberFormat: 'number-format',
  numbering: 'numbering',
  announcedCount: 'announced-count',
  repeatedWord: 'repeated-word',
  confusedWord: 'confused-word',
  outdatedTerm: 'outdated-term',
  formulationMembers: 'formulation-members',
  quotation: 'quotation',
} as const;

export type KnownRuleId = (typeof RULE)[keyof typeof RULE];

/** What a `placeholder` finding says about itself. */
export interface PlaceholderData {
  /** The placeholder as written, e.g. XX书记. */
  readonly placeholder: string;
  /** What it stands for: name, place, date, number … */
  readonly missing: string;
  /** Placeholders with the same key are filled in together ("fill in all XX书记"). */
  readonly key: string;
}

/** The placeholder facts of a finding, or undefined when it is not a placeholder finding. */
export function placeholderData(f: Finding): PlaceholderData | undefined {
  if (f.rule !== RULE.placeholder || !f.data) return undefined;
  const { placeholder, missing, key } = f.data;
  return { placeholder: String(placeholder ?? ''), missing: String(missing ?? ''), key: String(key ?? placeholder ?? '') };
}

/** The findings of one rule. */
export function findingsOf(findings: readonly Finding[], rule: KnownRuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
