/**
 * Rule `number-format` (GB/T 15835-2011 数字用法, with the range marks of GB/T 15834):
 * - dotted or slashed dates: 2015.06.01, 2015/6/1 → 2015年6月1日;
 * - zero-padded months and days: 2023年04月13日 → 2023年4月13日;
 * - two-digit years where it is clearly a year (08年3月, 99年底, 自08年以来) → 2008年; a duration
 *   (5年, 10年来) is never touched;
 * - ranges that drop the first unit where the unit must be repeated (% ‰ 万 亿): 30-40% →
 *   30%～40%, 5-10万元 → 5万～10万元 (至 and 到 are kept, other links become ～);
 * - a hyphen, dash or ASCII tilde joining a number range: 3-11岁 3—11岁 → 3～11岁, 30%-40% → 30%～40%; a range
 *   of years takes the 一字线 of time spans: 2021-2025年 → 2021—2025年;
 * - full-width digits (a typing slip of Chinese input methods; the standard's examples all use
 *   half-width Arabic numerals): ２０２３ → 2023.
 * Never: ISO dates (2022-03-15), codes (表2-8, GB/T 15834-2011), phone numbers, versions, times;
 * nothing at all in a document dated before the standard took effect (documentDate before 2011-11-01).
 */
import * as l10n from '@vscode/l10n';
import { isChineseText } from '../chars';
import { overlapsAny } from '../document';
import { replace } from '../fix';
import type { LineRule, RawFinding } from '../rule';

/** Lookbehind shared by number patterns: not inside a longer number, code, time or word. */
const NOT_AFTER = '(?<![\\dA-Za-z.．\\-－/:：_#＃表图第附号])';

const DOTTED = new RegExp(`${NOT_AFTER}((?:19|20)\\d{2})([./])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d./A-Za-z])`, 'gu');
const PADDED = /(?<!\d)((?:19|20)\d{2}年)?(0[1-9])月(?:(0?[1-9]|[12]\d|3[01])日)?|(?<=\d月)(0[1-9])日/gu;
/** A two-digit year: before a month, 底/初/末, 上半年/下半年; after 自/从 or with a leading 0 before 以来/起. */
const SHORT_YEAR = new RegExp(
  `(?<![\\dA-Za-z.．\\-－/:：第近前后每约超逾计共达满])(\\d{2})年(?=[1-9]\\d?月|1[0-2]月|[底初末]|上半年|下半年)` +
    `|(?<=[自从于])(\\d{2})年(?=以来|起|开始|至今)` +
    `|(?<![\\dA-Za-z.．\\-－/:：第近前后每约超逾计共达满])(0\\d)年(?=以来|起|开始|至今)`,
  'gu',
);
const NUM = '(\\d+(?:\\.\\d+)?)';
/** 30-40% 5-10万元 30～40% 30至40%: the first number lacks the unit that must be repeated. */
const RANGE_DROP = new RegExp(`${NOT_AFTER}${NUM}\\s*([-－–—~～〜至到])\\s*${NUM}(%|％|‰|万|亿)`, 'gu');
/**
 * 30%-40%: both numbers carry the unit, the link is a hyphen, an en dash or an ASCII tilde. The
 * full-width hyphen of the State Council's own reports (6%－6.5%) is left alone: with the unit on
 * both numbers no reader misreads it.
 */
