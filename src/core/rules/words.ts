/** Rule `repeated-word`. */
import * as l10n from '@vscode/l10n';
import { isHanUnit } from '../chars';
import { maskedRanges, overlapsAny } from '../document';
import { shifted } from '../fix';
import type { DocumentRule, LineContext, RawFinding } from '../rule';

/** Verbs that are doubled on purpose (研究研究 = "look into it a bit"). */
const REDUPLICATED_VERBS = new Set(
  '研究 讨论 学习 商量 考虑 了解 休息 锻炼 打扫 整理 检查 调查 活动 交流 沟通 思考 比较 分析 总结 琢磨 打听 收拾 准备 介绍 体会 看看 说说 想想 走走 试试 练练 谈谈 议议 问问 听听 摸摸 查查'.split(' '),
);
const DOUBLED = /(\p{Script=Han}{2,4})\1/gu;

/** A word written twice in a row: where it starts, and the word. */
interface Doubled {
  readonly index: number;
  readonly word: string;
}

/** The doubled words of a line by the global search alone (for lines with surrogate pairs). */
function plainSearch(text: string, resume: (m: Doubled) => number): Doubled[] {
  const out: Doubled[] = [];
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const d = { index: m.index, word: m[1] };
    out.push(d);
    DOUBLED.lastIndex = resume(d);
  }
  return out;
}

/**
 * The length (4, 3 or 2) of the Han word written twice from `i`, the longest first as
 * /(\p{Script=Han}{2,4})\1/ tries them, or 0: code units compared, for lines without surrogates.
 */
function doubledAt(text: string, i: number): number {
  for (let l = 4; l >= 2; l--) {
    if (i + 2 * l > text.length) continue;
    let k = 0;
    while (k < l && isHanUnit(text.charCodeAt(i + k)) && text.charCodeAt(i + k) === text.charCodeAt(i + l + k)) k++;
    if (k === l) return l;
  }
  return 0;
}

/**
 * The doubled words of a line, as a global search with DOUBLED finds them (each search resuming
 * at `resume(match)`), but tried only where a character recurs 2 to 4 code units later, by code
 * units. Lines with surrogate pairs (where a character is two units) take the plain search.
 */
function doubledWords(text: string, resume: (m: Doubled) => number): Doubled[] {
  const out: Doubled[] = [];
  // A window of five code units slides along the line: one read per position.
  const n = text.length - 3;
  let c0 = text.charCodeAt(0);
  let c1 = text.charCodeAt(1);
  let c2 = text.charCodeAt(2);
  let c3 = text.charCodeAt(3);
  let c4 = text.charCodeAt(4);
  for (let i = 0; i < n; i++) {
    if (c0 >= 0xd800 && c0 <= 0xdfff) return plainSearch(text, resume);
    if (c0 >= 0x2e80 && (c0 === c2 || c0 === c3 || c0 === c4)) {
      const l = doubledAt(text, i);
      if (l) {
        const m = { index: i, word: text.slice(i, i + l) };
        out.push(m);
        const next = resume(m);
        // Restart the window after the run.
        i = next - 1;
        c0 = text.charCodeAt(next);
        c1 = text.charCodeAt(next + 1);
        c2 = text.charCodeAt(next + 2);
        c3 = text.charCodeAt(next + 3);
        c4 = text.charCodeAt(next + 4);
        continue;
      }
    }
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = text.charCodeAt(i + 5);
  }
  return out;
}

/**
 * Whether some 、 may have the same item of 1 to 6 characters on both sides (its last character
 * right before the 、 and l characters after it, its first character l before it and right after
 * it): a pre-test for DOUBLED_ITEM.
 */
