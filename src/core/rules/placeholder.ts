/** Rule `placeholder`: unreplaced template placeholders (XX书记, X月X日, X%, 【单位名称】 …). */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { toSimplifiedChars } from '../script';
import { bothScriptsChars } from '../scriptPattern';
import { PLACE_WORDS, PLACEHOLDER_FORMS, TITLE_WORDS, type Missing, type PlaceholderForm } from '../data/placeholders';
import type { LineContext, LineRule, RawFinding } from '../rule';
import type { UserPattern } from '../userPattern';

interface Match {
  readonly start: number;
  readonly end: number;
  readonly missing: Missing;
  readonly priority: number;
}

/**
 * Messages already built, by placeholder and kind (most texts repeat the same few placeholders).
 * Dropped when the message bundle changes: a message without arguments serves as the probe.
 */
const messages = new Map<string, string>();
let messagesProbe: string | undefined;

function cachedMessage(text: string, missing: Missing): string {
  const probe = l10n.t('Unreplaced placeholder.');
  if (probe !== messagesProbe) {
    messages.clear();
    messagesProbe = probe;
  }
  const key = missing + '\u0000' + text;
  let m = messages.get(key);
  if (m === undefined) {
    m = placeholderMessage(text, missing);
    if (messages.size > 4096) messages.clear();
    messages.set(key, m);
  }
  return m;
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

const NONE: Match[] = [];

/**
 * Per character, the forms whose gate holds it (bit k: form k). One pass over a line gives the
 * forms that can match there and where; the others are not run.
 */
const GATES = new Uint32Array(0x10000);
if (PLACEHOLDER_FORMS.length > 32) throw new Error('placeholder: more than 32 forms need a wider gate table');
/** The same for each form's second set (`also`); forms without one have their bit everywhere. */
const ALSO = new Uint32Array(0x10000);
let WITHOUT_ALSO = 0;
PLACEHOLDER_FORMS.forEach((form, k) => {
  for (const ch of form.gate) GATES[ch.charCodeAt(0)] |= 1 << k;
  if (form.also === undefined) WITHOUT_ALSO |= 1 << k;
  else for (const ch of bothScriptsChars(form.also)) ALSO[ch.charCodeAt(0)] |= 1 << k;
});

/** Positions of gate characters in the line being checked (reused; grown as needed). */
let gatePos = new Int32Array(256);

/** The forms that may match in `text` (bit k: form k). */
export function gateMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= GATES[text.charCodeAt(i)];
  return mask;
}

/**
 * Every match of each form whose gate characters occur in `text`, as a global scan of its
 * pattern from the line start finds them: a match holds a gate character at most `lookback`
 * characters after its start, so the scan starts there and skips stretches without one.
 */
function collect(text: string, forms: readonly PlaceholderForm[], extra: readonly UserPattern[]): Match[] {
  let out: Match[] | undefined;
  let n = 0;
  let mask = 0;
  let also = WITHOUT_ALSO;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    also |= ALSO[c];
    const g = GATES[c];
    if (g === 0) continue;
    mask |= g;
    if (n === gatePos.length) {
      const grown = new Int32Array(n * 2);
      grown.set(gatePos);
      gatePos = grown;
    }
    gatePos[n++] = i;
  }
  mask &= also;
  for (let priority = 0; mask !== 0 && priority < forms.length; priority++) {
    const bit = 1 << priority;
    if (!(mask & bit)) continue;
    const form = forms[priority];
    const re = form.pattern;
    const lookback = form.lookback ?? 0;
    // A global scan from the first start the gate allows; after each match, from the next one.
    let k = 0;
    let from = 0;
    for (;;) {
      while (k < n && (gatePos[k] < from || !(GATES[text.charCodeAt(gatePos[k])] & bit))) k++;
      if (k === n) break;
      re.lastIndex = Math.max(from, gatePos[k] - lookback);
      const m = re.exec(text);
      if (!m) break;
      const s = m.index;
      const e = s + m[0].length;
      if (e === s) {
        from = s + 1;
        continue;
      }
      from = e;
      // A capture group, when the pattern has one, is what is flagged (第X次 → X).
      const [start, end] = m.indices?.[1] ?? [s, e];
      if (beforeOk(text, s, form.before) && (form.around !== 'han' || HAN_OR_CJK.test(text[s - 1] ?? '') || HAN_OR_CJK.test(text[e] ?? ''))) {
        (out ??= []).push({ start, end, missing: form.missing, priority });
      }
    }
  }
  if (extra.length) {
    // Users' patterns are matched against the simplified form of the line (same offsets).
    const simplified = toSimplifiedChars(text);
    for (const p of extra) {
      for (const [start, end] of p.matches(simplified)) (out ??= []).push({ start, end, missing: 'text', priority: forms.length });
    }
  }
  return out ?? NONE;
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

export function findPlaceholders(text: string, masked: LineContext['masked'], extra: readonly UserPattern[] = []): readonly Match[] {
  // The forms' patterns match traditional text too (x書記), so the line is matched as it is.
  const found = collect(text, PLACEHOLDER_FORMS, extra);
  if (found.length === 0) return NONE;
  return resolveOverlaps(found).filter((m) => !overlapsAny(masked, m.start, m.end));
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
        message: cachedMessage(flagged, m.missing),
        ...(m.missing === 'censored' ? { severity: 'hint' as const } : {}),
        data: { placeholder: flagged, missing: m.missing, key: placeholderKey(text, m) },
      };
    });
  },
};
