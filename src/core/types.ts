/**
 * Public types of the Speech Drafter engine. This module, like everything under src/core,
 * never imports `vscode`: the extension, the CLI and the tests are thin adapters over it.
 */

/** Stable rule identifiers. A diagnostic's `code` is its rule id; never rename one. */
export type RuleId = string;

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Per-rule setting: `off`, or the severity findings are reported with. */
export type RuleLevel = 'off' | Severity;

/** A replacement of the UTF-16 range [start, end) of the analyzed text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  /** Localized, shown as the quick fix title. */
  readonly title: string;
  /** Applied together as one undoable edit; never overlapping. */
  readonly edits: readonly TextEdit[];
  /**
   * Safe fixes change nothing but what was flagged and need no judgement: they are applied by
   * "fix all", the one-step clean-up, `speech-drafter fix` and `source.fixAll`.
   */
  readonly safe: boolean;
  /** The fix VS Code should offer first (and apply with "auto fix"). */
  readonly preferred?: boolean;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Localized message. */
  readonly message: string;
  /** UTF-16 offsets into the analyzed text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly fixes: readonly Fix[];
  /** Rule-specific facts adapters may use (e.g. the placeholder text, what it stands for). */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

/** A problem with the configuration; reported to the user, never thrown. */
export interface ConfigProblem {
  /** Which settings layer: "settings" for the editor's settings, or a file path. */
  readonly source: string;
  /** The offending key inside that layer, e.g. `placeholderPatterns[2]`; absent for the whole layer. */
  readonly key?: string;
  readonly message: string;
}
