/**
 * The `substitution` rule type (as vale has it): a table of wordings to replace, each entry a
 * pattern (`from`), the wording that replaces it (`to`, or none for a hint), whether that
 * replacement is safe, and its own must-flag / must-not-flag examples. `substitutionRule` turns
 * a table into a rule:
 *
 * - one combined matcher built from the entries' patterns skips the lines no entry can match
 *   (the entries are then run one by one on the lines that pass, so overlapping entries all
 *   report, as separate checks would);
 * - a finding per match outside markup and code, with the message the rule writes and, when the
 *   entry has a `to`, a fix "Change to …" (safe only when the entry says so);
 * - with `when`, a document rule: what the document says about itself (its date) is read once
 *   and decides which entries apply; without it, a line rule (findings cached per line).
 *
 * The rule's examples are every example of every entry (mapped by `example` when the entries'
 * examples need a context, such as a date line), then the rule's own.
 */
import type { ResolvedConfig } from './config';
import { maskedRanges, overlapsAny, type SourceDocument } from './document';
import { replace } from './fix';
import type { DocumentRule, LineRule, RawFinding, RuleContext, RuleExample, RuleExamples } from './rule';
import type { RuleId, Severity } from './types';

export interface Substitution {
  readonly id: string;
  /**
   * The wording flagged, matched against one line (flags `gu`). No numbered backreferences:
   * the patterns are combined into one matcher.
   */
  readonly from: RegExp;
  /** The wording that replaces the match, or undefined when only a hint is given. */
  readonly to?: string;
  /** Replacing by `to` changes nothing but the flagged wording and needs no judgement. */
  readonly safe?: boolean;
  /** A softer level than the rule's for this entry. */
  readonly severity?: 'hint' | 'info';
  readonly flag: readonly RuleExample[];
  readonly pass: readonly RuleExample[];
}

interface SpecBase<E extends Substitution> {
  readonly id: RuleId;
  readonly defaultLevel: Severity | 'off';
  readonly description: string;
  readonly table: readonly E[];
  /** Maps each entry's example before it is run (e.g. puts a date line before it). */
  readonly example?: (ex: RuleExample) => RuleExample;
  /** The rule's own examples, after the entries'. */
  readonly examples?: Partial<RuleExamples>;
}

export interface LineSubstitutionSpec<E extends Substitution> extends SpecBase<E> {
  /** Entries the configuration adds (after the table's); keep the result per configuration. */
  readonly configured?: (config: ResolvedConfig) => readonly E[];
  message(entry: E, matched: string): string;
}

export interface DocumentSubstitutionSpec<E extends Substitution, D> extends SpecBase<E> {
  readonly when: {
    /** What the document says about itself, read once per check (on documents with a match). */
    read(doc: SourceDocument, ctx: RuleContext): D;
    applies(entry: E, about: D): boolean;
    /** Facts added to every finding. */
    data?(about: D): RawFinding['data'];
  };
  message(entry: E, matched: string, about: D): string;
}

/** One matcher that finds whether a text holds the wording of any entry. */
export function combinedMatcher(entries: readonly Pick<Substitution, 'id' | 'from'>[]): RegExp {
  for (const e of entries) if (/\\[1-9]/.test(e.from.source)) throw new Error(`substitution ${e.id}: numbered backreferences cannot be combined`);
  // Never matches when the table is empty.
  return new RegExp(entries.length ? entries.map((e) => `(?:${e.from.source})`).join('|') : '[^\\s\\S]', 'u');
}

