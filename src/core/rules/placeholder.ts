/** Rule `placeholder`: unreplaced template placeholders (XX书记, X月X日, X%, 【单位名称】 …). */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { toSimplifiedChars } from '../script';
import { PLACE_WORDS, PLACEHOLDER_FORMS, TITLE_WORDS, type Missing, type PlaceholderForm } from '../data/placeholders';
import type { LineContext, LineRule, RawFinding } from '../rule';
import type { UserPattern } from '../userPattern';

interface Match {
  readonly start: number;
  readonly end: number;
  readonly missing: Missing;
  readonly priority: number;
}

export function placeholderMessage(text: string, missing: Missing): string {
  switch (missing) {
    case 'name':
      return l10n.t('Unreplaced placeholder "{0}": the person\'s name is missing.', text);
    case 'date':
      return l10n.t('Unreplaced placeholder "{0}": the date is missing.', text);
    case 'number':
      return l10n.t('Unreplaced placeholder "{0}": a number is missing.', text);
    case 'place':
      return l10n.t('Unreplaced placeholder "{0}": the place name is missing.', text);
    case 'censored':
      return l10n.t('"{0}" spells a word the way sites do to avoid censorship filters: write it in Chinese characters.', text);
    default:
      return l10n.t('Unreplaced placeholder "{0}".', text);
  }
}

const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ]/;
const HAN_OR_CJK = /[\p{Script=Han}，。、；：？！“”‘’（）《》〈〉【】〔〕…—～·]/u;
const HAN_OR_MARK = /[\p{Script=Han}，。、；：？！“”‘’（）《》〈〉【】〔〕…—～·,.;:!?()"']/u;

/** Whether the context before `start` is acceptable for `form` (see PlaceholderForm.before). */
function beforeOk(text: string, start: number, before: PlaceholderForm['before']): boolean {
  if (!before || start === 0) return true;
  const prev = text[start - 1];
  switch (before) {
    case 'latin':
      return !LATIN_OR_DIGIT.test(prev);
    case 'latin-space':
      return !LATIN_OR_DIGIT.test(prev) && !(prev === ' ' && start > 1 && LATIN_OR_DIGIT.test(text[start - 2]));
    case 'han':
      return HAN_OR_MARK.test(prev);
  }
}

function collect(text: string, forms: readonly PlaceholderForm[], extra: readonly UserPattern[]): Match[] {
  const out: Match[] = [];
  forms.forEach((form, priority) => {
    const re = form.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // A capture group, when the pattern has one, is what is flagged (第X次 → X).
      const [start, end] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
      if (!beforeOk(text, m.index, form.before)) continue;
      if (form.around === 'han' && !(HAN_OR_CJK.test(text[m.index - 1] ?? '') || HAN_OR_CJK.test(text[m.index + m[0].length] ?? ''))) continue;
      out.push({ start, end, missing: form.missing, priority });
    }
  });
  for (const p of extra) {
    for (const [start, end] of p.matches(text)) out.push({ start, end, missing: 'text', priority: forms.length });
  }
  return out;
}

