/**
 * The rule contract. A rule is either a line rule (a pure function of one prose line, so the
 * engine can cache its findings by the line's text) or a document rule (sees the whole
 * document: structure, cross-line context). Offsets a line rule returns are line-relative.
 */
import type { LanguageId, Line, SourceDocument } from './document';
import type { ResolvedConfig } from './config';
import type { Fix, RuleId, Severity } from './types';
import type { ReferenceIndex } from './quotation/referenceIndex';

/** Optional services an adapter gives the analyzer (rules that need none ignore them). */
export interface AnalyzerServices {
  /** The reference documents quotations are checked against (rule `quotation`). */
  readonly references?: ReferenceIndex;
}

/** What a rule reports; the engine adds the severity from the configuration. */
export interface RawFinding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly data?: Readonly<Record<string, string | number | boolean>>;
  /** Overrides the rule's level for this finding (e.g. a soft hint within a rule). */
  readonly severity?: Severity;
  /**
   * The range is not speech text (a website block): findings of other rules inside it are not
   * reported, since removing the block fixes them.
   */
  readonly exclusive?: boolean;
}

export interface RuleContext {
  readonly config: ResolvedConfig;
  readonly languageId: LanguageId;
  /**
   * For document rules: a per-line computation that depends only on the line's text, memoized
   * across runs on the same document (so a keystroke recomputes it for the edited line only).
   * `namespace` keeps rules apart (use the rule id).
   */
  lineMemo<T>(namespace: string, lineText: string, compute: () => T): T;
  readonly services?: AnalyzerServices;
}

export interface LineContext extends Omit<RuleContext, 'lineMemo'> {
  /** Sorted line-relative ranges that are markup, code, URLs or e-mail addresses. */
  readonly masked: ReadonlyArray<readonly [number, number]>;
}

/**
 * A must-flag / must-not-flag example, run by the unit tests (test/unit/ruleExamples.test.ts).
 * The one shape for rules and for the entries of data tables. The optional fields pin down
 * what a user would see, as textlint-tester does: which text is flagged, how many findings,
 * the (English) message and the text after every safe fix.
 */
export interface RuleExample {
  readonly text: string;
  /** For must-flag examples: the flagged text, if the example pins it down. */
  readonly flagged?: string;
  /** For must-flag examples: the number of findings of the rule, if the example pins it down. */
  readonly count?: number;
  /** For must-flag examples: the message of the finding (of the one over `flagged` when given). */
  readonly message?: string;
  /** For must-flag examples with a safe fix: the text after applying every safe fix. */
  readonly fixed?: string;
  readonly languageId?: LanguageId;
}

/** Must-flag and must-not-flag examples, of a rule or of one entry of a data table. */
export interface RuleExamples {
  readonly flag: readonly RuleExample[];
  readonly pass: readonly RuleExample[];
}

interface RuleBase {
  readonly id: RuleId;
  /** Level used when the configuration says nothing. */
  readonly defaultLevel: Severity | 'off';
  /** English one-line description (the CLI's `rules` listing and the README table). */
  readonly description: string;
  readonly examples: RuleExamples;
  /** Services the examples run with (e.g. reference documents), when the rule needs some. */
  readonly exampleServices?: () => AnalyzerServices;
}

export interface LineRule extends RuleBase {
  readonly scope: 'line';
  /**
   * The findings of one line, line-relative. They are the engine's once returned: made afresh on
   * every call (never kept or shared between findings), since the engine moves their fixes'
   * edits to document offsets in place rather than copying them.
   */
  checkLine(text: string, ctx: LineContext): RawFinding[];
}

export interface DocumentRule extends RuleBase {
  readonly scope: 'document';
  checkDocument(doc: SourceDocument, ctx: RuleContext): RawFinding[];
}

export type Rule = LineRule | DocumentRule;

/** Lines that document rules usually look at. */
export function proseLines(doc: SourceDocument): Line[] {
  return doc.lines.filter((l) => l.zone === 'prose');
}
