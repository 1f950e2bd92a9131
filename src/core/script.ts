/**
 * Traditional → simplified at the level of single characters, from OpenCC's TSCharacters
 * dictionary (opencc-js). Length-preserving: only mappings between characters of the same UTF-16
 * length are kept, so offsets found on the converted text are valid on the original. Used to
 * match simplified patterns against text pasted in traditional characters.
 */
// The traditional → simplified build only (about 110 KB): activation stays light.
import * as OpenCC from 'opencc-js/t2cn';
import { lastAtOrBefore } from './sorted';

let charMap: Map<string, string> | undefined;

/** OpenCC's single-character traditional → simplified table (first candidate of each entry). */
export function tsCharacterMap(): ReadonlyMap<string, string> {
  if (!charMap) {
    const map = new Map<string, string>();
    const groups = OpenCC.Locale.to.cn;
    // Locale.to.cn = [[TSPhrases, TSCharacters]]; the character table is the entry whose keys are single characters.
    for (const group of groups) {
      for (const dict of group) {
        if (typeof dict !== 'string') continue;
        for (const entry of dict.split('|')) {
          const [from, to] = entry.split(' ');
          if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
          if (from.length === to.length && from !== to && !map.has(from)) map.set(from, to);
        }
      }
    }
    charMap = map;
  }
  return charMap;
}

let table: Uint16Array | undefined;

/** BMP lookup table: code unit of a traditional character → code unit of its simplified form (0: none). */
function bmpTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (const [from, to] of tsCharacterMap()) {
      if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
    }
  }
  return table;
}

/** Code unit → code unit of its simplified form (0: none, or not a traditional character): for scans that must not allocate. */
export function simplifiedUnits(): Uint16Array {
  return bmpTable();
}

const utf16 = new TextDecoder('utf-16le');

/** Converted lines, since several rules convert the same line: bounded (entries and characters), emptied when full. */
const converted = new Map<string, string>();
const CONVERTED_MAX = 4096;
const CONVERTED_MAX_CHARS = 1 << 22;
let convertedChars = 0;

/** Replace each traditional character that has a one-character simplified form; same length out. */
export function toSimplifiedChars(text: string): string {
  const t = bmpTable();
  const n = text.length;
  let i = 0;
  // Fast path: most lines have no traditional character at all.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && t[c] !== 0) break;
  }
  if (i === n) return text;
  const known = converted.get(text);
  if (known !== undefined) return known;
  const units = new Uint16Array(n);
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(j);
    units[j] = c >= 0x3400 && t[c] !== 0 ? t[c] : c;
  }
  const out = utf16.decode(units);
  if (converted.size >= CONVERTED_MAX || convertedChars + n > CONVERTED_MAX_CHARS) {
    converted.clear();
    convertedChars = 0;
  }
  if (n <= CONVERTED_MAX_CHARS >> 4) {
    converted.set(text, out);
    convertedChars += n;
  }
  return out;
}

/** Text normalized for matching, with a map back to the original offsets. */
export interface MatchView {
  readonly text: string;
  /** Offset in the original text of offset `i` of the normalized text (i may equal text.length). */
  toOriginal(i: number): number;
}

/** A pinyin syllable with a tone mark in brackets right after a Han character: 區(qū), 會（huì）. */
const TONED_PINYIN = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;

/**
 * Simplified characters and no pinyin annotations, for matching patterns written in simplified
 * Chinese against pasted text. Offsets map back through `toOriginal`.
 */
export function matchView(text: string): MatchView {
  const simplified = toSimplifiedChars(text);
  if (!simplified.includes('(') && !simplified.includes('（')) return { text: simplified, toOriginal: (i) => i };
  TONED_PINYIN.lastIndex = 0;
  if (!TONED_PINYIN.test(simplified)) return { text: simplified, toOriginal: (i) => i };
  // Kept segments: [normalizedStart, originalStart] pairs.
  const starts: number[] = [0];
  const origins: number[] = [0];
  let out = '';
  let pos = 0;
  TONED_PINYIN.lastIndex = 0;
  for (let m = TONED_PINYIN.exec(simplified); m; m = TONED_PINYIN.exec(simplified)) {
    out += simplified.slice(pos, m.index);
    pos = m.index + m[0].length;
    starts.push(out.length);
    origins.push(pos);
  }
  out += simplified.slice(pos);
  return {
    text: out,
    toOriginal(i: number): number {
      const k = lastAtOrBefore(starts, i);
      return origins[k] + (i - starts[k]);
    },
  };
}

let converter: OpenCC.ConverterFunction | undefined;

/**
 * Traditional → simplified with OpenCC's phrase tables (so 乾坤 and 显著 stay as they are while
 * 乾淨 becomes 干净). In a text written in traditional characters, 著 is also read as the
 * particle 着 (帶著 → 带着), except in the words of zhù (著名, 显著). Built on first use.
 */
export function convertToSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  const converted = converter(text);
  return converted.includes('著') && traditionalText(text) ? particleZhe(converted) : converted;
}

/**
 * Words in which 著 is zhù and stays 著 in simplified text (著名, 显著, 名著 …), by the character
 * after it and the character before it. Elsewhere in a traditional text, 著 is the particle and
 * the verb complement zhe/zhuó, simplified 着 (帶著 → 带着, 穿著 → 穿着, 執著 → 执着).
 */
const ZHU_AFTER = new Set([...'名作称述者书录有译']);
const ZHU_BEFORE = new Set([...'显昭卓名原巨专论编合译遗拙新土撰大宏旧']);

/** 著 → 着 in simplified text converted from a traditional one, except in the words of zhù. */
function particleZhe(converted: string): string {
  if (!converted.includes('著')) return converted;
  let out = '';
  let from = 0;
  for (let i = converted.indexOf('著'); i >= 0; i = converted.indexOf('著', i + 1)) {
    if (ZHU_AFTER.has(converted[i + 1]) || ZHU_BEFORE.has(converted[i - 1])) continue;
    out += converted.slice(from, i) + '着';
    from = i + 1;
  }
  return out + converted.slice(from);
}

/** A text written in traditional characters (a fifth of its Han characters or more). */
function traditionalText(text: string): boolean {
  const { han, traditional } = countTraditional(text);
  return traditional > 0 && traditional * 5 >= han;
}

/**
 * Han characters of a text (CJK blocks of the BMP, a surrogate pair as one) and how many of them
 * OpenCC's character table converts: one counting pass, no allocation.
 */
export function countTraditional(text: string): { han: number; traditional: number } {
  const k = hanKinds();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const v = k[text.charCodeAt(i)];
    han += v & 1;
    traditional += v >> 1;
  }
  return { han, traditional };
}

let kinds: Uint8Array | undefined;

/** Per BMP code unit: 1 a Han character (a surrogate half of the supplementary Han planes counts once), 3 one the table converts, 0 anything else. */
function hanKinds(): Uint8Array {
  if (!kinds) {
    const t = bmpTable();
    kinds = new Uint8Array(0x10000);
    for (let c = 0x3400; c <= 0xffff; c++) {
      if (c <= 0x9fff || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) kinds[c] = t[c] !== 0 ? 3 : 1;
    }
  }
  return kinds;
}

