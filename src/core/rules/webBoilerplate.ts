/** Rule `web-boilerplate`: what a website added to the speech (navigation, editor's notes, copyright …). */
import * as l10n from '@vscode/l10n';
import { isBlank, isHanUnit, isSpaceUnit } from '../chars';
import type { Line, SourceDocument } from '../document';
import { BOILERPLATE_FORMS, INTERFACE_LINE_EXAMPLES, INTERFACE_WORDS, type BoilerplateCategory, type BoilerplateForm } from '../data/boilerplate';
import type { DocumentRule, RawFinding, RuleContext } from '../rule';
import { KeywordGroups } from '../keywordScan';
import { matchView, toSimplifiedChars, type MatchView } from '../script';
import { bothScripts } from '../scriptPattern';
import type { TextEdit } from '../types';

function categoryMessage(category: BoilerplateCategory | 'repeated-title' | 'summary', text: string): string {
  switch (category) {
    case 'navigation':
      return l10n.t('Website navigation left in the speech.');
    case 'site':
      return l10n.t('Website text left in the speech.');
    case 'editor':
      return l10n.t("Website editor's note left in the speech.");
    case 'metadata':
      return l10n.t('Website metadata (date, source, clicks) left in the speech.');
    case 'paywall':
      return l10n.t('Website preview or paywall text left in the speech.');
    case 'copyright':
      return l10n.t('Website copyright or registration line left in the speech.');
    case 'link-list':
      return l10n.t('Website link list, with the unrelated articles after it.');
    case 'page-footer':
      return l10n.t('PDF page footer left in the text.');
    case 'title-decoration':
      return l10n.t('Website title decoration "{0}".', text);
    case 'compilation':
      return l10n.t('Heading a website added to a compilation (a count of versions or an item number after the title).');
    case 'seo-title':
      return l10n.t('Page title a website wrote for search engines (the title with words such as 怎么写, 精选 or 全文 after it).');
    case 'conversion':
      return l10n.t('Text a Word or PDF conversion left (a drawing object\'s name, a trial notice).');
    case 'repeated-title':
      return l10n.t('Title repeated by the website.');
    case 'summary':
      return l10n.t('Website summary of the opening, cut off, before the full text.');
  }
}

const TAIL_MARKERS = bothScripts(/范文|小编|篇|本页|最近发表|详细|……|精选|希望对|收藏|阅读|下载|热词|推荐|参考|心得|总结|报告|作文|演讲稿/u);
/** Per line of `doc`: 1 when it is blank (empty or white space only), read once per run. */
function blankLines(doc: SourceDocument): Uint8Array {
  const lines = doc.lines;
  const out = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (isBlank(lines[i].text)) out[i] = 1;
  return out;
}
/** A sentence mark (not a stray "?" or "!" inside mojibake, which has other signs right after it). */
const SENTENCE_END = /[。！？]|[!?](?=\s|$|[\p{Script=Han}“”"'）)])/gu;

/** Where the text of line `i` ends, and where the next line starts (or the document ends). */
function lineEnd(line: Line): number {
  return line.start + line.text.length;
}

/**
 * The edit that removes lines [first, last] with their line breaks. `gone(i)` says whether line i
 * is removed by another finding of this rule; blank lines around the removed block are collapsed
 * to one (none at the start of the text), so removing website lines leaves no gap.
 */
function removeLines(doc: SourceDocument, first: number, last: number, gone: (i: number) => boolean, keptBefore: Int32Array): TextEdit {
  const lines = doc.lines;
  const start = lines[first].start;
  let end = last + 1 < lines.length ? lines[last + 1].start : doc.text.length;
  const b = first > 0 ? keptBefore[first - 1] : -1;
  const before = b >= 0 ? lines[b] : undefined;
  const after = last + 1 < lines.length ? lines[last + 1] : undefined;
  if (after && isBlank(after.text) && !gone(last + 1) && (!before || isBlank(before.text))) {
    end = last + 2 < lines.length ? lines[last + 2].start : doc.text.length;
  }
  if (!after && first > 0) {
    // The last line of a text without a final line break: remove the break before it instead.
    return { start: lineEnd(lines[first - 1]), end, newText: '' };
  }
  return { start, end, newText: '' };
}

/** What kind of website text a finding is: a category of the data, or one the rule finds itself. */
export type BoilerplateKind = BoilerplateCategory | 'repeated-title' | 'summary' | 'user-phrase';

interface Hit {
  readonly kind: BoilerplateKind;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixTitle: string;
  readonly edit: TextEdit;
}

function lengthOk(form: BoilerplateForm, line: string): boolean {
  return form.maxLineLength === undefined || line.length <= form.maxLineLength;
}

/** Whether a whole-line form matches `s` (length guard, its second pattern, the pattern). */
function lineMatches(form: BoilerplateForm, s: string): boolean {
  return lengthOk(form, s) && (!form.also || form.also.test(s)) && form.pattern.test(s);
}

const LINE_ORDER: readonly BoilerplateCategory[] = ['copyright', 'metadata', 'navigation', 'site'];
const LINE_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'line').sort(
  (a, b) => LINE_ORDER.indexOf(a.category) - LINE_ORDER.indexOf(b.category),
);
const TAIL_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'tail');
const SENTENCE_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'sentence');
/** Brackets that may hold nothing but a website segment, by opening mark. */
const BRACKET_PAIRS: Readonly<Record<string, string>> = { '(': ')', '（': '）', '【': '】', '[': ']', '〔': '〕', '「': '」', '『': '』' };
/** What may stand between a segment and its brackets: white space and the segment's own end mark. */
const INSIDE_BRACKET_SLACK = /^[\s!！。.?？,，…~～]*$/u;

/**
 * [start, end) widened to the pair of brackets around it when the brackets hold nothing else
 * (white space and an end mark at most): removing the segment alone would leave （！）.
 */
