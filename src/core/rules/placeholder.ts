/** Rule `placeholder`: unreplaced template placeholders (XX书记, X月X日, X%, 【单位名称】 …). */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { toSimplifiedChars } from '../script';
import { bothScripts, bothScriptsChars } from '../scriptPattern';
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
 * Messages already built, per kind of missing text and placeholder (most texts repeat the same
 * few placeholders). Dropped when the message bundle changes: a message without arguments
 * serves as the probe, asked once per line with findings.
 */
const messages: Record<Missing, Map<string, string>> = { name: new Map(), date: new Map(), number: new Map(), place: new Map(), text: new Map(), censored: new Map() };
let messagesProbe: string | undefined;

function checkMessageBundle(): void {
  const probe = l10n.t('Unreplaced placeholder.');
  if (probe === messagesProbe) return;
  for (const k in messages) messages[k as Missing].clear();
  messagesProbe = probe;
}

function cachedMessage(text: string, missing: Missing): string {
  const byText = messages[missing];
  let m = byText.get(text);
  if (m === undefined) {
    m = placeholderMessage(text, missing);
    if (byText.size > 4096) byText.clear();
    byText.set(text, m);
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

/**
 * The three classes above per code unit, found on first use (bit 1: known; 2: latin or digit;
 * 4: Han or a Chinese mark; 8: Han or any mark). A lone surrogate matches none, as in the patterns.
 */
const CLASS_OF = new Uint8Array(0x10000);
function classOf(c: number): number {
  let k = CLASS_OF[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LATIN_OR_DIGIT.test(ch) ? 2 : 0) | (HAN_OR_CJK.test(ch) ? 4 : 0) | (HAN_OR_MARK.test(ch) ? 8 : 0);
    CLASS_OF[c] = k;
  }
  return k;
}
/** Whether the code unit at `i` of `text` is in class `bit` (false outside the text). */
const isAt = (text: string, i: number, bit: number): boolean => i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & bit) !== 0;

/** Whether the context before `start` is acceptable for `form` (see PlaceholderForm.before). */
function beforeOk(text: string, start: number, before: PlaceholderForm['before']): boolean {
  if (!before || start === 0) return true;
  switch (before) {
    case 'latin':
      return !isAt(text, start - 1, 2);
    case 'latin-space':
      return !isAt(text, start - 1, 2) && !(text.charCodeAt(start - 1) === 32 && isAt(text, start - 2, 2));
    case 'han':
      return isAt(text, start - 1, 8);
  }
}

/** Whether a match of `form` over [s, e) keeps its context (before and around it). */
function contextOk(text: string, s: number, e: number, form: PlaceholderForm): boolean {
  return beforeOk(text, s, form.before) && (form.around !== 'han' || isAt(text, s - 1, 4) || isAt(text, e, 4));
}

const NONE: never[] = [];

/**
 * Per character, the forms whose gate holds it (bit k: form k). One pass over a line gives the
 * forms that can match there and where; the others are not run.
 */
const GATES = new Uint32Array(0x10000);
if (PLACEHOLDER_FORMS.length > 32) throw new Error('placeholder: more than 32 forms need a wider gate table');
/** The same for each form's second set (`also`); forms without one have their bit everywhere. */
const ALSO = new Uint32Array(0x10000);
let WITHOUT_ALSO = 0;
/** The same for each form's second characters (`next`). */
const NEXT = new Uint32Array(0x10000);
let WITHOUT_NEXT = 0;
PLACEHOLDER_FORMS.forEach((form, k) => {
  if (form.next === undefined) WITHOUT_NEXT |= 1 << k;
  else for (const ch of bothScriptsChars(form.next)) NEXT[ch.charCodeAt(0)] |= 1 << k;
  for (const ch of form.gate) GATES[ch.charCodeAt(0)] |= 1 << k;
  if (form.also === undefined) WITHOUT_ALSO |= 1 << k;
  else for (const ch of bothScriptsChars(form.also)) ALSO[ch.charCodeAt(0)] |= 1 << k;
});

/**
 * Each form's pattern anchored (sticky, not global), for the forms whose matches start at a gate
 * character (no lookback) and flag the whole match: tried at the gate characters of a line one by
 * one when they are few, instead of a global scan over the rest of the line.
 */
