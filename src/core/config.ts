/**
 * Settings shared by every adapter. `SpeechDrafterSettings` is the user-facing shape: the VS Code
 * settings `speechDrafter.*` and the workspace file `.speechdrafter.json` (read by the extension
 * and the CLI) both have it. `resolveConfig` validates layers of it into a `ResolvedConfig`,
 * dropping each bad entry with a `ConfigProblem` instead of failing: a bad setting never stops
 * the checks.
 *
 * Adding a setting: add it to `SpeechDrafterSettings` and `ResolvedConfig`, validate it in
 * `resolveConfig`, declare it in package.json `contributes.configuration` (with its nls
 * description), read it in src/extension/settings.ts, and, if .speechdrafter.json may set it,
 * add it to `workspaceFileSchema()` in scripts/sync-rule-schema.ts and run `npm run sync-rules`
 * (which writes schemas/speechdrafter.schema.json; do not edit that file by hand).
 */
import * as l10n from '@vscode/l10n';
import type { ConfigProblem, RuleId, RuleLevel } from './types';
import { compileUserPattern, type UserPattern } from './userPattern';

export const CONFIG_FILE_NAME = '.speechdrafter.json';

export interface ConfusedWordSetting {
  readonly wrong: string;
  readonly right: string;
  readonly note?: string;
}

export interface SpeechDrafterSettings {
  /** Per-rule level: "off", "error", "warning", "info" or "hint". */
  rules?: Record<RuleId, RuleLevel>;
  /** Extra placeholder patterns (regular expressions in RE2 syntax: linear-time, no lookbehind or backreferences). */
  placeholderPatterns?: string[];
  /** Extra website phrases: a line containing one is flagged by web-boilerplate. */
  boilerplatePhrases?: string[];
  /** Texts never flagged, by any rule. */
  allow?: string[];
  /** Extra confused-word entries. */
  confusedWords?: ConfusedWordSetting[];
  /** Script the document is written in; the other one is flagged. */
  targetScript?: 'simplified' | 'traditional';
  /** The date the document speaks from (YYYY, YYYY-MM or YYYY-MM-DD), when the text has no date line. */
  documentDate?: string;
  /** Folders of reference documents (.txt, .md, .docx) that quotations are checked against. */
  referencePaths?: string[];
}

export interface ResolvedConfig {
  readonly levels: ReadonlyMap<RuleId, RuleLevel>;
  readonly placeholderPatterns: readonly UserPattern[];
  readonly boilerplatePhrases: readonly string[];
  readonly allow: readonly string[];
  readonly confusedWords: readonly ConfusedWordSetting[];
  readonly targetScript: 'simplified' | 'traditional';
  /** YYYY, YYYY-MM or YYYY-MM-DD, or undefined: then rules use a date line in the text, else today. */
  readonly documentDate: string | undefined;
  /** Reference folders as written (absolute, or relative to the workspace folder or the config file's folder). */
  readonly referencePaths: readonly string[];
}

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({
  levels: new Map(),
  placeholderPatterns: [],
  boilerplatePhrases: [],
  allow: [],
  confusedWords: [],
  targetScript: 'simplified',
  documentDate: undefined,
  referencePaths: [],
});

export interface SettingsLayer {
  /** Where these settings come from, for messages: "settings" or a file path. */
  readonly source: string;
  readonly settings: unknown;
}

const LEVELS: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Merge layers (later ones win for scalars and rule levels; lists are concatenated) into one
 * validated configuration. `knownRules` lets unknown rule ids be reported.
 */