function withBrackets(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && isSpaceUnit(text.charCodeAt(a - 1))) a--;
  const close = a > 0 ? BRACKET_PAIRS[text[a - 1]] : undefined;
  if (close === undefined) return [start, end];
  const b = text.indexOf(close, end);
  if (b < 0 || b - end > 8 || !INSIDE_BRACKET_SLACK.test(text.slice(end, b))) return [start, end];
  return [a - 1, b + 1];
}

const SEGMENT_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'segment');

/** A title without the site's decorations (【精选】, trailing 范文) and surrounding spaces. */
function stripTitle(s: string): string {
  let out = s;
  for (const f of SEGMENT_FORMS) {
    if (f.category !== 'title-decoration') continue;
    f.pattern.lastIndex = 0;
    out = out.replace(f.pattern, '');
  }
  return out.trim();
}

const stripDecorations = (s: string) => {
  let out = s;
  for (const f of SEGMENT_FORMS) if (f.category === 'title-decoration') out = out.replace(f.pattern, '');
  return out.replace(/\s+/g, '');
};

const INTERFACE_TOKEN = bothScripts(
  new RegExp(
    `(${[...INTERFACE_WORDS].sort((a, b) => b.length - a.length).join('|')})|(\\d+(?:[.,]\\d+)*(?:\\s?(?:KB|MB|GB|K|M|W|万|%))?)|([\\s/|｜·:：()（）\\[\\]【】%+\\-_,，.])`,
    'iyu',
  ),
);
const ENUMERATION = /^\s*(?:[（(]?[一二三四五六七八九十百\d]+[）)、.．](?!\d)|第[一二三四五六七八九十\d]+[，,、])/u;

/**
 * Whether a short line without a sentence mark is made (three quarters or more of its
 * characters) of website-interface words, numbers and separators, with at least one word, or
 * only of numbers and signs: 文档, 25657, 99.8%, 浏览 120 下载 3, / 0.
 */
export function isInterfaceLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /[。！？!?；;]/.test(t) || ENUMERATION.test(t)) return false;
  // A stray separator on a line of its own: - | / > •.
  if (/^[-|｜/>»•·]{1,3}$/u.test(t)) return true;
  let covered = 0;
  let words = 0;
  let digits = 0;
  for (let pos = 0; pos < t.length; ) {
    INTERFACE_TOKEN.lastIndex = pos;
    const m = INTERFACE_TOKEN.exec(t);
    if (!m || m[0].length === 0) {
      pos++;
      continue;
    }
    covered += m[0].length;
    if (m[1]) words++;
    if (m[2]) digits++;
    pos += m[0].length;
  }
  if (covered < 0.75 * t.length) return false;
  // Numbers alone: a counter (three digits or more), a share or a page count, not a subscript
  // or a note number split off a sentence (PM / 2.5 / ).
  return words > 0 || (digits > 0 && digits <= 2 && covered === t.length && ((t.match(/\d/g)?.length ?? 0) >= 3 || /[%/]/.test(t)));
}

/** Words that mark a sentence as the speaker's own (kept before an editor's note). */
const SPEECH_MARKERS = bothScripts(/我|今天|同志|召开|会议|大家好|各位|在此|刚才|谨代表|欢迎|祝贺|感谢|领导|朋友们|老师们|同学们/u);
/** Words that mark a sentence as the site's (about the genre, the article, the reader). */
// (文章 only as an article the page points to — 这篇文章, 文章来源 — not the 文章 a speaker makes
// of a matter, 做文章 / 官样文章; nor 本文 inside 基本文化.)
const GENRE_WORDS = bothScripts(/讲话稿|发言稿|演讲稿|致辞稿|主持词|范文|范本|例文|稿子|写作|(?:这|本|此|该|一|几)篇文章|文章(?:来源|作者|内容|标题)|(?<![基根])本文(?![化件])|小编|怎么写|如何写|一筹莫展|本站|网友/u);
const SENTENCE_MARK = /[。！？!?]/u;
const CLAUSE_MARK = /[，,、\s]/u;
const CLAUSE_END = /[：:；;]/u;
/** The words that open an editor's note right before its match (下面是 小编…, 以下为 本站…). */
const NOTE_OPENER = bothScripts(/.*((?:下面|以下|如下|这里|这)(?:是|为)?(?:由)?[^，,。；;：:！？!?\s]{0,10})$/u);

/** A note that presents several pieces: 整理了几篇, 精选5篇, 一些发言稿, 多篇范文. */
const SEVERAL_PIECES = bothScripts(/(?:几|多|数|[两二三四五六七八九十\d]+)篇|一些|若干/u);
/** How many Han characters `t` holds. */
function hanCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (isHanUnit(t.charCodeAt(i))) n++;
  return n;
}

/** Whether `a` is made of the characters of `b`, in order. */
function isSubsequence(a: string, b: string): boolean {
  let k = 0;
  for (let p = 0; p < b.length && k < a.length; p++) if (b.charCodeAt(p) === a.charCodeAt(k)) k++;
  return k === a.length;
}
/** The genre word a title ends with. */
const GENRE_END = /(?:讲话稿|讲话|发言稿|发言|演讲稿|致辞|致词|主持词|贺词|开幕词|闭幕词|欢迎词|串词|报告)$/u;
/**
 * Whether a line (its letters and digits `a`) is the site's near-copy of the title `b`: the
 * title with a character or two dropped (全县工作会议上的讲话 for 在全县工作会议上的讲话),
 * or, before the salutation, the title shortened to its key words with the same genre word at the
 * end (教师节表彰大会主持词 for 在全区教育工作暨庆祝教师节表彰大会上的主持词).
 */
function nearCopy(a: string, b: string, beforeSalutation: boolean): boolean {
  if (a.length < 6 || b.length < 6 || a === b) return a === b && a.length >= 6;
  // (Only a copy no longer than the title: removing it loses no word the title does not have.)
  if (a.length < b.length && b.length - a.length <= 2 && a.length >= 8) return isSubsequence(a, b);
  if (!beforeSalutation || a.length >= b.length) return false;
  // (Not a piece of the title as it stands: that is the second half of a title split over two lines.)
  const g = GENRE_END.exec(a);
  return g !== null && b.endsWith(g[0]) && !b.includes(a) && isSubsequence(a, b);
}

