/**
 * Rule `broken-line`: a line break in the middle of a sentence, as text copied from a PDF or
 * some web pages has it. Conservative: only a long line that stops without a sentence-ending
 * mark, followed (after blank lines in plain text) by a line that continues the sentence, and
 * neither is a heading, a title or a list item. In Markdown a blank line is a paragraph break and
 * is respected; a single line break inside a paragraph is flagged, since it puts a space into the
 * text wherever the paragraph is rendered or exported.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';

/** A heading or list item: 一、 （一） 1. （1） 第一， 一是 #, -, *, >, |. */
const STRUCTURE = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]+是|#|[-*+]\s|>|\||同志们|谢谢)/u;
/** Ends a sentence or a line on purpose. */
const CLOSED = /[。！？!?：:…”’」』）)》】]\s*$|^\s*$/u;
/** Continues a sentence: ends with a Han character, a digit or a mid-sentence mark. */
const OPEN_END = /[\p{Script=Han}\d，、；,;]\s*$/u;
const STARTS_TEXT = /^\s*[\p{Script=Han}“‘《（]/u;
const MIN_LENGTH = 20;

export const brokenLineRule: DocumentRule = {
  id: 'broken-line',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'A line break in the middle of a sentence (text copied from a PDF) → join the lines.',
  examples: {
    flag: [
      {
        text: '有的定点医院内部分区混乱，有的医院每日自查、每周五\n\n巡查机制落实不到位，个别医疗机构存在问题。',
        fixed: '有的定点医院内部分区混乱，有的医院每日自查、每周五巡查机制落实不到位，个别医疗机构存在问题。',
      },
      {
        text: '比如，在开展大规模核酸检测中，没有做到提前、细致的安排，导致后期出现了很多问题；\n对一些长时间坚持工作的防疫卡点工作人员，有的也存在只给任务的问题。',
        fixed: '比如，在开展大规模核酸检测中，没有做到提前、细致的安排，导致后期出现了很多问题；对一些长时间坚持工作的防疫卡点工作人员，有的也存在只给任务的问题。',
      },
    ],
    pass: [
      { text: '在全市疫情防控工作会议上的讲话\n同志们：\n今天召开会议。' },
      { text: '一、认清疫情形势，提高思想认识，强化工作职责\n自疫情发生以来，我们做了大量工作。' },
      { text: '要压实四方责任，做到守土有责、守土尽责。\n二是立即进入临战状态，加强值班值守，严格执行制度，' },
      { text: '这一段的结尾没有句号但下一行是小标题，所以不能合并，\n（一）加强组织领导' },
      { text: '这是 Markdown 里的第一段，没有句号结尾但段落之间有空行隔开，\n\n这是第二段。', languageId: 'markdown' },
    ],
  },
  checkDocument(doc): RawFinding[] {
    const out: RawFinding[] = [];
    const lines = doc.lines;
    const markdown = doc.languageId === 'markdown';
    for (let i = 0; i < lines.length - 1; i++) {
      const a = lines[i];
      if (a.zone !== 'prose' || a.text.trim().length < MIN_LENGTH || CLOSED.test(a.text) || !OPEN_END.test(a.text) || STRUCTURE.test(a.text)) continue;
      // A line without any mid-sentence mark is a title or a label, not a broken sentence.
      if (!/[，、；,;]/.test(a.text)) continue;
      let j = i + 1;
      while (!markdown && j < lines.length && lines[j].text.trim() === '' && j - i <= 2) j++;
      const b = lines[j];
      if (!b || b.zone !== 'prose' || b.text.trim() === '' || STRUCTURE.test(b.text) || !STARTS_TEXT.test(b.text)) continue;
      const breakStart = a.start + a.text.trimEnd().length;
      const breakEnd = b.start + (b.text.length - b.text.trimStart().length);
      out.push({
        start: breakStart - 1,
        end: breakStart,
        message: l10n.t('The sentence is broken here by a line break.'),
        fixes: [{ title: l10n.t('Join the lines'), edits: [{ start: breakStart, end: breakEnd, newText: '' }], safe: true, preferred: true }],
      });
    }
    return out;
  },
};