/** Every match of the entries in one line, outside the masked ranges. */
function scan<E extends Substitution>(
  text: string,
  entries: readonly E[],
  masked: ReadonlyArray<readonly [number, number]> | (() => ReadonlyArray<readonly [number, number]>),
  emit: (entry: E, matched: string, start: number, end: number) => void,
): void {
  let ranges = typeof masked === 'function' ? undefined : masked;
  for (const e of entries) {
    e.from.lastIndex = 0;
    for (let m = e.from.exec(text); m; m = e.from.exec(text)) {
      if (m[0].length === 0) {
        e.from.lastIndex++;
        continue;
      }
      ranges ??= (masked as () => ReadonlyArray<readonly [number, number]>)();
      if (overlapsAny(ranges, m.index, m.index + m[0].length)) continue;
      emit(e, m[0], m.index, m.index + m[0].length);
    }
  }
}

function finding(entry: Substitution, start: number, end: number, message: string, data?: RawFinding['data']): RawFinding {
  return {
    start,
    end,
    severity: entry.severity,
    message,
    fixes: entry.to !== undefined ? [replace({ start, end }, entry.to, { safe: entry.safe ?? false })] : [],
    ...(data ? { data } : {}),
  };
}

function examplesOf<E extends Substitution>(spec: SpecBase<E>): RuleExamples {
  const map = spec.example ?? ((ex: RuleExample) => ex);
  return {
    flag: [...spec.table.flatMap((e) => e.flag.map(map)), ...(spec.examples?.flag ?? [])],
    pass: [...spec.table.flatMap((e) => e.pass.map(map)), ...(spec.examples?.pass ?? [])],
  };
}

export function substitutionRule<E extends Substitution>(spec: LineSubstitutionSpec<E>): LineRule;
export function substitutionRule<E extends Substitution, D>(spec: DocumentSubstitutionSpec<E, D>): DocumentRule;
export function substitutionRule<E extends Substitution, D>(spec: LineSubstitutionSpec<E> | DocumentSubstitutionSpec<E, D>): LineRule | DocumentRule {
  const base = { id: spec.id, defaultLevel: spec.defaultLevel, description: spec.description, examples: examplesOf(spec) };
  const tableMatcher = combinedMatcher(spec.table);
  if ('when' in spec) {
    const { when } = spec;
    return {
      ...base,
      scope: 'document',
      checkDocument(doc, ctx): RawFinding[] {
        // The lines that hold an entry's wording, each tested once while its text is unchanged.
        const hits = doc.lines.filter((line) => line.zone === 'prose' && line.text.length > 0 && ctx.lineMemo(spec.id, line.text, () => tableMatcher.test(line.text)));
        if (hits.length === 0) return [];
        const about = when.read(doc, ctx);
        const entries = spec.table.filter((e) => when.applies(e, about));
        if (entries.length === 0) return [];
        const data = when.data?.(about);
        const out: RawFinding[] = [];
        for (const line of hits) {
          scan(
            line.text,
            entries,
            () => maskedRanges(line.text, doc.languageId),
            (e, matched, s, end) => out.push(finding(e, line.start + s, line.start + end, spec.message(e, matched, about), data)),
          );
        }
        return out;
      },
    };
  }
  const lineSpec = spec;
  const perConfig = new WeakMap<ResolvedConfig, { entries: readonly E[]; matcher: RegExp }>();
  const entriesFor = (config: ResolvedConfig): { entries: readonly E[]; matcher: RegExp } => {
    if (!lineSpec.configured) return { entries: spec.table, matcher: tableMatcher };
    let got = perConfig.get(config);
    if (!got) {
      const added = lineSpec.configured(config);
      got = added.length ? { entries: [...spec.table, ...added], matcher: combinedMatcher([...spec.table, ...added]) } : { entries: spec.table, matcher: tableMatcher };
      perConfig.set(config, got);
    }
    return got;
  };
  return {
    ...base,
    scope: 'line',
    checkLine(text, ctx): RawFinding[] {
      const { entries, matcher } = entriesFor(ctx.config);
      if (!matcher.test(text)) return [];
      const out: RawFinding[] = [];
      scan(text, entries, ctx.masked, (e, matched, s, end) => out.push(finding(e, s, end, lineSpec.message(e, matched))));
      return out;
    },
  };
}