/** A line's letters and digits in the matching view (marks and spaces left out). */
function letterKey(t: string): string {
  return matchView(t).text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether the sentence that holds a phrase a speaker may use too (供大家参考) reads as the site's. */
function siteSentence(sentence: string): boolean {
  return GENRE_WORDS.test(sentence) || !SPEECH_MARKERS.test(sentence);
}

/**
 * Whether a sentence before an editor's note at the top of the page is the site's teaser when no
 * salutation follows to show where the speech starts: it must speak of the genre, the article or
 * the reader (讲话稿是指…, 一份好的发言稿…). Otherwise it is the speech's own, even without a
 * speaker's word in it (二是坚定不移深化改革…).
 */
function genreSentence(sentence: string): boolean {
  return GENRE_WORDS.test(sentence) && !SPEECH_MARKERS.test(sentence);
}

/** What one line holds, from its text alone (memoized per line across runs). */
interface LineClass {
  /** The line opens a link list: it and the list after it are removed. */
  readonly tail: boolean;
  /** The whole line is website text, with this category. */
  readonly whole?: BoilerplateCategory;
  /** For a compilation heading: the title it holds (original offsets), which its fix keeps. */
  readonly title?: { readonly start: number; readonly end: number };
  /** The line is website text only at the top of the page. */
  readonly topOnly?: BoilerplateCategory;
  /**
   * An editor's note: from `start` (or `headStart` when the line is at the top of the page, where
   * the site's teaser sentences before the note go with it) to `end` (original offsets); `stop`
   * also takes the spaces after it.
   */
  readonly sentenceEnd?: {
    readonly start: number;
    readonly headStart: number;
    /** The same when no salutation follows: only sentences about the genre go with the note. */
    readonly genreStart: number;
    readonly end: number;
    readonly stop: number;
    /** The note runs to the end of the line. */
    readonly toEnd: boolean;
    /** The note presents several pieces (几篇, 5篇, 一些): what comes before it is the site's, not one speech's opening. */
    readonly several: boolean;
    readonly category: BoilerplateCategory;
  };
  /** Website segments inside the line (original offsets). */
  readonly segments: ReadonlyArray<{ readonly start: number; readonly end: number; readonly category: BoilerplateCategory }>;
}

/** Vowels with a tone mark: a line holding one may carry pinyin annotations (區(qū)). */
const TONE_MARKS = [...'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'];
/** Keyword group k < forms: the gate of BOILERPLATE_FORMS[k]; the last group: tone marks. */
const KEYWORDS = new KeywordGroups([...BOILERPLATE_FORMS.map((f) => f.gate), TONE_MARKS]);
const TONE_GROUP = BOILERPLATE_FORMS.length;
const FORM_INDEX = new Map(BOILERPLATE_FORMS.map((f, k) => [f, k]));
const indexesOf = (forms: readonly BoilerplateForm[]): Int32Array => Int32Array.from(forms, (f) => FORM_INDEX.get(f)!);
const TAIL_IDX = indexesOf(TAIL_FORMS);
const LINE_IDX = indexesOf(LINE_FORMS.filter((f) => !f.where));
const TOP_IDX = indexesOf(LINE_FORMS.filter((f) => f.where === 'top'));
const SENTENCE_IDX = indexesOf(SENTENCE_FORMS);
const SEGMENT_IDX = indexesOf(SEGMENT_FORMS);

/** Whether form k may match `s`, the line last scanned: one of its gate words is there, and the length fits. */
function isOpen(k: number, s: string): boolean {
  return KEYWORDS.has(k) && lengthOk(BOILERPLATE_FORMS[k], s);
}

/** The first form of `idx` (in that order) that matches the whole line `s`. */
function firstLineMatch(idx: Int32Array, s: string): BoilerplateForm | undefined {
  for (let j = 0; j < idx.length; j++) {
    const k = idx[j];
    if (isOpen(k, s) && lineMatches(BOILERPLATE_FORMS[k], s)) return BOILERPLATE_FORMS[k];
  }
  return undefined;
}

const sameOffset = (i: number): number => i;
const NO_SEGMENTS: LineClass['segments'] = Object.freeze([]);

/** A line class with every field set (one object shape for all: the rule reads them per line). */
function lineClass(
  tail: boolean,
  whole: LineClass['whole'],
  topOnly: LineClass['topOnly'] = undefined,
  title: LineClass['title'] = undefined,
  sentenceEnd: LineClass['sentenceEnd'] = undefined,
  segments: LineClass['segments'] = NO_SEGMENTS,
): LineClass {
  return { tail, whole, title, topOnly, sentenceEnd, segments };
}

/** What a line without any website text holds (shared: classes are never changed). */
const NOTHING: LineClass = Object.freeze(lineClass(false, undefined));
/** A line that opens a link list. */
const TAIL: LineClass = Object.freeze(lineClass(true, undefined));

/**
 * Whether `text` is a keyword run (isRepeatedRun), behind a native pre-test for a space after
 * its first 8 characters and within its first 61 (most lines have none). Asked only of the lines
 * classify finds nothing in, outside classify (which stays small enough for the keyword scan to be
 * inlined).
 */
function repeatedRunLine(text: string): boolean {
  // (Searched backwards from the 62nd character: at most 62 characters are read.)
  return text.length >= 26 && text.lastIndexOf(' ', 61) >= 8 && isRepeatedRun(text);
}

export function classify(text: string): LineClass {
  // The forms match the line itself (their patterns match traditional characters too), or the
  // line without its pinyin annotations when it may have some.
  KEYWORDS.scan(text);
  let view: MatchView = { text, toOriginal: sameOffset };
  if (KEYWORDS.has(TONE_GROUP)) {
    view = matchView(text);
    if (view.text !== text) KEYWORDS.scan(view.text);
  }
  const s = view.text;
  const orig = view.toOriginal;
  // Whether the line is made of interface words (asked once: both paths below need it).
  let iface: boolean | undefined;
  if (!KEYWORDS.any() && !(iface = isInterfaceLine(s))) return NOTHING;
  if (firstLineMatch(TAIL_IDX, s)) return TAIL;
  const whole = firstLineMatch(LINE_IDX, s);
  // A heading that holds the title (its pattern has indices, group 1 the title): its fix keeps the title.
  if (whole?.pattern.hasIndices) {
    whole.pattern.lastIndex = 0;
    const m = whole.pattern.exec(s);
    const t = m?.indices?.[1];
    if (t) return lineClass(false, whole.category, undefined, { start: orig(t[0]), end: orig(t[1]) });
  }
  if (whole) return lineClass(false, whole.category);
  const top = firstLineMatch(TOP_IDX, s);
  if (iface ?? isInterfaceLine(s)) return lineClass(false, 'site');
  if (top) return lineClass(false, undefined, top.category);
  let open = false;
  for (let j = 0; j < SENTENCE_IDX.length && !open; j++) open = isOpen(SENTENCE_IDX[j], s);
  for (let j = 0; j < SEGMENT_IDX.length && !open; j++) open = isOpen(SEGMENT_IDX[j], s);
  if (!open) return NOTHING;
  // Where the line's text starts and ends without its spaces (read in place, not copied).
  let trimmedStart = 0;
  while (trimmedStart < s.length && isSpaceUnit(s.charCodeAt(trimmedStart))) trimmedStart++;
  let trimmedEnd = s.length;
  while (trimmedEnd > trimmedStart && isSpaceUnit(s.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  // Characters already taken by a finding of this line (accepted findings never overlap, and
  // the matches of one form do not either, so marking and probing stay linear in the line).
  let taken: Uint8Array | undefined;
  const isTaken = (a: number, b: number): boolean => {
    if (taken) for (let k = a; k < b; k++) if (taken[k]) return true;
    return false;
  };
  const take = (a: number, b: number): void => {
    taken ??= new Uint8Array(s.length);
    taken.fill(1, a, b);
  };
  let sentenceEnd: LineClass['sentenceEnd'];
  for (let j = 0; j < SENTENCE_IDX.length; j++) {
    const form = BOILERPLATE_FORMS[SENTENCE_IDX[j]];
    if (!isOpen(SENTENCE_IDX[j], s)) continue;
    const m = form.pattern.exec(s);
    if (!m) continue;
    // The end of the sentence that contains the match (its closing mark included).
    SENTENCE_END.lastIndex = m.index + m[0].length;
    const close = SENTENCE_END.exec(s);
    const end = close ? close.index + 1 : s.length;
    // The sentence that holds the note starts after the last sentence mark before it; a teaser
    // glued to the note by a comma goes with it.
    let start = m.index;
    while (start > 0 && !SENTENCE_MARK.test(s[start - 1])) start--;
    if (form.confirm === 'site-sentence' && !siteSentence(s.slice(start, end))) continue;
    // A note glued to the speech's own words without a sentence mark (a clause the page cut
    // off: …细颗粒物（PM下面是小编…) takes only the note, from its opening words (下面是, 以下为,
    // with the site's name after them: 下面是某某文档网小编…).
    // (A teaser glued by a comma, 以下是讲话全文，供大家参考, still goes with it, and so does a
    // word or two before the note: 我为大家整理了….)
    // After a colon or a semicolon the note starts a clause of its own (例如：下面是小编…).
    if (start < m.index && !genreSentence(s.slice(start, m.index))) {
      const opener = NOTE_OPENER.exec(s.slice(Math.max(start, m.index - 16), m.index));
      // (The opener nearest the note: .* in front of it takes the rest.)
      const noteStart = opener ? m.index - opener[1].length : m.index;
      const before = s[noteStart - 1];
      if (noteStart > start && (CLAUSE_END.test(before) || (m.index - start >= 8 && !CLAUSE_MARK.test(before)))) start = noteStart;
    }
    // At the top of the page, the site's teaser sentences before it go too: before a salutation,
    // those that read as the site's; with no salutation after them, only those about the genre.
    const teaserFrom = (isTeaser: (sentence: string) => boolean): number => {
      let from = start;
      while (from > 0) {
        let k = from - 1;
        while (k > 0 && !SENTENCE_MARK.test(s[k - 1])) k--;
        if (!isTeaser(s.slice(k, from))) break;
        from = k;
      }
      return from <= trimmedStart ? 0 : from;
    };
    const headStart = teaserFrom(siteSentence);
    const genreStart = teaserFrom(genreSentence);
    while (start < s.length && isSpaceUnit(s.charCodeAt(start))) start++;
    if (start <= trimmedStart && end >= trimmedEnd) return lineClass(false, form.category);
    let stop = orig(end);
    while (stop < text.length && isSpaceUnit(text.charCodeAt(stop))) stop++;
    sentenceEnd = { start: orig(start), headStart: orig(headStart), genreStart: orig(genreStart), end: orig(end), stop, toEnd: end >= trimmedEnd, several: SEVERAL_PIECES.test(s.slice(m.index, end)), category: form.category };
    take(start, end);
    break;
  }
  const segments: Array<{ start: number; end: number; category: BoilerplateCategory }> = [];
  for (let j = 0; j < SEGMENT_IDX.length; j++) {
    const form = BOILERPLATE_FORMS[SEGMENT_IDX[j]];
    if (!isOpen(SEGMENT_IDX[j], s)) continue;
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(s); m; m = form.pattern.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b === a) {
        form.pattern.lastIndex++;
        continue;
      }
      if (form.accept && !form.accept(m[0])) continue;
      if (isTaken(a, b)) continue;
      take(a, b);
      if (a <= trimmedStart && b >= trimmedEnd) return lineClass(false, form.category);
      segments.push({ start: orig(a), end: orig(b), category: form.category });
    }
  }
  return sentenceEnd || segments.length ? lineClass(false, undefined, undefined, undefined, sentenceEnd, segments) : NOTHING;
}

/**
 * A phrase of eight to sixty characters without a sentence mark (a title, not a slogan such as
 * 祖国万岁！), written three times or more, split by spaces, maybe with a last copy cut off.
 */
const REPEATED_RUN = /\s*(?=([^\s。！？!?]{8,60}))\1(?:\s+\1){2,}(?:\s+(\S+))?\s*$/uy;

/**
 * Whether line `t` is one phrase written three times or more, split by spaces (the last copy may
 * be cut off: a start of the phrase): a site's keyword run, never a sentence. One native match;
 * the phrase is read in a look-ahead (atomic: never shortened), so nothing is tried twice.
 */
export function isRepeatedRun(t: string): boolean {
  REPEATED_RUN.lastIndex = 0;
  const m = REPEATED_RUN.exec(t);
  return m !== null && (m[2] === undefined || (m[2].length >= 2 && m[1].startsWith(m[2])));
}

/** A line cut off by the site: it ends with "..." or "…" right after a character or a comma. */
const CUT_OFF = /[\p{Script=Han}，,、\w](?:\.{3,}|…{1,2})$/u;

const CUT_AFTER = /[\p{Script=Han}，,、]/u;
/** A character with a bad converter's pinyin after it, 区(qū): the dots after it cut the text off too. */
const PINYIN_BEFORE = /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]$/u;
/** A line that stops inside a sentence: after a character or a comma, without any mark. */
const CUT_BARE = /[\p{Script=Han}，,、]\s*$/u;