const RANGE_LINK_UNIT = new RegExp(`${NOT_AFTER}${NUM}(%|％|‰|万|亿)([-–~〜])${NUM}\\2`, 'gu');
/** GB/T 15835-2011 took effect on this day; a document dated earlier is not held to it. */
const STANDARD_IN_FORCE = '2011-11-01';
/** 3-11岁 12-18个月: a number range joined by a hyphen, a dash or an ASCII tilde, before a unit. */
const RANGE_LINK = new RegExp(
  `${NOT_AFTER}${NUM}([-－–—~〜])${NUM}(?=岁|周岁|人|个|次|天|小时|分钟|公里|千米|米|元|吨|户|家|例|名|所|项|倍|℃|年|平方米|亩|辆|台|批|轮|场)`,
  'gu',
);
const YEAR_RANGE = new RegExp(`${NOT_AFTER}((?:19|20)\\d{2})[-－–~～〜]((?:19|20)\\d{2})(?=年)`, 'gu');
const FULLWIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/gu;
const DIGIT = /[0-9０-９]/;
/** One pass that finds every line a check can match: most lines with digits are skipped on it. */
const TRIGGER = /\d[./]\d{1,2}[./]\d|(?<!\d)\d{2}年|(?<!\d)0[1-9][月日]|[\d%％‰万亿]\s*[-－–—~～〜至到]\s*\d|[０-９]/u;

