/**
 * Rule `broken-line`: a line break in the middle of a sentence, as text copied from a PDF or some
 * web pages has it. Precision first; two cases are reported, each with a safe fix that removes
 * the break (and the blank lines and indentation around it) and nothing else:
 *
 * 1. A body line stops in mid-sentence (on a Han character, a digit, a letter or ，、) and the
 *    next line, after at most two blank lines, carries the sentence on: 每周五\n\n巡查机制.
 * 2. A paragraph cut at its semicolons: a line ending with ； followed directly by a line that
 *    continues the paragraph. In a document whose paragraphs are set off by blank lines, any such
 *    line; in a document of one paragraph a line, only a lone ；-line before a line ending the
 *    sentence (a run of them is a list). Never when a colon or 如下。 introduces the lines as a
 *    list (主要检查：\n甲；\n乙。).
 *
 * Never joined: headings (一、 （一） 1. （1） 第一章, Markdown #), list items, table rows, quotes,
 * salutations (同志们：), titles and labels (the first line, short lines, lines without any
 * mid-sentence mark), lines ending with a sentence-ending mark, a colon or a closing bracket,
 * lines starting a new item (一是 第二， 首先， 地址：), and lines of English (a hard-wrapped
 * English paragraph is not a broken Chinese sentence).
 *
 * Markdown: a single line break inside a paragraph is no break at all (the renderer joins the
 * lines), so only a blank line in the middle of a sentence is reported there, since it splits one
 * sentence into two paragraphs; case 2 does not apply. A Markdown hard break (two trailing
 * spaces or \) is never joined.
 */
import * as l10n from '@vscode/l10n';
import type { Line } from '../document';
import type { DocumentRule, RawFinding } from '../rule';
import { isChineseText } from '../chars';
import { isHan, isLatinOrDigit } from './punctChars';

/** Headings, list items and structure a line may start with. */
const STRUCTURE =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．，,]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[.．、]|\s)(?!\d)|\d{1,2}[）)]|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条款部分编篇]|#|[-*+•·]\s|>|\||<|\[[^\]]*\]:|```|~~~|(?:同志们|各位|尊敬的)[^，。,]{0,30}[：:]\s*$|谢谢|此致|附件|抄送|联系人|（此页无正文）)/u;
/** Lines that start a new item or paragraph rather than carry a sentence on. */
const NEW_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]|首先|其次|再次|最后|其一|其二|其三|同志们|各位|总之|总而言之|综上|\p{Script=Han}{1,6}[：:])/u;
const CONTINUES = /^\s*[\p{Script=Han}\dA-Za-z“‘《（(【]/u;
const CLAUSE_MARK = /[，、；,;]/;
const ANY_MARK = /[，。、；：！？,.;:!?]/;
/** Markdown hard line break: two trailing spaces or a backslash. */
const MD_HARD_BREAK = /(?: {2,}|\\)$/;
const MIN_LENGTH = 16;
/** A sentence that announces a list: 具体要求如下。 主要有以下几个方面。 */
const LIST_LEAD_IN = /(?:如下|以下[^，。]{0,8})[。．.]\s*$/u;
const CLOSERS = '”’」』）)"';

type Ending = 'mid' | 'comma' | 'semi' | 'colon' | 'sentence' | 'other' | 'blank';

/** How a line ends, from its last characters only (no regular expression): the cheap first test. */
function endingOf(text: string): { ending: Ending; trimmedEnd: number } {
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) <= 32 || text.charCodeAt(e - 1) === 0x3000)) e--;
  if (e === 0) return { ending: 'blank', trimmedEnd: 0 };
  let ch = text[e - 1];
  if (ch === '，' || ch === '、' || ch === ',') return { ending: 'comma', trimmedEnd: e };
  if (ch === '；' || ch === ';') return { ending: 'semi', trimmedEnd: e };
  if (ch === '：' || ch === ':') return { ending: 'colon', trimmedEnd: e };
  let k = e - 1;
  while (k > 0 && CLOSERS.includes(ch)) ch = text[--k];
  if ('。！？!?…'.includes(ch)) return { ending: 'sentence', trimmedEnd: e };
  if (k === e - 1 && (isHan(ch) || isLatinOrDigit(ch))) return { ending: 'mid', trimmedEnd: e };
  return { ending: 'other', trimmedEnd: e };
}