/** Keep one match per overlapping cluster: the longest, then the most specific form. */
function resolveOverlaps(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const kept: Match[] = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      const better = m.end - m.start > last.end - last.start || (m.end - m.start === last.end - last.start && m.priority < last.priority);
      if (better) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

const FOLLOWING_TITLE = new RegExp(`^(?:${TITLE_WORDS})`, 'u');
const FOLLOWING_PLACE = new RegExp(`^(?:${PLACE_WORDS})`, 'u');

/**
 * What identifies "the same placeholder" for filling every occurrence at once: the placeholder
 * with the title or unit after it, so XX书记 and XX省 are filled separately.
 */
function placeholderKey(text: string, m: Match): string {
  const flagged = text.slice(m.start, m.end);
  const follower = m.missing === 'name' ? FOLLOWING_TITLE : m.missing === 'place' ? FOLLOWING_PLACE : undefined;
  const after = follower?.exec(toSimplifiedChars(text.slice(m.end, m.end + 4)));
  return after ? flagged + after[0] : flagged;
}

/** What any form needs; lines without it are skipped before any conversion or matching. */
const TRIGGER =
  /[XxＸｘ×✕╳ⅹⅩ*＊_＿\-某○◯〇●□■△▲☆★A-Zgdzjp]|(?:…|\.)年|[【\[［（(〔][^】\]］）)〕]{0,12}(?:名称|姓名|名字|全称|日期|时间|地点|职务|职位|单位|部门|数字|数据|数量|金额|人数|年份|月份|人名|地名|标题|称谓|略|待补充|待定|待填|TBD|TODO)/;

export function findPlaceholders(text: string, masked: LineContext['masked'], extra: readonly UserPattern[] = []): Match[] {
  if (!TRIGGER.test(text) && extra.length === 0) return [];
  // Titles and units are matched in simplified form, so traditional text (x書記) is caught too;
  // the conversion keeps every offset.
  return resolveOverlaps(collect(toSimplifiedChars(text), PLACEHOLDER_FORMS, extra)).filter((m) => !overlapsAny(masked, m.start, m.end));
}

export const placeholderRule: LineRule = {
  id: 'placeholder',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'Unreplaced template placeholders: XX书记, ××主任, X月X日, X%, 20XX年, 某某, ___, 【单位名称】.',
  examples: {
    flag: [
      ...PLACEHOLDER_FORMS.flatMap((f) => f.flag),
      { text: '**重要**：XX书记讲话', flagged: 'XX', languageId: 'markdown' as const },
      // The forms real pages take (issue examples, written here as forms).
      { text: '20**年全县经济工作会议', flagged: '20**' },
      { text: '*同志在会上指出', flagged: '*' },
      { text: '学习贯彻党的*大精神', flagged: '*' },
      { text: 'X市委召开常委会', flagged: 'X' },
      { text: '由×局长主持', flagged: '×' },
      { text: '回顾xxxx年的工作', flagged: 'xxxx' },
      { text: '初xxxx级全体同学', flagged: 'xxxx' },
      { text: '_乡党委书记', flagged: '_' },
      { text: '20_年工作要点', flagged: '20_' },
      { text: '请XX 局长讲话', flagged: 'XX' },
      { text: '完成了X 个项目', flagged: 'X' },
      { text: '由(单位)负责', flagged: '(单位)' },
      { text: '某局长作了部署', flagged: '某' },
      { text: '在B县委的领导下', flagged: 'B' },
    ],
    pass: [
      ...PLACEHOLDER_FORMS.flatMap((f) => f.pass),
      { text: '见 https://example.com/xx/XXX.html' },
      { text: '*强调*和**加粗**，以及__加粗__', languageId: 'markdown' as const },
      { text: '- [x] 已完成的事项', languageId: 'markdown' as const },
      { text: '`XX` 是示例代码', languageId: 'markdown' as const },
      { text: '拍X线片检查' },
      { text: 'PM10浓度下降' },
      { text: '2×2的矩阵' },
      { text: '〔2023〕5号文件' },
      { text: '联系邮箱 xx_office@example.com' },
      { text: '在某些地方、某种程度上、某个环节' },
      { text: '**加粗** 和 *斜体* 以及 __强调__', languageId: 'markdown' as const },
      { text: '二○○○年以来' },
    ],
  },
  checkLine(text, ctx): RawFinding[] {
    return findPlaceholders(text, ctx.masked, ctx.config.placeholderPatterns).map((m) => {
      const flagged = text.slice(m.start, m.end);
      return {
        start: m.start,
        end: m.end,
        message: placeholderMessage(flagged, m.missing),
        ...(m.missing === 'censored' ? { severity: 'hint' as const } : {}),
        data: { placeholder: flagged, missing: m.missing, key: placeholderKey(text, m) },
      };
    });
  },
};
