/**
 * Rule `numbering`: at each heading level, a gap, a duplicate or a wrong order (一、二、四、), a
 * wrong mark after an ordinal (1、 for 1., 一. for 一、), a second-level heading before any
 * first-level one; in enumerations, 一是 二是 四是 and 第一 第二 第四. The command 重新编号
 * renumbers everything at once.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';
import { numberToChinese, parseStructure, type Heading } from '../structure';
import { replace } from '../fix';

const LEVEL_NAME = ['', '一、', '（一）', '1.', '（1）'];

function token(level: number, n: number): string {
  return level <= 2 ? numberToChinese(n) : String(n);
}

export const numberingRule: DocumentRule = {
  id: 'numbering',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Heading and enumeration numbers out of sequence (一、二、四、; 一是、二是、四是), a wrong mark (1、 for 1.), （一） before any 一、.',
  examples: {
    flag: [
      { text: '标题\n一、甲\n正文。\n二、乙\n正文。\n四、丙\n正文。', flagged: '四' },
      { text: '标题\n一、甲\n二、乙\n二、丙', flagged: '二' },
      { text: '标题\n一、甲\n1、小标题\n2.小标题', flagged: '、', fixed: '标题\n一、甲\n1.小标题\n2.小标题' },
      { text: '要做到：一是加强领导；二是压实责任；四是严格考核。', flagged: '四是' },
      { text: '标题\n（一）先有二级\n一、后有一级', flagged: '一' },
      { text: '标题\n一、甲\n二、乙\n（一）子\n一、孙\n二、孙\n五、丙', flagged: '五' },
    ],
    pass: [
      { text: '标题\n一、甲\n（一）子\n（二）子\n1.孙\n2.孙\n二、乙\n（一）子\n三、丙' },
      { text: '一是加强领导；二是压实责任；三是严格考核。一是再部署，二是再动员。' },
      { text: '第一，提高认识。第二，压实责任。第三，严格考核。' },
      { text: '# 标题\n\n## 一、总体情况\n\n## 二、存在问题', languageId: 'markdown' as const },
      { text: '标题\n（一）当前的形势\n一、甲\n二、乙\n（二）今后的方针\n一、丙' },
      { text: '标题\n一、总任务\n二、计划概要\n三、若干问题\n（一）关于工业\n一、\n正文。\n二、\n正文。\n（二）关于农业\n正文。\n四、为完成计划而奋斗' },
      { text: '标题\n一、回顾\n二、基本任务\n（一）方针\n一、确定增长率\n二、规定投资规模\n一、\n二、\n三、坚持科技进步\n三、体制改革\n四、外交政策' },
      { text: '标题\n（一）关于经济形势\n正文。\n（二）关于经济体制改革\n　　一、合理调整农村粮食购销价格；\n　　二、适当提高铁路短途运价。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    const s = parseStructure(doc, ctx.lineMemo);
    const out: RawFinding[] = [];
    const last = [0, 0, 0, 0, 0];
    const numbered = s.headings.filter((h) => h.ordinal !== undefined && h.ordinalStart !== h.ordinalEnd);
    // A document that starts with （一） and goes on to （二） after its 一、 headings uses （一）（二）
    // as its top level, with 一、 under them (as older government work reports do): the two levels
    // change places.
    const firstLevel1 = numbered.findIndex((h) => h.level === 1);
    const inverted =
      numbered.length > 0 && numbered[0].level === 2 && firstLevel1 > 0 && numbered.some((h, i) => i > firstLevel1 && h.level === 2 && h.ordinal! >= 2);
    const rank = (level: Heading['level']): Heading['level'] => (inverted && level <= 2 ? (level === 1 ? 2 : 1) : level);
    // A 一、 line that is a list item (a clause ending with ；, 。 or ，) is no first-level heading.
    const listItem = (h: Heading) => /[；;。，,]\s*$/u.test(doc.text.slice(h.start, h.end));
    const hasLevel1 = !inverted && s.headings.some((h) => h.level === 1 && h.ordinal !== undefined && h.mark !== '' && !listItem(h));
    let seenLevel1 = false;
    /** First-level series interrupted by a series that starts again at 一、, innermost last. */
    const open1: number[] = [];
    /** The current 一、 series is nested under a （n） heading, whose series it does not end. */
    let nestedUnder2 = false;
    for (const heading of numbered) {
      const h = { ...heading, ordinal: heading.ordinal!, level: rank(heading.level) };
      const written = doc.text.slice(h.ordinalStart, h.ordinalEnd);
      if (h.level === 1) seenLevel1 = true;
      if (h.level === 2 && hasLevel1 && !seenLevel1) {
        out.push({ start: h.ordinalStart, end: h.ordinalEnd, message: l10n.t('"{0}" comes before any first-level heading (一、).', `（${written}）`) });
      }
      // A heading numbered 1 starts a new series (a document may hold several speeches). At the
      // first level the series it interrupts stays open: 一、 items under a （三） (一、二、三、 of
      // five principles inside a part), after which the part's own numbering resumes (四、).
      let resumed = false;
      if (heading.level === 1) {
        const L = h.level;
        if (h.ordinal === 1) {
          if (last[L] > 0) open1.push(last[L]);
        } else if (h.ordinal !== last[L] + 1) {
          let k = open1.length - 1;
          while (k >= 0 && open1[k] + 1 !== h.ordinal) k--;
          if (k >= 0) {
            last[L] = open1[k];
            open1.length = k;
            resumed = true;
          }
        }
      }
      const expected = h.ordinal === 1 ? 1 : last[h.level] + 1;
      if (h.ordinal !== expected) {
        const message =
          h.ordinal === last[h.level]
            ? l10n.t('Heading number {0} is repeated.', `${written}${h.mark}`)
            : h.ordinal > expected
              ? l10n.t('Heading numbers skip from {0} to {1}.', token(heading.level, expected - 1) || '—', written)
              : l10n.t('Heading number {0} is out of order (expected {1}).', written, token(heading.level, expected));
        out.push({
          start: h.ordinalStart,
          end: h.ordinalEnd,
          message,
          fixes: [replace({ start: h.ordinalStart, end: h.ordinalEnd }, token(heading.level, expected), { preferred: false })],
        });
      }
      // A 一、 series that opens under a （n） heading is nested below it: the （n） series goes on after it.
      if (h.level === 1 && h.ordinal === 1) nestedUnder2 = last[2] > 0 && open1.length > 0;
      else if (resumed) nestedUnder2 = false;
      last[h.level] = h.ordinal;
      for (let l = h.level + 1; l <= 4; l++) if (!(h.level === 1 && l === 2 && nestedUnder2)) last[l] = 0;
      const want = heading.level === 1 ? '、' : heading.level === 3 ? '.' : undefined;
      if (want && h.mark && h.mark !== want && !(h.level === 3 && h.mark === '．')) {
        out.push({
          start: h.markStart,
          end: h.markStart + h.mark.length,
          message: l10n.t('After the ordinal of a {0} heading use "{1}", not "{2}".', LEVEL_NAME[heading.level], want, h.mark),
          fixes: [replace({ start: h.markStart, end: h.markStart + h.mark.length }, want, { safe: true })],
        });
      }
    }
    // Enumerations: a series restarts at 1; a skip or repeat inside one is flagged. Items that
    // open their lines form the outer series; items inside paragraphs may nest under them, and
    // a nested series ends where the next line-opening item comes.
    const prev: Record<string, number> = {};
    for (const e of s.enumerations) {
      const key = `${e.kind}:${e.lineStart ? 'outer' : 'inner'}`;
      // A line-opening item that goes on from the items inside the previous paragraph
      // (…一是…。\n二是…) continues that series: it is the outer series from here.
      const inner = prev[`${e.kind}:inner`] ?? 0;
      if (e.lineStart && inner > 0 && e.ordinal === inner + 1) {
        prev['shi:inner'] = 0;
        prev['di:inner'] = 0;
        prev[key] = e.ordinal;
        continue;
      }
      if (e.lineStart) {
        prev['shi:inner'] = 0;
        prev['di:inner'] = 0;
      }
      const p = prev[key] ?? 0;
      if (e.ordinal !== 1 && p > 0 && e.ordinal !== p + 1) {
        const word = doc.text.slice(e.start, e.end);
        const expected = e.kind === 'shi' ? `${numberToChinese(p + 1)}是` : `第${numberToChinese(p + 1)}`;
        out.push({
          start: e.start,
          end: e.end,
          message:
            e.ordinal === p
              ? l10n.t('"{0}" is repeated in this enumeration.', word)
              : e.ordinal > p
                ? l10n.t('"{0}" follows "{1}": expected "{2}".', word, e.kind === 'shi' ? `${numberToChinese(p)}是` : `第${numberToChinese(p)}`, expected)
                : l10n.t('"{0}" starts an enumeration without its first items.', word),
        });
      }
      prev[key] = e.ordinal;
    }
    return out;
  },
};
