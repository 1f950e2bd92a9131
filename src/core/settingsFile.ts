/**
 * `.speechdrafter.json` as VS Code reads its own settings files (jsonc-parser): comments, trailing
 * commas and a BOM are fine; anything else wrong is one message that says where and what. The
 * CLI and the extension both read the file through here.
 */
import * as l10n from '@vscode/l10n';
import { applyEdits as applyJsonEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SettingsLayer } from './config';
import { LineIndex } from './document';
import type { ConfigProblem } from './types';

/** jsonc-parser's error codes in words. */
const PARSE_ERRORS: Readonly<Record<string, () => string>> = {
  PropertyNameExpected: () => l10n.t('a property name in double quotes is expected'),
  ValueExpected: () => l10n.t('a value is expected'),
  ColonExpected: () => l10n.t('a colon is expected'),
  CommaExpected: () => l10n.t('a comma is expected'),
  CloseBraceExpected: () => l10n.t('a closing brace is expected'),
  CloseBracketExpected: () => l10n.t('a closing bracket is expected'),
  EndOfFileExpected: () => l10n.t('text after the end of the settings'),
  UnexpectedEndOfComment: () => l10n.t('a comment is not closed'),
  UnexpectedEndOfString: () => l10n.t('a string is not closed'),
  InvalidEscapeCharacter: () => l10n.t('a backslash escape is not valid'),
  InvalidUnicode: () => l10n.t('a backslash escape is not valid'),
};

function what(code: string): string {
  return Object.hasOwn(PARSE_ERRORS, code) ? PARSE_ERRORS[code]() : l10n.t('an unexpected character');
}

export interface SettingsFileResult {
  /** The layer to apply; absent when the file is ignored. */
  readonly layer?: SettingsLayer;
  readonly problems: ConfigProblem[];
}

/**
 * Parse the text of a settings file named `source` (as the user knows it). A file that is not
 * valid is ignored as a whole, with a problem naming the line and column; the other layers apply.
 */
export function parseSettingsFile(text: string, source: string): SettingsFileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { layer: { source, settings: {} }, problems: [] };
  const errors: ParseError[] = [];
  const value: unknown = parse(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length) {
    const e = errors[0];
    const at = new LineIndex(body).positionAt(e.offset);
    return {
      problems: [
        {
          source,
          message: l10n.t(
            'not valid JSON at line {0}, column {1} ({2}); the file is ignored until it is fixed, the other settings apply.',
            at.line + 1,
            at.character + 1,
            what(printParseErrorCode(e.error)),
          ),
        },
      ],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ source, message: l10n.t('the file must hold one JSON object ({ … }); it is ignored, the other settings apply.') }] };
  }
  return { layer: { source, settings: value }, problems: [] };
}

/**
 * The text of a settings file with `value` set at `path` (e.g. ['allow']), keeping its comments
 * and layout; undefined when the file is not valid (nothing should be written then).
 */
export function setInSettingsFile(text: string, path: ReadonlyArray<string | number>, value: unknown): string | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const current: unknown = body.trim() ? parse(body, errors, { allowTrailingComma: true }) : {};
  if (errors.length || typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
  const base = body.trim() ? body : '{}\n';
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  return bom + applyJsonEdits(base, modify(base, [...path], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }));
}