/**
 * Where the site's cut-off mark at the end of line `t` starts (with the spaces before it), or -1:
 * a run of dots after a character or a comma (not after a sentence mark). On the last line of
 * the page "…" or "……" counts too; inside the page only three marks or more in a paragraph of
 * 40 characters or more (a speaker's trailing-off is "……", and the official record never ends
 * a paragraph with an ellipsis), and only before a website line (the caller checks). Read from
 * the end of the line, so the pass stays linear.
 */
function cutMark(t: string, lastLine: boolean): number {
  let e = t.length;
  while (e > 0 && isSpaceUnit(t.charCodeAt(e - 1))) e--;
  const c = t[e - 1];
  if (c !== '.' && c !== '…' && c !== '⋯' && c !== '。' && c !== '·') return -1;
  // Most lines end with one 。: settled without another look.
  if (t[e - 2] !== c && !(lastLine && (c === '…' || c === '⋯'))) return -1;
  let b = e - 1;
  while (b > 0 && t[b - 1] === c) b--;
  const run = e - b;
  const ellipsis = c === '…' || c === '⋯';
  if (!(run >= 3 || (lastLine && ellipsis && run <= 2)) || (!lastLine && t.length < 40)) return -1;
  let s = b;
  while (s > 0 && isSpaceUnit(t.charCodeAt(s - 1))) s--;
  if (s === 0 || !(CUT_AFTER.test(t[s - 1]) || PINYIN_BEFORE.test(t.slice(Math.max(0, s - 10), s)))) return -1;
  return s;
}

