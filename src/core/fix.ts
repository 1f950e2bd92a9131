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