function mayRepeatItem(text: string): boolean {
  for (let p = text.indexOf('、', 1); p >= 0; p = text.indexOf('、', p + 1)) {
    const last = text.charCodeAt(p - 1);
    const first = text.charCodeAt(p + 1);
    for (let l = 1; l <= 6 && l <= p; l++) if (text.charCodeAt(p + l) === last && text.charCodeAt(p - l) === first) return true;
  }
  return false;
}
/** A word made of Chinese numerals only: years and numbers written in characters repeat digits. */
const NUMERALS = /^[〇零一二三四五六七八九十百千万亿两]+$/u;
/** Degree adverbs whose doubled phrase is stress, not a slip (很紧很紧, 太多太多). */
const INTENSIFIERS = '很太真挺好';
/**
 * Adverbs of degree, manner and insistence that a speaker doubles for stress (逐步逐步扩大,
 * 千万千万要注意, 非常非常重要): spoken emphasis, kept in a verbatim transcript.
 */
const STRESSED_ADVERBS = new Set('逐步 逐渐 渐渐 不断 反复 始终 一直 永远 千万 务必 必须 一定 非常 特别 十分 确实 真正 实在 格外'.split(' '));
const HAN = /^\p{Script=Han}+$/u;
/**
 * Words of an office after a unit (乡镇长, 县区长, 部门负责人, 乡镇党委书记): in 各乡镇乡镇长 the
 * second copy belongs to the title (the heads of the townships), so the doubling is no slip.
 */
const OFFICE_AFTER = /^(?:长|党委|党组|党工委|书记|主任|负责人|负责同志|主要负责|分管|领导|干部|班子)/u;
/**
 * A list item repeated after a 顿号: 市、市、县. The item starts the list (after a mark or the
 * line start), or is one character in a list that goes on (加强市、市、县三级).
 */
const DOUBLED_ITEM = /(?<=^|[、，：（“])(\p{Script=Han}{1,6})、\1(?=[、，。；）”]|和|及|与|等|$)|(\p{Script=Han})、\2(?=、)/gu;

/** Two-character doubles checked against the rest of the document, at most, per document. */
const MAX_ATTESTED = 64;

/** Whether `word` occurs in `text` outside [from, to). */
function occursElsewhere(text: string, word: string, from: number, to: number): boolean {
  if (!HAN.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i + word.length <= from || i >= to) return true;
  return false;
}

/**
 * Whether the doubled two-character unit at `s` (…XYXY…) is the seam of words the document
 * writes elsewhere, not a slip: two compounds sharing the unit (资产阶级|阶级斗争: the unit with
 * the two characters before it, and with the two after it), or a chain of three words (产业|创业|创新:
 * the character before with X, Y with X, Y with the character after).
 */
function twoWordsOverlap(text: string, s: number): boolean {
  const left = text.slice(s - 2, s + 2);
  const right = text.slice(s + 2, s + 6);
  if (s >= 2 && right.length === 4 && occursElsewhere(text, left, s - 2, s + 4) && occursElsewhere(text, right, s, s + 6)) return true;
  const a = text.slice(s - 1, s + 1);
  const b = text.slice(s + 1, s + 3);
  const c = text.slice(s + 3, s + 5);
  return s >= 1 && c.length === 2 && occursElsewhere(text, a, s - 1, s + 4) && occursElsewhere(text, b, s, s + 4) && occursElsewhere(text, c, s, s + 5);
}