/** A table of contents' heading, and one of its entries without leader dots. */
const TOC_HEADING = /^\s*(?:本文|文章)?目\s*录\s*[:：]?\s*$/u;
const TOC_ENTRY = /^\s*[^。！？!?；;\s][^。！？!?；;]{1,60}?\s+\d{1,4}\s*$/u;

/** What a speech's title or heading holds. */
const TITLE_LIKE = bothScripts(/讲话|发言|致辞|会议|报告|大会|典礼|仪式|主持|演讲|贺词|动员|部署|座谈|总结|稿|党课|汇编|心得|体会|在.+上|[一二三四五六七八九十]是|同志/u);

const SALUTATION = /^\s*(?:尊敬|各位|同志|亲爱|親愛|老师|老師|同学|同學|女士|朋友|大家好)|^\s*(?:尊敬的|各位|同志们|亲爱的|老师们|同学们|女士们|朋友们|大家好)/u;

/**
 * Index of the first line past the top of the page: the first salutation line, or (when the
 * text has none in its first 30 lines) the fourth non-blank line.
 */
function topOfPage(doc: SourceDocument, blank: Uint8Array): number {
  let nonBlank = 0;
  let fourth = doc.lines.length;
  for (let i = 0; i < doc.lines.length && i < 30; i++) {
    const t = doc.lines[i].text;
    if (SALUTATION.test(t) && SALUTATION.test(matchView(t).text)) return i;
    if (!blank[i] && ++nonBlank === 4 && fourth === doc.lines.length) fourth = i;
  }
  return Math.min(fourth, doc.lines.length);
}