const ANCHORED: ReadonlyArray<RegExp | undefined> = PLACEHOLDER_FORMS.map((f) =>
  (f.lookback ?? 0) === 0 && !f.pattern.hasIndices ? new RegExp(f.pattern.source, f.pattern.flags.replace('g', '') + 'y') : undefined,
);

/** Positions of gate characters in the line being checked, and their forms' bits (reused; grown as needed). */
let gatePos: Int32Array = new Int32Array(256);
let gateBits: Int32Array = new Int32Array(256);

/** The matches of the line being checked: start, end and form index (forms.length: a user's pattern). */
let matchStart: Int32Array = new Int32Array(64);
let matchEnd: Int32Array = new Int32Array(64);
let matchForm: Int32Array = new Int32Array(64);
let matchCount = 0;
/** Match indices in the order of resolveOverlaps, then the kept ones (reused). */
let order: Int32Array = new Int32Array(64);

function pushMatch(start: number, end: number, form: number): void {
  if (matchCount === matchStart.length) {
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    matchStart = grow(matchStart);
    matchEnd = grow(matchEnd);
    matchForm = grow(matchForm);
    order = new Int32Array(matchStart.length);
  }
  matchStart[matchCount] = start;
  matchEnd[matchCount] = end;
  matchForm[matchCount] = form;
  matchCount++;
}

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
 * Leaves the matches in matchStart / matchEnd / matchForm, matchCount of them.
 */
function collect(text: string, forms: readonly PlaceholderForm[], extra: readonly UserPattern[]): void {
  matchCount = 0;
  let n = 0;
  let mask = 0;
  let also = WITHOUT_ALSO;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    also |= ALSO[c];
    const g = GATES[c];
    if (g === 0) continue;
    mask |= g;
    if (n === gatePos.length) {
      const grown = new Int32Array(n * 2);
      grown.set(gatePos);
      gatePos = grown;
      const bits = new Int32Array(n * 2);
      bits.set(gateBits);
      gateBits = bits;
    }
    gateBits[n] = g;
    gatePos[n++] = i;
  }
  mask &= also;
  for (let priority = 0; mask !== 0 && priority < forms.length; priority++) {
    const bit = 1 << priority;
    if (!(mask & bit)) continue;
    const form = forms[priority];
    let k = 0;
    while (k < n && !(gateBits[k] & bit)) k++;
    const anchored = ANCHORED[priority];
    if (anchored !== undefined) {
      // Few gate characters for the rest of the line: the pattern is tried at each of them
      // (followed by one of the form's second characters, when it has a list of them).
      const anyNext = (WITHOUT_NEXT & bit) !== 0;
      let candidates = 0;
      for (let j = k; j < n; j++) if (gateBits[j] & bit && (anyNext || NEXT[text.charCodeAt(gatePos[j] + 1)] & bit)) candidates++;
      if (candidates * STICKY_COST < len - gatePos[k]) {
        let from = 0;
        for (let j = k; j < n; j++) {
          const s = gatePos[j];
          if (s < from || !(gateBits[j] & bit)) continue;
          // Past the line end, charCodeAt gives NaN, and NEXT[NaN] no bit: no match of two characters.
          if (!anyNext && !(NEXT[text.charCodeAt(s + 1)] & bit)) continue;
          anchored.lastIndex = s;
          if (!anchored.test(text)) continue;
          const e = anchored.lastIndex;
          if (e === s) continue;
          from = e;
          if (contextOk(text, s, e, form)) pushMatch(s, e, priority);
        }
        continue;
      }
    }
    const re = form.pattern;
    const lookback = form.lookback ?? 0;
    // A global scan from the first start the gate allows; after each match, from the next one.
    let from = 0;
    for (;;) {
      while (k < n && (gatePos[k] < from || !(gateBits[k] & bit))) k++;
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
      if (!contextOk(text, s, e, form)) continue;
      // A capture group, when the pattern has one, is what is flagged (第X次 → X).
      const group = m.indices?.[1];
      if (group) pushMatch(group[0], group[1], priority);
      else pushMatch(s, e, priority);
    }
  }
  if (extra.length) {
    // Users' patterns are matched against the simplified form of the line (same offsets).
    const simplified = toSimplifiedChars(text);
    for (const p of extra) {
      for (const [start, end] of p.matches(simplified)) pushMatch(start, end, forms.length);
    }
  }
}

