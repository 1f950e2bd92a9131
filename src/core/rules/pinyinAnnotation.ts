/**
 * Rule `pinyin-annotation`: a character followed by its pinyin in brackets, as some sites print
 * them (區(qū), 會（huì）, 时(shi2)). The reading is checked against the character's readings
 * (pinyin-pro), so 中国(China), 表(1) or 甲(a) are never flagged. The fix removes the brackets.
 */
import * as l10n from '@vscode/l10n';
import type { LineRule, RawFinding } from '../rule';
import { overlapsAny } from '../document';
import { toSimplifiedChars } from '../script';

/** A bracketed syllable; the character before it is checked apart (the search starts at brackets, not at every character). */
const BRACKETED = /[(（]([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,6}[1-5]?)[)）]/g;
const HAN_CHAR = /^\p{Script=Han}$/u;
const TONE_MARKS: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
  ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};

/** A syllable without tone marks or tone digit, ü as v, lower case. */
function bare(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/[1-5]$/, '')
    .replace(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/g, (c) => TONE_MARKS[c] ?? c);
}

type PinyinFn = (text: string, options: { multiple: boolean; type: 'array'; toneType: 'none'; v: boolean }) => string[];
let pinyinFn: PinyinFn | undefined;

const readingsOf = new Map<string, readonly string[]>();

/** The readings of one character, without tones (pinyin-pro, loaded on first use; kept per character). */
function readings(ch: string): readonly string[] {
  let r = readingsOf.get(ch);
  if (r === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pinyinFn ??= (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
    readingsOf.set(ch, (r = pinyinFn(toSimplifiedChars(ch), { multiple: true, type: 'array', toneType: 'none', v: true })));
  }
  return r;
}

/** Message and fix title per character and annotation (a page repeats its annotated characters); bounded. */
const texts = new Map<string, { message: string; title: string }>();
function textsFor(ch: string, annotation: string, syllable: string): { message: string; title: string } {
  const key = ch + annotation;
  let t = texts.get(key);
  if (t === undefined) {
    if (texts.size >= 4096) texts.clear();
    t = { message: l10n.t('Pinyin "{0}" after "{1}" is website text.', syllable, ch), title: l10n.t('Remove "{0}"', annotation) };
    texts.set(key, t);
  }
  return t;
}

export const pinyinAnnotationRule: LineRule = {
  id: 'pinyin-annotation',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Pinyin in brackets after a character, left by websites: 區(qū), 会（huì） → the character alone.',
  examples: {
    flag: [
      { text: '在全區(qū)疫情防控會(huì)議上', flagged: '(qū)', fixed: '在全區疫情防控會議上' },
      { text: '时（shí）间', flagged: '（shí）', fixed: '时间' },
      { text: '发(fa1)布', fixed: '发布' },
    ],
    pass: [{ text: '中国(China)代表团' }, { text: '见表(1)和图(a)' }, { text: '甲(a)方和乙(b)方' }, { text: '对(lì)面' }],
  },
  checkLine(text, ctx): RawFinding[] {
    if (!text.includes('(') && !text.includes('（')) return [];
    const out: RawFinding[] = [];
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      // The character before the bracket (a surrogate pair counts as one).
      const low = text.charCodeAt(start - 1);
      const ch = low >= 0xdc00 && low <= 0xdfff ? text.slice(start - 2, start) : text.slice(start - 1, start);
      if (!HAN_CHAR.test(ch)) continue;
      const syllable = m[1];
      // A reading is all lower case (a capital means an English word) and has a vowel.
      if (syllable !== syllable.toLowerCase() || !/[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(syllable)) continue;
      if (!readings(ch).includes(bare(syllable))) continue;
      if (overlapsAny(ctx.masked, start, end)) continue;
      const { message, title } = textsFor(ch, m[0], syllable);
      out.push({ start, end, message, fixes: [{ title, edits: [{ start, end, newText: '' }], safe: true, preferred: true }] });
    }
    return out;
  },
};
