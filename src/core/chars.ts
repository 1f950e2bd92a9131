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

/** Whether a line is mostly Chinese: at least one Han character and more Han than ASCII letters. */
export function isChineseText(s: string): boolean {
  let han = 0;
  let latin = 0;
  for (const m of s.matchAll(/\p{Script=Han}+|[A-Za-z]+/gu)) {
    if (m[0].charCodeAt(0) < 128) latin += m[0].length;
    else han += m[0].length;
  }
  return han > 0 && han * 2 >= latin;
}