function repeated(text: string, maskedOf: () => LineContext['masked']): RawFinding[] {
  let ranges: LineContext['masked'] | undefined;
  // Computed only for a line with something found.
  const masked = () => (ranges ??= maskedOf());
  const out: RawFinding[] = [];
  DOUBLED_ITEM.lastIndex = 0;
  for (let m = mayRepeatItem(text) ? DOUBLED_ITEM.exec(text) : null; m; m = DOUBLED_ITEM.exec(text)) {
    const item = m[1] ?? m[2];
    const dupEnd = m.index + item.length * 2 + 1;
    if (overlapsAny(masked(), m.index, dupEnd)) continue;
    out.push({
      start: m.index,
      end: dupEnd,
      message: l10n.t('"{0}" is listed twice.', item),
      fixes: [{ title: l10n.t('Remove the repeated "{0}"', item), edits: [{ start: m.index + item.length, end: dupEnd, newText: '' }], safe: true, preferred: true }],
    });
  }
  const items = out.length;
  let item = 0;
  // A run of copies (疫情防控疫情防控疫情防控) is one finding whose fix keeps one copy.
  const runEnd = (m: Doubled) => {
    let end = m.index + 2 * m.word.length;
    while (text.startsWith(m.word, end)) end += m.word.length;
    return end;
  };
  for (const m of doubledWords(text, runEnd)) {
    const word = m.word;
    const end = runEnd(m);
    // AABB (实实在在) and ABAB idioms of one repeated character are not matched here; skip
    // verbs doubled on purpose, counting words (一个一个) and what the list check found.
    if (REDUPLICATED_VERBS.has(word) || word.startsWith('一') || /^(.)\1$/u.test(word)) continue;
    // Numerals (二〇二〇年, 一九一九年) and degree words doubled for stress (很紧很紧, 很多很多).
    if (NUMERALS.test(word) || (word.length === 2 && INTENSIFIERS.includes(word[0])) || STRESSED_ADVERBS.has(word)) continue;
    // 各乡镇乡镇长, 各部门部门负责人: a unit, then the office of its heads.
    if (word.length === 2 && end === m.index + 4 && OFFICE_AFTER.test(text.slice(end, end + 5))) continue;
    // What the list check found is sorted and disjoint: one pointer walks it.
    while (item < items && out[item].end <= m.index) item++;
    if ((item < items && out[item].start < end) || overlapsAny(masked(), m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      message: l10n.t('"{0}" is written twice.', word),
      data: { doubled: word },
      fixes: [
        {
          title: l10n.t('Remove the repeated "{0}"', word),
          edits: [{ start: m.index + word.length, end, newText: '' }],
          // Two-character doubling can be deliberate (a verb not in the list): a person decides.
          safe: word.length >= 3,
          preferred: true,
        },
      ],
    });
  }
  return out;
}

export const repeatedWordRule: DocumentRule = {
  id: 'repeated-word',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'An accidental doubled word or list item (跨市跨市, 市、市、县), not reduplication (人人, 研究研究, 实实在在).',
  examples: {
    flag: [
      { text: '加强市、市、县三级流调队伍间配合', flagged: '市、市', fixed: '加强市、县三级流调队伍间配合' },
      { text: '严禁跨市跨市流动', flagged: '跨市跨市' },
      { text: '各乡镇乡镇要落实', flagged: '乡镇乡镇' },
      { text: '落实疫情防控疫情防控措施', flagged: '疫情防控疫情防控', fixed: '落实疫情防控措施' },
    ],
    pass: [
      { text: '人人有责、天天坚持、层层落实、一一对应，常常如此。' },
      { text: '这个问题我们研究研究，实实在在、紧而又紧、严之又严。' },
      { text: '一个一个地过，家家户户、代代相传、步步为营。' },
      { text: '抓紧抓实抓具体，谢谢大家。' },
      { text: '到二〇二〇年，必须抓得很紧很紧，还有很多很多工作。' },
      { text: '一年、两年，逐步逐步扩大，千万千万不要松懈。' },
      { text: '各乡镇乡镇长、各县区县区长、各部门部门负责人参加会议。' },
      {
        text: '资产阶级要消灭，这是阶级斗争。\n这是无产阶级和资产阶级阶级斗争的继续。\n资产阶级的反扑，阶级斗争的长期性。',
      },
      { text: '发展新兴产业。\n设立新兴产业创业创新平台。\n鼓励创业，推动创新，壮大产业。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    const text = doc.text;
    const out: RawFinding[] = [];
    let attested = 0;
    for (const line of doc.lines) {
      if (line.zone !== 'prose' || line.text.length === 0) continue;
      const found = ctx.lineMemo('repeated-word', line.text, () => repeated(line.text, () => maskedRanges(line.text, doc.languageId)));
      for (const f of found) {
        const start = f.start + line.start;
        const word = f.data?.doubled;
        // A two-character unit at the seam of two words the document writes elsewhere is no slip
        // (each check scans the document once; past a bound the finding is reported as it is).
        if (typeof word === 'string' && word.length === 2 && attested++ < MAX_ATTESTED && twoWordsOverlap(text, start)) continue;
        out.push(shifted(f, line.start));
      }
    }
    return out;
  },
};
