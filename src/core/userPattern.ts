/**
 * Patterns users write in their settings (placeholderPatterns), run under RE2 semantics with
 * re2js: matching time is linear in the text whatever the pattern, so no setting can hang the
 * editor or the CLI. Patterns RE2 cannot run (lookbehind, backreferences) and patterns that can
 * match empty text are rejected when the settings are read, with a message naming the pattern.
 */
import * as l10n from '@vscode/l10n';
import { RE2JS } from 're2js';

/** A compiled user pattern: `matches` yields each non-empty match as [start, end) UTF-16 offsets. */
export interface UserPattern {
  /** The pattern as the user wrote it. */
  readonly source: string;
  matches(text: string): Iterable<readonly [number, number]>;
}

/** Texts on which a pattern that can match empty text shows it (at a start, an end, a word edge). */
const EMPTY_PROBES = ['', 'a', ' ', '中', 'a b', '中文 text', '1'];

/** Compile `source`, or say why it cannot be used. */
export function compileUserPattern(source: string): { pattern: UserPattern } | { problem: string } {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    return { problem: l10n.t('"{0}" cannot be used as a pattern ({1}); it is ignored, the other settings still apply.', source, (e as Error).message) };
  }
  for (const probe of EMPTY_PROBES) {
    const m = re.matcher(probe);
    for (let from = 0; from <= probe.length && m.find(from); from = m.end() + 1) {
      if (m.end() === m.start()) {
        return { problem: l10n.t('"{0}" can match empty text, which would flag nothing; it is ignored, the other settings still apply.', source) };
      }
    }
  }
  return {
    pattern: {
      source,
      *matches(text: string) {
        const m = re.matcher(text);
        let from = 0;
        while (from <= text.length && m.find(from)) {
          const start = m.start();
          const end = m.end();
          if (end > start) {
            yield [start, end] as const;
            from = end;
          } else {
            // Cannot happen for an accepted pattern; step over a whole character all the same.
            const c = text.charCodeAt(start);
            from = start + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
          }
        }
      },
    },
  };
}