interface LineInfo {
  readonly ending: Ending;
  /** Length of the line without trailing white space. */
  readonly trimmedEnd: number;
  /** Length of the leading white space. */
  readonly indent: number;
  readonly structure: boolean;
  readonly newItem: boolean;
  readonly continues: boolean;
  /** Long enough and with a mid-sentence mark: body text, not a title or a label. */
  readonly body: boolean;
  readonly hasMark: boolean;
  readonly hardBreak: boolean;
  /** More Han characters than Latin letters: Chinese text (English lines are never joined). */
  readonly chinese: boolean;
}

function classify(text: string, markdown: boolean): LineInfo {
  const { ending, trimmedEnd } = endingOf(text);
  const t = text.trim();
  const chinese = isChineseText(t);
  return {
    ending,
    trimmedEnd,
    indent: text.length - text.trimStart().length,
    structure: STRUCTURE.test(text),
    newItem: NEW_ITEM.test(text),
    continues: CONTINUES.test(text),
    body: chinese && t.length >= MIN_LENGTH && CLAUSE_MARK.test(t),
    chinese,
    hasMark: ANY_MARK.test(t),
    hardBreak: markdown && MD_HARD_BREAK.test(text),
  };
}

/** Whether two lines open with the same three characters (after their indent). */
function sameOpening(a: string, b: string): boolean {
  const x = a.trimStart();
  const y = b.trimStart();
  return x.length >= 3 && y.startsWith(x.slice(0, 3));
}