export function resolveConfig(
  layers: readonly SettingsLayer[],
  knownRules: ReadonlySet<RuleId>,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const levels = new Map<RuleId, RuleLevel>();
  const placeholderPatterns: UserPattern[] = [];
  const boilerplatePhrases: string[] = [];
  const allow: string[] = [];
  const confusedWords: ConfusedWordSetting[] = [];
  let targetScript: 'simplified' | 'traditional' = 'simplified';
  let documentDate: string | undefined;
  const referencePaths: string[] = [];

  const stringList = (source: string, key: string, value: unknown, each: (s: string) => void) => {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      problems.push({ source, key: `${key}`, message: l10n.t('Expected a list of texts; the setting is ignored.') });
      return;
    }
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.length > 0) each(item);
      else problems.push({ source, key: `${key}[${i}]`, message: l10n.t('Expected a non-empty text; this entry is ignored.') });
    });
  };

  for (const { source, settings } of layers) {
    if (settings === undefined || settings === null) continue;
    if (!isRecord(settings)) {
      problems.push({ source, message: l10n.t('Expected an object of settings; these settings are ignored.') });
      continue;
    }
    const rules = settings.rules;
    if (rules !== undefined && rules !== null) {
      if (!isRecord(rules)) {
        problems.push({ source, key: `rules`, message: l10n.t('Expected an object mapping rule ids to levels; it is ignored.') });
      } else {
        for (const [id, level] of Object.entries(rules)) {
          if (!knownRules.has(id)) {
            problems.push({ source, key: `rules.${id}`, message: l10n.t('Unknown rule "{0}"; it is ignored.', id) });
          } else if (typeof level !== 'string' || !LEVELS.includes(level)) {
            problems.push({
              source, key: `rules.${id}`,
              message: l10n.t('Level must be one of off, error, warning, info, hint; "{0}" is ignored.', String(level)),
            });
          } else {
            levels.set(id, level as RuleLevel);
          }
        }
      }
    }
    stringList(source, 'placeholderPatterns', settings.placeholderPatterns, (p) => {
      const r = compileUserPattern(p);
      if ('pattern' in r) placeholderPatterns.push(r.pattern);
      else problems.push({ source, key: `placeholderPatterns`, message: r.problem });
    });
    stringList(source, 'boilerplatePhrases', settings.boilerplatePhrases, (p) => boilerplatePhrases.push(p));
    stringList(source, 'allow', settings.allow, (p) => allow.push(p));
    stringList(source, 'referencePaths', settings.referencePaths, (p) => {
      if (p.trim() && !referencePaths.includes(p)) referencePaths.push(p);
    });
    const cw = settings.confusedWords;
    if (cw !== undefined && cw !== null) {
      if (!Array.isArray(cw)) {
        problems.push({ source, key: `confusedWords`, message: l10n.t('Expected a list of {"wrong", "right"} entries; it is ignored.') });
      } else {
        cw.forEach((e, i) => {
          if (isRecord(e) && typeof e.wrong === 'string' && e.wrong && typeof e.right === 'string' && e.wrong !== e.right) {
            confusedWords.push({ wrong: e.wrong, right: e.right, note: typeof e.note === 'string' ? e.note : undefined });
          } else {
            problems.push({ source, key: `confusedWords[${i}]`, message: l10n.t('Expected {"wrong": text, "right": other text}; this entry is ignored.') });
          }
        });
      }
    }
    if (settings.targetScript !== undefined && settings.targetScript !== null) {
      if (settings.targetScript === 'simplified' || settings.targetScript === 'traditional') targetScript = settings.targetScript;
      else problems.push({ source, key: `targetScript`, message: l10n.t('Must be "simplified" or "traditional"; "{0}" is ignored.', String(settings.targetScript)) });
    }
    const dd = settings.documentDate;
    if (dd !== undefined && dd !== null && dd !== '') {
      if (typeof dd === 'string' && /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/.test(dd) && !Number.isNaN(Date.parse(dd))) documentDate = dd;
      else problems.push({ source, key: `documentDate`, message: l10n.t('Expected a date as YYYY, YYYY-MM or YYYY-MM-DD; "{0}" is ignored.', String(dd)) });
    }
  }
  return {
    config: { levels, placeholderPatterns, boilerplatePhrases, allow, confusedWords, targetScript, documentDate, referencePaths },
    problems,
  };
}