export function findBoilerplate(doc: SourceDocument, extraPhrases: readonly string[], memo: RuleContext['lineMemo']): Hit[] {
  const hits: Hit[] = [];
  const lines = doc.lines;
  const flaggedLines = new Set<number>();
  const classOf = (i: number): LineClass => memo('web-boilerplate', lines[i].text, () => classify(lines[i].text));
  const lineHits: Array<{ kind: BoilerplateKind; first: number; last: number; message: string }> = [];
  const lineHit = (kind: BoilerplateKind, first: number, message: string, last = first): void => {
    lineHits.push({ kind, first, last, message });
    for (let k = first; k <= last; k++) flaggedLines.add(k);
  };

  const blank = blankLines(doc);
  const headEnd = topOfPage(doc, blank);
  // Whether the top of the page ends at a salutation (the speech starts there), not at a count of lines.
  const speechFollows = headEnd < lines.length && SALUTATION.test(lines[headEnd].text);
  // Lines compared without spaces, in the matching view (both scripts alike), each made once.
  const compact = (t: string) => matchView(t).text.replace(/\s+/g, '');
  const compacts: string[] = [];
  const compactOf = (j: number): string => (compacts[j] ??= compact(lines[j].text));
  /** The lines after line i (the next 80 at most, about 4,000 characters), each in the view `viewOf` gives. */
  const joinedBelow = (i: number, viewOf: (j: number) => string): string => {
    let rest = '';
    for (let j = i + 1; j < lines.length && j < i + 80 && rest.length < 4000; j++) rest += viewOf(j);
    return rest;
  };
  /** Whether `probe` (compacted) occurs in the lines after line i. */
  const occursBelow = (i: number, probe: string): boolean => joinedBelow(i, compactOf).includes(probe);
  /**
   * Whether the teaser [from, to) of line i (its sentences that do not speak of the genre) is a
   * copy of text further down the page (the site's excerpt of the speech): removing it loses
   * nothing. Compared on its first 16 characters.
   */
  const repeatedBelow = (i: number, from: number, to: number): boolean => {
    if (to <= from) return false;
    const probe = compact(lines[i].text.slice(from, to)).slice(0, 16);
    return probe.length >= 10 && occursBelow(i, probe);
  };
  // Lines compared by their letters and digits alone (marks and spaces differ between a copy and
  // its source: "…" for “…”), in the matching view, each made once.
  const keys: string[] = [];
  const keyOf = (j: number): string => (keys[j] ??= letterKey(lines[j].text));
  /**
   * How much of the start of `key` the lines after line i copy (joinedBelow): the longest run
   * from an occurrence of its first 12 characters (the first four tried). Asked only of lines at
   * the top of the page, so the pass stays linear.
   */
  const copiedLength = (i: number, key: string): number => {
    if (key.length < 12) return 0;
    const rest = joinedBelow(i, keyOf);
    const head = key.slice(0, 12);
    let best = 0;
    for (let p = rest.indexOf(head), tries = 0; p >= 0 && tries < 4; p = rest.indexOf(head, p + 1), tries++) {
      let n = 12;
      while (n < key.length && p + n < rest.length && key.charCodeAt(n) === rest.charCodeAt(p + n)) n++;
      if (n > best) best = n;
    }
    return best;
  };
  /** Whether text of line i, its letters and digits `key`, is the site's copy of the text below (all but its last two characters). */
  const copiedBelow = (i: number, key: string): boolean => key.length >= 20 && copiedLength(i, key) >= key.length - 2;
  /** Line, start and end of the title held by each of the site's headings (…讲话稿(精选5篇)). */
  const headingTitles: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.zone !== 'prose' || blank[i]) continue;
    const c = classOf(i);
    // A title repeated over and over in one line, for search engines (…讲稿17篇 …讲稿17篇 …).
    // (Before the segments of the line: its whole removal supersedes them.)
    if (!c.tail && !c.whole && repeatedRunLine(line.text)) {
      lineHit('site', i, categoryMessage('site', ''));
      continue;
    }
    if (c.tail) {
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        if (blank[j]) continue;
        // Link-list items and article blurbs: short lines, or lines with a website marker.
        if (lines[j].zone === 'prose' && (lines[j].text.length <= 40 || TAIL_MARKERS.test(matchView(lines[j].text).text))) last = j;
        else break;
      }
      lineHit('link-list', i, categoryMessage('link-list', ''), last);
      i = last;
      continue;
    }
    if (c.whole && c.title) {
      const kind = c.whole;
      headingTitles.push(i, c.title.start, c.title.end);
      // The heading is the site's; its fix keeps the bare title (the compilation stays split).
      const title = stripTitle(line.text.slice(c.title.start, c.title.end));
      flaggedLines.add(i);
      hits.push({
        kind,
        start: line.start,
        end: lineEnd(line),
        message: categoryMessage(kind, ''),
        fixTitle: title ? l10n.t('Keep only the title "{0}"', title) : l10n.t('Remove this website line'),
        edit: title ? { start: line.start, end: lineEnd(line), newText: title } : { start: line.start, end: lineEnd(line), newText: '' },
      });
      continue;
    }
    if (c.whole || (c.topOnly && i < headEnd)) {
      lineHit(c.whole ?? c.topOnly!, i, categoryMessage(c.whole ?? c.topOnly!, ''));
      continue;
    }
    const phrase = extraPhrases.find((p) => line.text.includes(p));
    if (phrase) {
      lineHit('user-phrase', i, l10n.t('Website text "{0}" (from your boilerplate phrases).', phrase));
      continue;
    }
    if (c.sentenceEnd) {
      const se = c.sentenceEnd;
      let from = i < headEnd ? (speechFollows || se.several || repeatedBelow(i, se.headStart, se.genreStart) ? se.headStart : se.genreStart) : se.start;
      // At the top of the page (the salutation line too), a note glued to the site's excerpt of
      // the speech (the opening, cut off, copied further down) takes the excerpt with it.
      if (from > 0 && i <= headEnd && i < 30 && copiedBelow(i, letterKey(line.text.slice(0, from)))) from = 0;
      if (from === 0 && se.toEnd) {
        lineHit(se.category, i, categoryMessage(se.category, ''));
        continue;
      }
      // A note at the end of the line takes the spaces before it; one inside takes those after it.
      let editStart = from;
      let editEnd = se.stop;
      if (editEnd >= line.text.length) while (editStart > 0 && isSpaceUnit(line.text.charCodeAt(editStart - 1))) editStart--;
      else if (from === 0) editEnd = se.stop;
      hits.push({
        kind: se.category,
        start: line.start + from,
        end: line.start + se.end,
        message: categoryMessage(se.category, ''),
        fixTitle: l10n.t('Remove the website text'),
        edit: { start: line.start + editStart, end: line.start + editEnd, newText: '' },
      });
    }
    for (const seg of c.segments) {
      // A segment that is all a pair of brackets holds ((阅读全部内容,您需要先登录!)) goes with them.
      const [start, end] = withBrackets(line.text, seg.start, seg.end);
      const flagged = line.text.slice(start, end);
      hits.push({
        kind: seg.category,
        start: line.start + start,
        end: line.start + end,
        message: categoryMessage(seg.category, flagged),
        fixTitle: l10n.t('Remove "{0}"', flagged),
        edit: { start: line.start + start, end: line.start + end, newText: '' },
      });
    }
  }

  // A document viewer's page numbers: "1、" "2、" … at the start of consecutive long lines, the
  // text running on from one page to the next (a page ends inside a word, without a mark).
  {
    const PAGE_START = /^\s*(\d{1,3})、(?!\d)/;
    let run: number[] = [];
    let evidence = false;
    const flush = (): void => {
      // One page alone counts when it follows the viewer's own notice (…由会员分享, 还有 N 页未读).
      const afterNotice = (i: number): boolean => {
        let k = i - 1;
        while (k >= 0 && blank[k]) k--;
        return k >= 0 && lineHits.some((h) => h.last === k && h.kind === 'paywall');
      };
      if ((run.length >= 2 && evidence) || (run.length === 1 && Number(PAGE_START.exec(lines[run[0]].text)![1]) === 1 && afterNotice(run[0]))) {
        for (const i of run) {
          if (flaggedLines.has(i)) continue;
          const m = PAGE_START.exec(lines[i].text)!;
          const start = lines[i].start + m[0].length - m[1].length - 1;
          const end = lines[i].start + m[0].length;
          hits.push({
            kind: 'page-footer',
            start,
            end,
            message: l10n.t('Page number of a document viewer left in the text.'),
            fixTitle: l10n.t('Remove "{0}"', m[0].trim()),
            edit: { start, end, newText: '' },
          });
        }
      }
      run = [];
      evidence = false;
    };
    let prev = -1;
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].text;
      if (blank[i]) continue;
      const m = lines[i].zone === 'prose' && t.length >= 80 ? PAGE_START.exec(t) : null;
      const n = m ? Number(m[1]) : -1;
      if (m && run.length && prev === run[run.length - 1] && n === Number(PAGE_START.exec(lines[prev].text)![1]) + 1) {
        // The page before ends inside a sentence: with a character or a comma, not a mark.
        if (/[\p{Script=Han}，,、]$/u.test(lines[prev].text.trimEnd())) evidence = true;
        run.push(i);
      } else {
        flush();
        if (m) run = [i];
      }
      prev = i;
    }
    flush();
  }

  // A compilation's table of contents under its heading (目录) without leader dots: entries of a
  // title, spaces and a page number (做新时代的“拓荒牛” 272), up to the first other line.
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    if (!flaggedLines.has(i) || !TOC_HEADING.test(lines[i].text)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (blank[j]) continue;
      if (flaggedLines.has(j) || lines[j].zone !== 'prose' || !TOC_ENTRY.test(lines[j].text)) break;
      lineHit('navigation', j, categoryMessage('navigation', ''));
    }
    break;
  }

  // A short line without any mark between two website lines is part of that run (a site's name
  // or a widget label the forms do not know), unless it reads like a title or a salutation.
  {
    const wholeLines = new Set<number>();
    for (const h of lineHits) for (let k = h.first; k <= h.last; k++) wholeLines.add(k);
    const nonBlank: number[] = [];
    for (let i = 0; i < lines.length; i++) if (!blank[i]) nonBlank.push(i);
    for (let k = 1; k + 1 < nonBlank.length; k++) {
      const i = nonBlank[k];
      const t = lines[i].text.trim();
      if (flaggedLines.has(i) || lines[i].zone !== 'prose' || t.length > 20 || !wholeLines.has(nonBlank[k - 1]) || !wholeLines.has(nonBlank[k + 1])) continue;
      // (Nor a line of eight characters or more: the page's own title between the breadcrumb and
      // the date line, whatever its words.)
      if (/[。！？!?，,；;：:、]/.test(t) || TITLE_LIKE.test(matchView(t).text) || SALUTATION.test(t) || ENUMERATION.test(t) || hanCount(t) >= 8) continue;
      lineHit('site', i, categoryMessage('site', ''));
    }
  }

  // The site's summary of the opening near the top, cut off with "...", before the full text.
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const t = lines[i].text.trimEnd();
    if (flaggedLines.has(i) || lines[i].zone !== 'prose' || t.length < 30) continue;
    if (CUT_OFF.test(t)) {
      const probe = compactOf(i).slice(0, 24);
      if (probe.length >= 12 && occursBelow(i, probe)) lineHit('summary', i, categoryMessage('summary', ''));
    } else if (i < headEnd && t.length >= 40 && CUT_BARE.test(t) && copiedBelow(i, keyOf(i))) {
      // Cut off without dots, before the salutation: the heading and opening run together and
      // copied below line by line (all but the last characters, which a site may cut in a word).
      lineHit('summary', i, categoryMessage('summary', ''));
    }
  }
  // A preview cut off mid-sentence: the trailing "..." is the site's, at the end of the page, and
  // at the end of a paragraph when it is three dots or more and a website line follows.
  let lastIdx = lines.length - 1;
  while (lastIdx >= 0 && blank[lastIdx]) lastIdx--;
  // The end of the last finding so far on each line (found once, so the pass stays linear).
  let hitEnd: Float64Array | undefined;
  const hitEndOn = (i: number): number => {
    if (!hitEnd) {
      hitEnd = new Float64Array(lines.length).fill(-1);
      for (const h of hits) {
        let lo = 0;
        let hi = lines.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (lines[mid].start <= h.start) lo = mid;
          else hi = mid - 1;
        }
        for (let k = lo; k < lines.length && lines[k].start < h.end; k++) hitEnd[k] = Math.max(hitEnd[k], h.end);
      }
    }
    return hitEnd[i];
  };
  // Inside the page the dots are the site's only when a website line follows (a paywall notice,
  // the viewer's attachments list): a drafter's own "......" at the end of a paragraph stays.
  const websiteNext = (i: number): boolean => {
    let k = i + 1;
    while (k <= lastIdx && blank[k]) k++;
    return k <= lastIdx && flaggedLines.has(k);
  };
  for (let i = 0; i <= lastIdx; i++) {
    const t = lines[i].text;
    if (blank[i] || flaggedLines.has(i) || lines[i].zone !== 'prose' || t.length < 20) continue;
    const cut = cutMark(t, i === lastIdx);
    if (cut >= 0 && i !== lastIdx && !websiteNext(i)) continue;
    if (cut < 0 || hitEndOn(i) > lines[i].start + cut) continue;
    {
      const start = lines[i].start + cut;
      const end = lines[i].start + t.length;
      const mark = t.slice(cut).trim();
      hits.push({
        kind: 'paywall',
        start,
        end,
        message: l10n.t('The site cut the page off here ("{0}").', mark),
        fixTitle: l10n.t('Remove "{0}"', mark),
        edit: { start, end, newText: '' },
      });
    }
  }

  // The title, repeated by the website before the speech starts.
  // The titles of the site's headings at the top (…讲话稿(精选5篇) holds …讲话稿) count as the title too.
  const firstIdx = lines.findIndex((l, i) => l.zone === 'prose' && !blank[i] && !flaggedLines.has(i));
  // In simplified characters: a title repeated in the other script is the same title.
  const titleKey = (t: string) => toSimplifiedChars(stripDecorations(matchView(t).text));
  const titles = new Set<string>();
  for (let k = 0; k < headingTitles.length && headingTitles[k] < firstIdx + 12; k += 3) {
    titles.add(titleKey(lines[headingTitles[k]].text.slice(headingTitles[k + 1], headingTitles[k + 2])));
  }
  titles.delete('');
  if (firstIdx >= 0 && lines[firstIdx].text.length <= 80 && !/[。！？]/.test(lines[firstIdx].text)) {
    if (titles.has(titleKey(lines[firstIdx].text))) lineHit('repeated-title', firstIdx, categoryMessage('repeated-title', ''));
    const title = titleKey(lines[firstIdx].text);
    // A copy is no shorter than the title and at most a few decorations longer: other lines are
    // not read further.
    let longest = title.length;
    for (const k of titles) longest = Math.max(longest, k.length);
    const titleLetters = letterKey(title);
    // Up to the salutation (a teaser paragraph of the site's before it does not end the search),
    // or, past it, up to the first paragraph.
    const until = Math.min(lines.length, Math.max(firstIdx + 12, Math.min(headEnd, 30)));
    for (let j = firstIdx + 1; j < until; j++) {
      const t = lines[j].text;
      if (flaggedLines.has(j) || blank[j] || lines[j].zone !== 'prose') continue;
      if (t.length > 80 || /[。！？]/.test(t) || /^\s*同志们/.test(t)) {
        if (j >= headEnd || SALUTATION.test(t)) break;
        continue;
      }
      if (t.length > longest + 24) continue;
      const key = titleKey(t);
      if ((title.length > 0 && key === title) || titles.has(key) || (t.length >= 6 && nearCopy(letterKey(key), titleLetters, j < headEnd))) {
        // Segment findings on this line give way to the whole-line removal.
        for (let k = hits.length - 1; k >= 0; k--) if (hits[k].start >= lines[j].start && hits[k].end <= lineEnd(lines[j])) hits.splice(k, 1);
        lineHit('repeated-title', j, categoryMessage('repeated-title', ''));
      }
    }
  }
  const gone = (i: number) => flaggedLines.has(i);
  // keptBefore[i]: the last line at or before i that no line finding removes (-1: none).
  const keptBefore = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) keptBefore[i] = gone(i) ? (i > 0 ? keptBefore[i - 1] : -1) : i;
  for (const { kind, first, last, message } of lineHits) {
    hits.push({
      kind,
      start: lines[first].start,
      end: lineEnd(lines[last]),
      message,
      fixTitle: last > first ? l10n.t('Remove the link list and everything after it') : l10n.t('Remove this website line'),
      edit: removeLines(doc, first, last, gone, keptBefore),
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

const EXAMPLE_FLAGS = BOILERPLATE_FORMS.flatMap((f) => f.flag);

export const webBoilerplateRule: DocumentRule = {
  id: 'web-boilerplate',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'Text a website added: navigation, editor notes (小编, 供大家参考), metadata, paywall text, copyright, link lists, page footers, title decorations.',
  examples: {
    flag: [
      ...EXAMPLE_FLAGS,
      { text: '下面是小編為大家整理的,供大家參考。', flagged: '下面是小編為大家整理的,供大家參考。' },
      { text: '同志们：\n今天开会。\n相关推荐\n大学生社会实践报告\n2022年度幼儿园清明节主题活动总结范本', fixed: '同志们：\n今天开会。' },
      { text: '讲话稿标题\n发布时间:2022-03-15\n讲话稿标题\n同志们：', fixed: '讲话稿标题\n同志们：' },
    ],
    pass: [
      ...BOILERPLATE_FORMS.flatMap((f) => f.pass),
      { text: '同志们：\n今天我们召开全市工作会议。\n相关部门要主动作为，确保各项任务落实落地，决不允许推诿扯皮、敷衍塞责，否则严肃追责问责。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    return findBoilerplate(doc, ctx.config.boilerplatePhrases, ctx.lineMemo).map((h) => ({
      start: h.start,
      end: h.end,
      message: h.message,
      // What the fix removes, for previews and summaries that say it in words.
      data: {
        kind: h.kind,
        removed: doc.text.slice(h.edit.start, h.edit.end).replace(/^\s+|\s+$/g, ''),
        removedChars: h.edit.end - h.edit.start - h.edit.newText.length,
        kept: h.edit.newText,
      },
      fixes: [{ title: h.fixTitle, edits: [h.edit], safe: true, preferred: true }],
      // A compilation heading supersedes what other rules find in it too: its title is checked
      // again once the heading is cleaned.
      exclusive: true,
    }));
  },
};
