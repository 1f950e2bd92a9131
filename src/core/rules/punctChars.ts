/**
 * Character tests shared by the punctuation and line-break rules. They look at one UTF-16 code
 * unit, so callers never build substrings or run a regular expression per character.
 */

/** Full-width marks of Chinese text (GB/T 15834), including brackets, quotes and dashes. */
const CJK_MARKS = new Set('，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·');

/** A Han character (BMP blocks, or either half of a surrogate pair: the supplementary Han planes). */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd8bf) ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

/** Full-width marks of Chinese text, as code units. */
const CJK_MARK_CODES = new Set([...CJK_MARKS].map((c) => c.charCodeAt(0)));

/**
 * The same tests on the code unit at `i` of `text` (false out of range): no one-character
 * string is made, which for a Han character would be a new string each time.
 */
export function hanAt(text: string, i: number): boolean {
  return isHanCode(text.charCodeAt(i));
}
export function cjkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isHanCode(c) || CJK_MARK_CODES.has(c);
}
export function latinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
export function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
export function latinOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/** A Han character or a full-width Chinese mark. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && (isHanCode(ch.charCodeAt(0)) || CJK_MARKS.has(ch));
}

export function isCjkMark(ch: string | undefined): boolean {
  return ch !== undefined && CJK_MARKS.has(ch);
}

export function isLatinOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A Latin letter, accented ones (pinyin, names) included. */
export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Index of the nearest non-space character before `i`, or -1. */
export function prevIndex(text: string, i: number): number {
  let j = i - 1;
  for (let c = text.charCodeAt(j); j >= 0 && (c === 32 || c === 9 || c === 0x3000); c = text.charCodeAt(--j));
  return j;
}

/** Index of the nearest non-space character after `i`, or text.length. */
export function nextIndex(text: string, i: number): number {
  let j = i + 1;
  for (let c = text.charCodeAt(j); j < text.length && (c === 32 || c === 9 || c === 0x3000); c = text.charCodeAt(++j));
  return j;
}
