/** Rules `repeated-word` and `confused-word`. */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { CONFUSED_WORDS, type ConfusedWordEntry } from '../data/confusedWords';
import type { LineContext, LineRule, RawFinding } from '../rule';

/** Verbs that are doubled on purpose (研究研究 = "look into it a bit"). */
const REDUPLICATED_VERBS = new Set(
  '研究 讨论 学习 商量 考虑 了解 休息 锻炼 打扫 整理 检查 调查 活动 交流 沟通 思考 比较 分析 总结 琢磨 打听 收拾 准备 介绍 体会 看看 说说 想想 走走 试试 练练 谈谈 议议 问问 听听 摸摸 查查'.split(' '),
);
const DOUBLED = /(\p{Script=Han}{2,4})\1/gu;
/** A word made of Chinese numerals only: years and numbers written in characters repeat digits. */
const NUMERALS = /^[〇零一二三四五六七八九十百千万亿两]+$/u;
/** Degree adverbs whose doubled phrase is stress, not a slip (很紧很紧, 太多太多). */
const INTENSIFIERS = '很太真挺好';
/**
 * A list item repeated after a 顿号: 市、市、县. The item starts the list (after a mark or the
 * line start), or is one character in a list that goes on (加强市、市、县三级).
 */
const DOUBLED_ITEM = /(?<=^|[、，：（“])(\p{Script=Han}{1,6})、\1(?=[、，。；）”]|和|及|与|等|$)|(\p{Script=Han})、\2(?=、)/gu;

function repeated(text: string, ctx: LineContext): RawFinding[] {
  const out: RawFinding[] = [];
  DOUBLED_ITEM.lastIndex = 0;
  for (let m = DOUBLED_ITEM.exec(text); m; m = DOUBLED_ITEM.exec(text)) {
    const item = m[1] ?? m[2];
    const dupEnd = m.index + item.length * 2 + 1;
    if (overlapsAny(ctx.masked, m.index, dupEnd)) continue;
    out.push({
      start: m.index,
      end: dupEnd,
      message: l10n.t('"{0}" is listed twice.', item),
      fixes: [{ title: l10n.t('Remove the repeated "{0}"', item), edits: [{ start: m.index + item.length, end: dupEnd, newText: '' }], safe: true, preferred: true }],
    });
  }
  const items = out.length;
  let item = 0;
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const word = m[1];
    let end = m.index + m[0].length;
    // A run of copies (疫情防控疫情防控疫情防控) is one finding whose fix keeps one copy.
    while (text.startsWith(word, end)) end += word.length;
    DOUBLED.lastIndex = end;
    // AABB (实实在在) and ABAB idioms of one repeated character are not matched here; skip
    // verbs doubled on purpose, counting words (一个一个) and what the list check found.
    if (REDUPLICATED_VERBS.has(word) || word.startsWith('一') || /^(.)\1$/u.test(word)) continue;
    // Numerals (二〇二〇年, 一九一九年) and degree words doubled for stress (很紧很紧, 很多很多).
    if (NUMERALS.test(word) || (word.length === 2 && INTENSIFIERS.includes(word[0]))) continue;
    // What the list check found is sorted and disjoint: one pointer walks it.
    while (item < items && out[item].end <= m.index) item++;
    if ((item < items && out[item].start < end) || overlapsAny(ctx.masked, m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      message: l10n.t('"{0}" is written twice.', word),
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

export const repeatedWordRule: LineRule = {
  id: 'repeated-word',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'An accidental doubled word or list item (跨市跨市, 市、市、县), not reduplication (人人, 研究研究, 实实在在).',
  examples: {
    flag: [
      { text: '加强市、市、县三级流调队伍间配合', flagged: '市、市', fixed: '加强市、县三级流调队伍间配合' },
      { text: '严禁跨市跨市流动', flagged: '跨市跨市' },
      { text: '落实疫情防控疫情防控措施', flagged: '疫情防控疫情防控', fixed: '落实疫情防控措施' },
    ],
    pass: [
      { text: '人人有责、天天坚持、层层落实、一一对应，常常如此。' },
      { text: '这个问题我们研究研究，实实在在、紧而又紧、严之又严。' },
      { text: '一个一个地过，家家户户、代代相传、步步为营。' },
      { text: '抓紧抓实抓具体，谢谢大家。' },
      { text: '到二〇二〇年，必须抓得很紧很紧，还有很多很多工作。' },
    ],
  },
  checkLine: repeated,
};

function confusedEntries(ctx: LineContext): ReadonlyArray<ConfusedWordEntry> {
  if (ctx.config.confusedWords.length === 0) return CONFUSED_WORDS;
  return [
    ...CONFUSED_WORDS,
    ...ctx.config.confusedWords.map((w) => ({
      id: `user:${w.wrong}`,
      pattern: new RegExp(w.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'),
      right: w.right,
      note: w.note ?? '',
      safe: true,
      flag: [],
      pass: [],
    })),
  ];
}

export const confusedWordRule: LineRule = {
  id: 'confused-word',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Often-confused words in official writing: 截止目前→截至目前, 截至到, 其它→其他, 交待→交代, 重中之中, 不仅……而是, 必需/必须, 做出→作出 (hint).',
  examples: {
    flag: CONFUSED_WORDS.flatMap((e) => e.flag),
    pass: CONFUSED_WORDS.flatMap((e) => e.pass),
  },
  checkLine(text, ctx): RawFinding[] {
    const out: RawFinding[] = [];
    for (const e of confusedEntries(ctx)) {
      e.pattern.lastIndex = 0;
      for (let m = e.pattern.exec(text); m; m = e.pattern.exec(text)) {
        if (m[0].length === 0) {
          e.pattern.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (overlapsAny(ctx.masked, start, end)) continue;
        const note = e.id.startsWith('user:') ? e.note : l10n.t(e.note);
        out.push({
          start,
          end,
          severity: e.severity,
          message: e.right !== undefined ? l10n.t('"{0}" → "{1}". {2}', m[0], e.right, note) : note,
          fixes: e.right !== undefined ? [{ title: l10n.t('Change to "{0}"', e.right), edits: [{ start, end, newText: e.right }], safe: e.safe, preferred: true }] : [],
        });
      }
    }
    return out;
  },
};
