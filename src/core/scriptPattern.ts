/**
 * Patterns written in simplified Chinese that also match traditional text, without converting
 * the text first: each Han character of a pattern stands for itself and for every traditional
 * character that OpenCC's character table maps to it (书 → [书書]). A pattern rewritten so
 * matches a line exactly where the original pattern matches the line's simplified form
 * (toSimplifiedChars), at the same offsets, because that conversion is one character for one.
 */
import { tsCharacterMap } from './script';

let variants: Map<string, string> | undefined;

/** Simplified character → its traditional forms (one UTF-16 unit each). */
function variantMap(): Map<string, string> {
  if (!variants) {
    const m = new Map<string, string>();
    for (const [from, to] of tsCharacterMap()) {
      if (from.length !== 1 || to.length !== 1) continue;
      m.set(to, (m.get(to) ?? '') + from);
    }
    variants = m;
  }
  return variants;
}

const HAN_CHAR = /\p{Script=Han}/u;

/** The source of a `u`-mode pattern with each Han character widened to its traditional forms. */
export function bothScriptsSource(source: string): string {
  const v = variantMap();
  let out = '';
  let inClass = false;
  let classExtra = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // An escape: \p{…}, \u{…}, \k<…> run to their closing bracket; others are two characters.
      const n = source[i + 1];
      let j = i + 2;
      if ((n === 'p' || n === 'P' || n === 'u') && source[j] === '{') j = source.indexOf('}', j) + 1;
      else if (n === 'k' && source[j] === '<') j = source.indexOf('>', j) + 1;
      else if (n === 'u') j = i + 6;
      else if (n === 'x') j = i + 4;
      out += source.slice(i, j);
      i = j - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        out += classExtra + ']';
        inClass = false;
        classExtra = '';
        continue;
      }
      out += c;
      if (HAN_CHAR.test(c)) classExtra += v.get(c) ?? '';
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A negated class keeps its ^ first.
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group: copy its name as it is.
      const j = source.indexOf('>', i) + 1;
      out += source.slice(i, j);
      i = j - 1;
      continue;
    }
    const alt = HAN_CHAR.test(c) ? v.get(c) : undefined;
    out += alt ? `[${c}${alt}]` : c;
  }
  return out;
}

/** `re` widened to traditional characters (same flags; the `u` flag is required). */
export function bothScripts(re: RegExp): RegExp {
  if (!re.unicode) throw new Error(`bothScripts needs a u-flag pattern: ${re.source}`);
  return new RegExp(bothScriptsSource(re.source), re.flags);
}

/** `chars` with the traditional forms of its Han characters added. */
export function bothScriptsChars(chars: string): string {
  const v = variantMap();
  let out = chars;
  for (const c of chars) out += v.get(c) ?? '';
  return out;
}

let codes: Uint16Array | undefined;

/** BMP table: code unit → code unit of its simplified form (itself when it has none). */
export function simplifiedCodes(): Uint16Array {
  if (!codes) {
    codes = new Uint16Array(0x10000);
    for (let i = 0; i < 0x10000; i++) codes[i] = i;
    for (const [from, to] of tsCharacterMap()) if (from.length === 1 && to.length === 1) codes[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return codes;
}
