/**
 * What a quotation is compared on: letters and digits only (punctuation, spaces and line breaks
 * dropped), full-width Latin letters and digits folded to ASCII, ASCII letters lower-cased. One
 * lookup table over the BMP decides each code unit, so normalizing is one linear pass.
 */

/** 1 for code units that count (letters, digits, surrogates of astral characters), 0 otherwise. */
const KEEP = new Uint8Array(0x10000);
/** The folded code unit (identity except full-width ASCII and upper-case ASCII). */
const FOLD = new Uint16Array(0x10000);
{
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    FOLD[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) KEEP[c] = 1;
    else if (re.test(String.fromCharCode(c))) KEEP[c] = 1;
  }
  for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
  for (let c = 0xff21; c <= 0xff3a; c++) FOLD[c] = c - 0xfee0 + 32;
}

/** Whether the code unit counts when comparing texts. */
export function keeps(code: number): boolean {
  return KEEP[code] === 1;
}

/** The code unit as compared. */
export function fold(code: number): number {
  return FOLD[code];
}

export interface Normalized {
  /** The kept, folded characters. */
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly offsets: Int32Array;
}

/** Normalize `text` (or its slice [from, to)) keeping where each kept character came from. */
export function normalize(text: string, from = 0, to = text.length): Normalized {
  const offsets = new Int32Array(Math.max(0, to - from));
  const codes: number[] = [];
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (KEEP[c] === 1) {
      codes.push(FOLD[c]);
      offsets[n++] = i;
    }
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text: out, offsets: offsets.subarray(0, n) };
}