/** An anchored try costs about as much as this many characters of a global scan. */
const STICKY_COST = 16;

/** Whether match a comes before match b: by start, the longer first, then the more specific form. */
function before(a: number, b: number): boolean {
  const d = matchStart[a] - matchStart[b];
  if (d !== 0) return d < 0;
  const l = matchEnd[b] - matchStart[b] - (matchEnd[a] - matchStart[a]);
  if (l !== 0) return l < 0;
  return matchForm[a] < matchForm[b];
}

/**
 * Keeps one match per overlapping cluster: the longest, then the most specific form. Leaves the
 * kept matches' indices, in order, at the front of `order`; returns how many.
 */
function resolveOverlaps(): number {
  const n = matchCount;
  if (n <= 16) {
    // Insertion sort (stable): a line rarely has more than a few matches.
    for (let i = 0; i < n; i++) {
      let j = i;
      while (j > 0 && before(i, order[j - 1])) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
  } else {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : a - b));
    order.set(idx);
  }
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const m = order[i];
    if (kept > 0) {
      const last = order[kept - 1];
      if (matchStart[m] < matchEnd[last]) {
        const ml = matchEnd[m] - matchStart[m];
        const ll = matchEnd[last] - matchStart[last];
        if (ml > ll || (ml === ll && matchForm[m] < matchForm[last])) order[kept - 1] = m;
        continue;
      }
    }
    order[kept++] = m;
  }
  return kept;
}

/** The kind of missing text of a match's form. */
const missingOf = (form: number): Missing => (form < PLACEHOLDER_FORMS.length ? PLACEHOLDER_FORMS[form].missing : 'text');

/** Titles (after a name) and units (after a place), matched at the end of a placeholder in either script. */
const FOLLOWING_TITLE = bothScripts(new RegExp(`(?:${TITLE_WORDS})`, 'uy'));
const FOLLOWING_PLACE = bothScripts(new RegExp(`(?:${PLACE_WORDS})`, 'uy'));

/**
 * What identifies "the same placeholder" for filling every occurrence at once: the placeholder
 * with the title or unit after it (in simplified characters), so XX书记 and XX省 are filled separately.
 */
function placeholderKey(text: string, flagged: string, end: number, missing: Missing): string {
  const follower = missing === 'name' ? FOLLOWING_TITLE : missing === 'place' ? FOLLOWING_PLACE : undefined;
  if (follower === undefined) return flagged;
  follower.lastIndex = end;
  if (!follower.test(text)) return flagged;
  return flagged + toSimplifiedChars(text.slice(end, follower.lastIndex));
}

/** The placeholders of one line, overlaps resolved, those over masked text dropped. */
export function findPlaceholders(text: string, masked: LineContext['masked'], extra: readonly UserPattern[] = []): readonly Match[] {
  // The forms' patterns match traditional text too (x書記), so the line is matched as it is.
  collect(text, PLACEHOLDER_FORMS, extra);
  if (matchCount === 0) return NONE;
  const kept = resolveOverlaps();
  const out: Match[] = [];
  for (let i = 0; i < kept; i++) {
    const k = order[i];
    if (overlapsAny(masked, matchStart[k], matchEnd[k])) continue;
    out.push({ start: matchStart[k], end: matchEnd[k], missing: missingOf(matchForm[k]), priority: matchForm[k] });
  }
  return out;
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
    collect(text, PLACEHOLDER_FORMS, ctx.config.placeholderPatterns);
    if (matchCount === 0) return NONE;
    const kept = resolveOverlaps();
    const masked = ctx.masked;
    checkMessageBundle();
    const out: RawFinding[] = [];
    for (let i = 0; i < kept; i++) {
      const k = order[i];
      const start = matchStart[k];
      const end = matchEnd[k];
      if (overlapsAny(masked, start, end)) continue;
      const missing = missingOf(matchForm[k]);
      const flagged = text.slice(start, end);
      const message = cachedMessage(flagged, missing);
      const data = { placeholder: flagged, missing, key: placeholderKey(text, flagged, end, missing) };
      // Two fixed shapes (a spread of an optional field makes objects of varied shapes).
      out.push(missing === 'censored' ? { start, end, message, severity: 'hint', data } : { start, end, message, data });
    }
    return out;
  },

};