function toHalf(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The year a document speaks from: the configured date, else this year. */
function referenceYear(documentDate: string | undefined): number {
  return documentDate ? Number(documentDate.slice(0, 4)) : new Date().getFullYear();
}

export const numberFormatRule: LineRule = {
  id: 'number-format',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Dates and numbers against GB/T 15835: 2015.06.01, 2023年04月13日, 99年3月, 30-40%, 5-10万元, 3-11岁, 2021-2025年, full-width digits.',
  examples: {
    flag: [
      { text: '于2015.06.01印发', flagged: '2015.06.01', fixed: '于2015年6月1日印发' },
      { text: '于2015/6/1印发', fixed: '于2015年6月1日印发' },
      { text: '2023年04月13日', flagged: '2023年04月13日', fixed: '2023年4月13日' },
      { text: '4月05日召开', flagged: '05日', fixed: '4月5日召开' },
      { text: '08年3月以来', flagged: '08年', fixed: '2008年3月以来' },
      { text: '99年底建成', fixed: '1999年底建成' },
      { text: '自08年以来', fixed: '自2008年以来' },
      { text: '到35年底建成', flagged: '35年' },
      { text: '提高30-40%', flagged: '30-40%', fixed: '提高30%～40%' },
      { text: '提高30～40%', fixed: '提高30%～40%' },
      { text: '提高30至40%', fixed: '提高30%至40%' },
      { text: '投资5-10万元', flagged: '5-10万', fixed: '投资5万～10万元' },
      { text: '增长1.5-2.5亿元', fixed: '增长1.5亿～2.5亿元' },
      { text: '3-11岁人群', flagged: '3-11', fixed: '3～11岁人群' },
      { text: '3—11岁人群', fixed: '3～11岁人群' },
      { text: '增长30%-40%', fixed: '增长30%～40%' },
      { text: '12-18个月', fixed: '12～18个月' },
      { text: '2021-2025年规划', flagged: '2021-2025', fixed: '2021—2025年规划' },
      { text: '２０２３年增长１５．５%', flagged: '２０２３', fixed: '2023年增长15.5%' },
    ],
    pass: [
      { text: '2022-03-15召开，见表2-8，时间为10:30-11:00，电话0851-12345678。' },
      { text: '2023年4月13日，增长30%～40%，投资5万～10万元，3～11岁人群，2021—2025年。' },
      { text: '沈括（1031—1095），上午9:30—11:30，北京—上海。' },
      { text: '90年代以来，近10年来，5年3个月，10年以来，前20年底，版本1.2.3。' },
      { text: '第3-5条，GB/T 15834-2011，ISO 9001-2015，图3-1。' },
      { text: '12.5-13.5 是版本号范围，v2.0-3.0版' },
      { text: '请访问 https://example.gov.cn/2015.06.01/30-40%.html' },
      { text: '比分3-1，3-2-1号楼，A3-5纸' },
      { text: '截至2023年12月底，共有12,560处。' },
      { text: '`2015.06.01`', languageId: 'markdown' },
      { text: 'Growth was 30-40% in 2015.06.01 data (见附表).' },
      { text: '1857—1858年的经济危机' },
      { text: '国内生产总值增长6%－6.5%' },
    ],
  },
  checkLine(text, ctx): RawFinding[] {
    if (!DIGIT.test(text) || !TRIGGER.test(text)) return [];
    if (ctx.config.documentDate !== undefined && ctx.config.documentDate < STANDARD_IN_FORCE) return [];
    // GB/T 15835 is about Chinese text: a line of English keeps its own conventions (pages 30-40).
    if (!/[\u3400-\u9fff]/.test(text) || (/[A-Za-z]{3}/.test(text) && !isChineseText(text))) return [];
    const out: RawFinding[] = [];
    // Units already flagged: a later check never flags text an earlier one did (one array, no search).
    const taken = new Uint8Array(text.length);
    const add = (start: number, end: number, message: string, newText: string, safe = true, editStart = start, editEnd = end) => {
      if (overlapsAny(ctx.masked, start, end)) return;
      for (let k = start; k < end; k++) if (taken[k]) return;
      taken.fill(1, start, end);
      out.push({ start, end, message, fixes: [replace({ start: editStart, end: editEnd }, newText, { safe })] });
    };
    if (text.includes('.') || text.includes('/')) {
      for (const m of text.matchAll(DOTTED)) {
        add(m.index!, m.index! + m[0].length, l10n.t('Write dates with 年月日, not dots.'), `${m[1]}年${+m[3]}月${+m[4]}日`);
      }
    }
    if (text.includes('月') || text.includes('日')) {
      for (const m of text.matchAll(PADDED)) {
        const fixed = m[0].replace(/(?<!\d)0(\d)(?=[月日])/gu, '$1');
        if (fixed !== m[0]) add(m.index!, m.index! + m[0].length, l10n.t('No zero padding in dates.'), fixed);
      }
    }
    if (text.includes('年')) {
      const ref = referenceYear(ctx.config.documentDate);
      for (const m of text.matchAll(SHORT_YEAR)) {
        const yy = m[1] ?? m[2] ?? m[3];
        const n = Number(yy);
        // 00 … this year: 20yy; 50 … 99: 19yy; between them the century is a guess, so the fix is not safe.
        const recent = 2000 + n <= ref;
        const full = recent ? `20${yy}` : n >= 50 ? `19${yy}` : `20${yy}`;
        add(m.index!, m.index! + yy.length + 1, l10n.t('Write the year in full.'), `${full}年`, recent || n >= 50);
      }
      for (const m of text.matchAll(YEAR_RANGE)) {
        add(m.index!, m.index! + m[0].length, l10n.t('A span of years is joined with —.'), `${m[1]}—${m[2]}`);
      }
    }
    if (/[%％‰万亿]/.test(text)) {
      for (const m of text.matchAll(RANGE_DROP)) {
        const link = m[2] === '至' || m[2] === '到' ? m[2] : '～';
        add(m.index!, m.index! + m[0].length, l10n.t('A range repeats the unit on both numbers and uses ～.'), `${m[1]}${m[4]}${link}${m[3]}${m[4]}`);
      }
    }
    if (/[%％‰万亿]/.test(text)) {
      for (const m of text.matchAll(RANGE_LINK_UNIT)) {
        add(m.index!, m.index! + m[0].length, l10n.t('Number ranges use ～.'), `${m[1]}${m[2]}～${m[4]}${m[2]}`);
      }
    }
    for (const m of text.matchAll(RANGE_LINK)) {
      const end = m.index! + m[0].length;
      // A span of years before 年 (2021—2025年, 1857—1858年) is the year check's, which wants —.
      if (text[end] === '年' && /^\d{4}$/.test(m[1]) && /^\d{4}$/.test(m[3])) continue;
      add(m.index!, end, l10n.t('Number ranges use ～.'), `${m[1]}～${m[3]}`);
    }
    if (/[０-９]/.test(text)) {
      for (const m of text.matchAll(FULLWIDTH_DIGITS)) {
        add(m.index!, m.index! + m[0].length, l10n.t('Full-width digits: use half-width {0}.', toHalf(m[0])), toHalf(m[0]));
      }
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};
