/** Character classes shared by rules (regular-expression source fragments, for the `u` flag). */

/** A Han character. */
export const HAN = '\\p{Script=Han}';
/** Full-width (CJK) punctuation that ends or separates Chinese phrases. */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—～·';
/** Letters that stand for an unknown digit or name in templates: X x Ｘ ｘ × ✕ ╳. */
export const X_CHARS = 'XxＸｘ×✕╳';

const HAN_RE = /\p{Script=Han}/u;
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

/** Whether a BMP code unit is a Han character (Unicode Script=Han in the BMP). */
export function isHanUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfa6d) ||
    (c >= 0xfa70 && c <= 0xfad9) ||
    (c >= 0x2e80 && c <= 0x2fd5 && c !== 0x2e9a && !(c >= 0x2ef4 && c <= 0x2eff)) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b)
  );
}

/**
 * Whether a line is mostly Chinese: at least one Han character and more Han than ASCII letters
 * (counted in UTF-16 units, an astral Han character as two). One pass, no match objects.
 */
export function isChineseText(s: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const l = c | 0x20;
      if (l >= 97 && l <= 122) latin++;
    } else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (HAN_RE.test(s.slice(i, i + 2))) han += 2;
      i++;
    } else if (isHanUnit(c)) han++;
  }
  return han > 0 && han * 2 >= latin;
}

/** Whether a code unit is white space as String.prototype.trim and `\s` have it (the common ones first). */
export function isSpaceUnit(c: number): boolean {
  return c === 32 || c === 0x3000 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** Whether a text is empty or white space only (as `text.trim() === ''`, without making a string). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A membership table of BMP code units (one byte per unit): `table[text.charCodeAt(i)]` is 1 for
 * the given characters. Pre-tests that read every unit of a line use it instead of a Set, whose
 * look-up costs several times more.
 */
export function unitTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}
