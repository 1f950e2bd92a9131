/**
 * Building the fixes a rule offers. A fix is one undoable edit of the flagged text; these
 * helpers give it its localized title, so rules do not spell out "Change to …" each time.
 *
 *   replace({ start, end }, '截至', { safe: true })   → title 改为“截至”
 *   remove({ start, end }, { title: l10n.t('Remove "{0}"', mark) })
 *   insert(offset, '，')                              → title 插入“，”
 *   fix(title, [edit, edit], { safe: true })           → several edits applied together
 *
 * `safe` (default false): applied by "fix all", `speech-drafter fix` and `source.fixAll` without
 * a person looking; only for fixes that change nothing but what was flagged and need no
 * judgement. `preferred` (default true): the fix VS Code offers first. `title` overrides the
 * default title (pass a title localized once when a rule makes thousands of fixes).
 */
import * as l10n from '@vscode/l10n';
import type { RawFinding } from './rule';
import type { Fix, TextEdit } from './types';

export interface FixRange {
  readonly start: number;
  readonly end: number;
}

export interface FixOptions {
  readonly safe?: boolean;
  readonly preferred?: boolean;
  readonly title?: string;
}

/** A fix of several edits, applied together as one undoable edit. */
export function fix(title: string, edits: readonly TextEdit[], options: Omit<FixOptions, 'title'> = {}): Fix {
  const safe = options.safe ?? false;
  return options.preferred === false ? { title, edits, safe } : { title, edits, safe, preferred: true };
}

/** Replaces the range by `newText`; titled "Change to "{newText}"". */
export function replace(range: FixRange, newText: string, options: FixOptions = {}): Fix {
  return fix(options.title ?? l10n.t('Change to "{0}"', newText), [{ start: range.start, end: range.end, newText }], options);
}

/** Removes the range; titled "Remove" unless a title says what goes. */
export function remove(range: FixRange, options: FixOptions = {}): Fix {
  return fix(options.title ?? l10n.t('Remove'), [{ start: range.start, end: range.end, newText: '' }], options);
}

/** Inserts `text` at `offset`; titled "Insert "{text}"". */
export function insert(offset: number, text: string, options: FixOptions = {}): Fix {
  return fix(options.title ?? l10n.t('Insert "{0}"', text), [{ start: offset, end: offset, newText: text }], options);
}

const localized = new Map<string, string>();
/**
 * A localized text made once and kept under `key` (prefix it with the rule id), for the messages
 * and titles of rules that report thousands of findings (the adapters set the language before
 * the first check and keep it).
 */
export function localizedOnce(key: string, make: () => string): string {
  let t = localized.get(key);
  if (t === undefined) localized.set(key, (t = make()));
  return t;
}

/** Fixes with every edit moved by `delta` (field by field: copying by spread is slow on objects of many shapes). */
export function shiftedFixes(fixes: readonly Fix[], delta: number): Fix[] {
  return fixes.map((f) => {
    const edits = f.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, newText: e.newText }));
    return f.preferred === undefined ? { title: f.title, edits, safe: f.safe } : { title: f.title, edits, safe: f.safe, preferred: f.preferred };
  });
}

/**
 * A finding moved by `delta` with its fixes, e.g. from line-relative to document offsets when a
 * document rule keeps per-line results (ctx.lineMemo).
 */
export function shifted(f: RawFinding, delta: number): RawFinding {
  const out: { -readonly [K in keyof RawFinding]: RawFinding[K] } = { start: f.start + delta, end: f.end + delta, message: f.message };
  if (f.fixes !== undefined) out.fixes = shiftedFixes(f.fixes, delta);
  if (f.data !== undefined) out.data = f.data;
  if (f.severity !== undefined) out.severity = f.severity;
  if (f.exclusive !== undefined) out.exclusive = f.exclusive;
  return out;
}
