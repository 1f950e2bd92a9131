/**
 * Rule `number-format` (GB/T 15835-2011): dotted dates (2015.06.01), zero-padded dates
 * (2023年04月13日), two-digit years (08年3月), ranges that drop the first unit (30-40%,
 * 3-5万元) or use a hyphen (3-11岁).
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import type { LineRule, RawFinding } from '../rule';

const DOTTED = /(?<![\d.])((?:19|20)\d{2})\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\d.])/gu;
const PADDED = /(?<!\d)((?:19|20)\d{2}年)?(0\d)月(?:(0\d)日)?|(?<![\d年])(?<=月)(0\d)日/gu;
const SHORT_YEAR = /(?<![\d.．第])(\d{2})年(?=\d{1,2}月)/gu;
const RANGE = /(?<![\d.\-:：表图第附])(\d+(?:\.\d+)?)\s*[-－–—~～至到]\s*(\d+(?:\.\d+)?)(\s*)(%|％|万|亿)(元|人|吨|户|亩|千瓦|平方米|人次)?/gu;
const HYPHEN_RANGE = /(?<![\d.\-:：表图第附])(\d+(?:\.\d+)?)[-－–—](\d+(?:\.\d+)?)(?=\s*(?:岁|人|个|次|天|年|小时|分钟|公里|千米|米|元|吨|户|家|例|名|所|项|条|倍|℃))/gu;

export const numberFormatRule: LineRule = {
  id: 'number-format',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Dates and numbers against GB/T 15835: 2015.06.01, 2023年04月13日, 99年3月, 30-40%, 3-5万元, 3-11岁.',
  examples: {
    flag: [
      { text: '于2015.06.01印发', flagged: '2015.06.01', fixed: '于2015年6月1日印发' },
      { text: '2023年04月13日', fixed: '2023年4月13日' },
      { text: '08年3月以来', flagged: '08年', fixed: '2008年3月以来' },
      { text: '提高30-40%', flagged: '30-40%', fixed: '提高30%～40%' },
      { text: '投资3-5万元', fixed: '投资3万～5万元' },
      { text: '3-11岁人群', fixed: '3～11岁人群' },
    ],
    pass: [
      { text: '2022-03-15召开，见表2-8，时间为10:30-11:00，电话0851-12345678。' },
      { text: '2023年4月13日，增长30%～40%，投资3万～5万元，3～11岁人群。' },
      { text: '90年代以来，近10年来，版本1.2.3。' },
      { text: '第3-5条' },
    ],
  },
  checkLine(text, ctx): RawFinding[] {
    if (!/\d/.test(text)) return [];
    const out: RawFinding[] = [];
    const add = (start: number, end: number, message: string, newText: string) => {
      if (overlapsAny(ctx.masked, start, end)) return;
      out.push({ start, end, message, fixes: [{ title: l10n.t('Change to "{0}"', newText), edits: [{ start, end, newText }], safe: true, preferred: true }] });
    };
    for (const m of text.matchAll(DOTTED)) {
      add(m.index!, m.index! + m[0].length, l10n.t('Write dates with 年月日, not dots.'), `${m[1]}年${+m[2]}月${+m[3]}日`);
    }
    for (const m of text.matchAll(PADDED)) {
      const fixed = m[0].replace(/(?<!\d)0(\d)(?=[月日])/gu, '$1');
      if (fixed !== m[0]) add(m.index!, m.index! + m[0].length, l10n.t('No zero padding in dates.'), fixed);
    }
    for (const m of text.matchAll(SHORT_YEAR)) {
      const yy = +m[1];
      const century = yy >= 50 ? '19' : '20';
      add(m.index!, m.index! + m[0].length, l10n.t('Write the year in full.'), `${century}${m[1]}年`);
    }
    for (const m of text.matchAll(RANGE)) {
      const unit = m[4] + (m[5] ?? '');
      add(m.index!, m.index! + m[0].length, l10n.t('A range repeats the unit on both numbers and uses ～.'), `${m[1]}${m[4]}～${m[2]}${unit}`);
    }
    for (const m of text.matchAll(HYPHEN_RANGE)) {
      if (out.some((f) => f.start <= m.index! && f.end > m.index!)) continue;
      add(m.index!, m.index! + m[0].length, l10n.t('Number ranges use ～.'), `${m[1]}～${m[2]}`);
    }
    return out;
  },
};