export const brokenLineRule: DocumentRule = {
  id: 'broken-line',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'A line break in the middle of a sentence (text copied from a PDF or a web page) → join the lines.',
  examples: {
    flag: [
      {
        text: '同志们：\n\n有的定点医院内部分区混乱，有的医院每日自查、每周五\n\n巡查机制落实不到位，个别医疗机构存在问题。',
        flagged: '五',
        fixed: '同志们：\n\n有的定点医院内部分区混乱，有的医院每日自查、每周五巡查机制落实不到位，个别医疗机构存在问题。',
      },
      {
        text: '讲话\n我们要坚持人民至上、生命至上，统筹疫情防控和\n经济社会发展，抓好各项工作。',
        fixed: '讲话\n我们要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，抓好各项工作。',
      },
      {
        text: '今天召开会议。\n\n比如，在开展大规模核酸检测中，没有做到提前、细致的安排，导致后期出现了很多问题；\n对一些长时间坚持工作的防疫卡点工作人员，有的也存在只给任务的问题。\n\n会议结束。',
        flagged: '；',
        fixed: '今天召开会议。\n\n比如，在开展大规模核酸检测中，没有做到提前、细致的安排，导致后期出现了很多问题；对一些长时间坚持工作的防疫卡点工作人员，有的也存在只给任务的问题。\n\n会议结束。',
      },
      {
        text: '# 标题\n\n会议要求各地各部门认真落实防控措施，切实做到\n\n守土有责、守土尽责。\n',
        languageId: 'markdown',
        fixed: '# 标题\n\n会议要求各地各部门认真落实防控措施，切实做到守土有责、守土尽责。\n',
      },
      {
        text: '会议指出。\n分管领导要具体抓落实，不仅要冲在一线、靠前指挥，还要熟悉业务、解决问题；\n各成员单位要坚决服从组长单位的调度指挥。\n会议强调。',
        flagged: '；',
        fixed: '会议指出。\n分管领导要具体抓落实，不仅要冲在一线、靠前指挥，还要熟悉业务、解决问题；各成员单位要坚决服从组长单位的调度指挥。\n会议强调。',
      },
      {
        text: '同志们，我们要过好思想上、作风上、责任上的这“三关”，\n抓住关键环节，坚决筑好防火墙。',
        fixed: '同志们，我们要过好思想上、作风上、责任上的这“三关”，抓住关键环节，坚决筑好防火墙。',
      },
    ],
    pass: [
      { text: '在全市疫情防控工作会议上的讲话\n同志们：\n今天召开会议。' },
      { text: '凝心聚力，开拓进取，奋力谱写高质量发展新篇章\n今天，我们召开全市工作会议。' },
      { text: '凝心聚力，开拓进取，奋力谱写高质量发展新篇章\n\n——在全市工作会议上的讲话\n\n王建国\n（2024年3月15日）' },
      { text: '标题\n全市共有各类市场主体十二万户，其中企业三万户\n（数据截至2023年底）' },
      { text: '一、认清疫情形势，提高思想认识，强化工作职责\n自疫情发生以来，我们做了大量工作。' },
      { text: '要压实四方责任，做到守土有责、守土尽责，\n二是立即进入临战状态，加强值班值守，严格执行制度。' },
      { text: '这一段的结尾没有句号但下一行是小标题，所以不能合并，\n（一）加强组织领导' },
      { text: '主要检查以下内容：\n\n院感防控制度是否完善、落实；\n穿脱防护服是否规范；\n首诊负责制是否落实。' },
      { text: '院感防控制度是否完善、落实；\n穿脱防护服是否规范；\n首诊负责制是否落实。' },
      { text: '会议指出。\n会议强调，各地要建立工作台账，每月报送进展情况；\n' },
      { text: '会议指出。\n会议强调，各地要建立工作台账，每月报送进展情况；\n（一）加强组织领导。' },
      { text: '一段。\n\n二段。\n\n具体要求如下。\n各县（市、区）要建立工作台账；\n市直各部门要抓好政策落实；\n各类企业要积极参与。\n\n三段。' },
      { text: '联系人：李明，电话：0851-86512345\n地址：贵阳市观山湖区' },
      { text: '会议强调，要统筹发展和安全。\n会议要求，要压实责任。' },
      { text: '- 部分项目推进较慢，要素保障仍有短板\n- 一些企业经营困难，需要进一步帮扶', languageId: 'markdown' },
      { text: '| 指标，单位 | 完成情况 |\n| --- | --- |', languageId: 'markdown' },
      { text: '这是一段有意换行的文字，用两个空格结尾  \n\n下一行紧接着。', languageId: 'markdown' },
      { text: '# 标题\n\n会议要求各地各部门认真落实防控措施，切实做到\n守土有责、守土尽责；\n各级领导干部要靠前指挥。', languageId: 'markdown' },
      { text: 'The extension shows the glossary entries for formulations (提法), and the\nhover shows usages from the corpus, with the date of each.' },
      { text: '```\n代码中的一行，没有结束\n下一行\n```', languageId: 'markdown' },
      {
        text: '同志们：\n\n为悼念在抗洪抢险斗争中英勇牺牲的解放军指战员和武警官兵，以及各条战线上的同志们，\n\n为悼念在抗洪抢险斗争中不幸遇难的人民群众和基层干部，以及其他所有遇难的同胞，\n\n全体起立，静默致哀。\n\n同志们！今天我们召开大会。',
      },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    const lines = doc.lines;
    const n = lines.length;
    const markdown = doc.languageId === 'markdown';
    const ns = `broken-line:${doc.languageId}`;
    const info = (l: Line) => ctx.lineMemo(ns, l.text, () => classify(l.text, markdown));
    const endings: Ending[] = new Array(n);
    for (let i = 0; i < n; i++) endings[i] = lines[i].zone !== 'prose' ? 'other' : lines[i].text.length === 0 ? 'blank' : endingOf(lines[i].text).ending;
    // Does the document set its paragraphs off with blank lines? Count what follows a sentence end.
    let blankParagraphs: boolean | undefined;
    const paragraphsByBlankLines = (): boolean => {
      let blankAfter = 0;
      let directAfter = 0;
      for (let i = 0; i + 1 < n; i++) {
        if (endings[i] !== 'sentence' || lines[i + 1].zone !== 'prose') continue;
        if (endings[i + 1] === 'blank') blankAfter++;
        else directAfter++;
      }
      return blankAfter >= 2 && blankAfter >= 2 * directAfter;
    };
    /** The number of blank lines the document most often puts after a sentence (Infinity when it never ends one). */
    const usualParagraphGap = (): number => {
      const counts = new Map<number, number>();
      for (let i = 0; i < n - 1; i++) {
        if (endings[i] !== 'sentence') continue;
        let j = i + 1;
        while (j < n && j - i <= 4 && endings[j] === 'blank') j++;
        if (j < n && endings[j] !== 'blank') counts.set(j - i - 1, (counts.get(j - i - 1) ?? 0) + 1);
      }
      let best = Infinity;
      let bestCount = 0;
      for (const [gap, c] of counts) if (c > bestCount || (c === bestCount && gap > best)) [best, bestCount] = [gap, c];
      return best;
    };
    let paragraphGap: number | undefined;
    const out: RawFinding[] = [];
    // A line ending with a colon introduces a list, which runs until a sentence ends.
    let listLeadIn = false;
    let seenText = false;
    /** The line with text before the current one. */
    let before: Line | undefined;
    for (let i = 0; i < n - 1; i++) {
      const ending = endings[i];
      if (ending === 'blank') continue;
      const la = lines[i];
      const previous = before;
      before = la;
      if (la.zone !== 'prose') {
        listLeadIn = false;
        continue;
      }
      const first = !seenText;
      seenText = true;
      if (ending === 'colon' || (ending === 'sentence' && LIST_LEAD_IN.test(la.text))) listLeadIn = true;
      else if (ending === 'sentence') listLeadIn = false;
      if (ending !== 'mid' && ending !== 'comma' && ending !== 'semi') continue;
      // The first line is the title, unless it stops on a comma.
      if (first && ending !== 'comma') continue;
      let j = i + 1;
      if (ending !== 'semi') {
        while (j < n && j - i <= 3 && endings[j] === 'blank') j++;
        // In Markdown a single line break inside a paragraph is no break: only a blank line is.
        if (markdown && j === i + 1) continue;
      } else {
        if (markdown || listLeadIn) continue;
        // One paragraph a line: only a lone ；-line between sentences is a cut paragraph (甲；\n乙。),
        // since a run of them is a list.
        if (!(blankParagraphs ??= paragraphsByBlankLines()) && (endings[i - 1] === 'semi' || endings[i + 1] !== 'sentence')) continue;
      }
      const lb = lines[j];
      if (!lb || lb.zone !== 'prose' || endings[j] === 'blank') continue;
      // More blank lines than the document puts between its paragraphs: a section break after a
      // heading without a mark (第二，国有企业改革要取得新的突破), not a sentence cut in two.
      if (j - i - 1 > (paragraphGap ??= usualParagraphGap())) continue;
      const a = info(la);
      if (a.structure || a.hardBreak) continue;
      const b = info(lb);
      if (b.structure || b.newItem || !b.continues || !b.chinese) continue;
      // A line opening with the two-character paragraph indent (　　) starts a paragraph of its own.
      if (lb.text.startsWith('\u3000\u3000')) continue;
      // Paragraphs set apart that open alike and end on a comma (为悼念……，⏎⏎为悼念……，⏎⏎全体起立):
      // a ceremonial series laid out one clause a paragraph.
      if (ending === 'comma' && j > i + 1 && (sameOpening(la.text, lb.text) || (previous !== undefined && sameOpening(la.text, previous.text)))) continue;
      if (ending === 'semi') {
        // ；at the end of a line: a cut paragraph where paragraphs are set off by blank lines, or a lone body line.
        if (j !== i + 1 || a.trimmedEnd < 8 || (!blankParagraphs && !a.body)) continue;
      } else if (!a.body || !(b.hasMark || ending === 'comma')) {
        // A body line (long, with clause marks); the next line ends the sentence somewhere, or this one stops on ，、.
        continue;
      }
      const breakStart = la.start + a.trimmedEnd;
      const breakEnd = lb.start + b.indent;
      // The flagged character is the line's last one: both halves of a surrogate pair.
      const last = doc.text.charCodeAt(breakStart - 1);
      const lastStart = last >= 0xdc00 && last <= 0xdfff && breakStart - 2 >= la.start ? breakStart - 2 : breakStart - 1;
      out.push({
        start: lastStart,
        end: breakStart,
        message: l10n.t('The sentence is broken here by a line break.'),
        fixes: [{ title: l10n.t('Join the lines'), edits: [{ start: breakStart, end: breakEnd, newText: '' }], safe: true, preferred: true }],
      });
    }
    return out;
  },
};
