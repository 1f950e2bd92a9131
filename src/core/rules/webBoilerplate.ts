/** Rule `web-boilerplate`: what a website added to the speech (navigation, editor's notes, copyright …). */
import * as l10n from '@vscode/l10n';
import type { Line, SourceDocument } from '../document';
import { BOILERPLATE_FORMS, type BoilerplateCategory, type BoilerplateForm } from '../data/boilerplate';
import type { DocumentRule, RawFinding, RuleContext } from '../rule';
import { matchView } from '../script';
import type { TextEdit } from '../types';

function categoryMessage(category: BoilerplateCategory | 'repeated-title', text: string): string {
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
    case 'repeated-title':
      return l10n.t('Title repeated by the website.');
  }
}

const TAIL_MARKERS = /范文|小编|篇|本页|最近发表|详细|……|精选|希望对|收藏|阅读|下载|热词|推荐|参考|心得|总结|报告|作文|演讲稿/u;
const BLANK = /^\s*$/;
const SENTENCE_END = /[。！？!?]/g;

/** Where the text of line `i` ends, and where the next line starts (or the document ends). */
function lineEnd(line: Line): number {
  return line.start + line.text.length;
}

/**
 * The edit that removes lines [first, last] with their line breaks. `gone(i)` says whether line i
 * is removed by another finding of this rule; blank lines around the removed block are collapsed
 * to one (none at the start of the text), so removing website lines leaves no gap.
 */
function removeLines(doc: SourceDocument, first: number, last: number, gone: (i: number) => boolean): TextEdit {
  const lines = doc.lines;
  const start = lines[first].start;
  let end = last + 1 < lines.length ? lines[last + 1].start : doc.text.length;
  let b = first - 1;
  while (b >= 0 && gone(b)) b--;
  const before = b >= 0 ? lines[b] : undefined;
  const after = last + 1 < lines.length ? lines[last + 1] : undefined;
  if (after && BLANK.test(after.text) && !gone(last + 1) && (!before || BLANK.test(before.text))) {
    end = last + 2 < lines.length ? lines[last + 2].start : doc.text.length;
  }
  if (!after && first > 0) {
    // The last line of a text without a final line break: remove the break before it instead.
    return { start: lineEnd(lines[first - 1]), end, newText: '' };
  }
  return { start, end, newText: '' };
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixTitle: string;
  readonly edit: TextEdit;
}

function lengthOk(form: BoilerplateForm, line: string): boolean {
  return form.maxLineLength === undefined || line.length <= form.maxLineLength;
}

/** Whether a whole-line form matches `s` (length guard, pattern, and its second pattern). */
function lineMatches(form: BoilerplateForm, s: string): boolean {
  return lengthOk(form, s) && form.pattern.test(s) && (!form.also || form.also.test(s));
}

const LINE_ORDER: readonly BoilerplateCategory[] = ['copyright', 'metadata', 'navigation', 'site'];
const LINE_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'line').sort(
  (a, b) => LINE_ORDER.indexOf(a.category) - LINE_ORDER.indexOf(b.category),
);
const TAIL_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'tail');
const SENTENCE_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'sentence');
const SEGMENT_FORMS = BOILERPLATE_FORMS.filter((f) => f.scope === 'segment');

const stripDecorations = (s: string) => {
  let out = s;
  for (const f of SEGMENT_FORMS) if (f.category === 'title-decoration') out = out.replace(f.pattern, '');
  return out.replace(/\s+/g, '');
};

/** What one line holds, from its text alone (memoized per line across runs). */
interface LineClass {
  /** The line opens a link list: it and the list after it are removed. */
  readonly tail: boolean;
  /** The whole line is website text, with this category. */
  readonly whole?: BoilerplateCategory;
  /** A teaser and editor's note from the line start up to here (original offset), speech text after it. */
  readonly sentenceEnd?: { readonly end: number; readonly stop: number; readonly category: BoilerplateCategory };
  /** Website segments inside the line (original offsets). */
  readonly segments: ReadonlyArray<{ readonly start: number; readonly end: number; readonly category: BoilerplateCategory }>;
}

function classify(text: string): LineClass {
  const view = matchView(text);
  const s = view.text;
  const orig = view.toOriginal;
  const base = { segments: [] };
  if (TAIL_FORMS.some((f) => lineMatches(f, s))) return { ...base, tail: true };
  const whole = LINE_FORMS.find((f) => lineMatches(f, s));
  if (whole) return { ...base, tail: false, whole: whole.category };
  const trimmedStart = s.length - s.trimStart().length;
  const trimmedEnd = s.trimEnd().length;
  const covered: Array<[number, number]> = [];
  let sentenceEnd: LineClass['sentenceEnd'];
  for (const form of SENTENCE_FORMS) {
    if (!lengthOk(form, s)) continue;
    const m = form.pattern.exec(s);
    if (!m) continue;
    // The end of the sentence that contains the match (its closing mark included).
    SENTENCE_END.lastIndex = m.index + m[0].length;
    const close = SENTENCE_END.exec(s);
    const end = close ? close.index + 1 : s.length;
    if (end >= trimmedEnd) return { ...base, tail: false, whole: form.category };
    let stop = orig(end);
    while (stop < text.length && /\s/.test(text[stop])) stop++;
    sentenceEnd = { end: orig(end), stop, category: form.category };
    covered.push([0, end]);
    break;
  }
  const segments: Array<{ start: number; end: number; category: BoilerplateCategory }> = [];
  for (const form of SEGMENT_FORMS) {
    if (!lengthOk(form, s)) continue;
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(s); m; m = form.pattern.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b === a) {
        form.pattern.lastIndex++;
        continue;
      }
      if (covered.some(([x, y]) => a < y && b > x)) continue;
      covered.push([a, b]);
      if (a <= trimmedStart && b >= trimmedEnd) return { ...base, tail: false, whole: form.category };
      segments.push({ start: orig(a), end: orig(b), category: form.category });
    }
  }
  return { ...base, tail: false, sentenceEnd, segments };
}

export function findBoilerplate(doc: SourceDocument, extraPhrases: readonly string[], memo: RuleContext['lineMemo']): Hit[] {
  const hits: Hit[] = [];
  const lines = doc.lines;
  const flaggedLines = new Set<number>();
  const classOf = (i: number): LineClass => memo('web-boilerplate', lines[i].text, () => classify(lines[i].text));
  const lineHits: Array<{ first: number; last: number; message: string }> = [];
  const lineHit = (first: number, message: string, last = first): void => {
    lineHits.push({ first, last, message });
    for (let k = first; k <= last; k++) flaggedLines.add(k);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.zone !== 'prose' || BLANK.test(line.text)) continue;
    const c = classOf(i);
    if (c.tail) {
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        if (BLANK.test(lines[j].text)) continue;
        // Link-list items and article blurbs: short lines, or lines with a website marker.
        if (lines[j].zone === 'prose' && (lines[j].text.length <= 40 || TAIL_MARKERS.test(matchView(lines[j].text).text))) last = j;
        else break;
      }
      lineHit(i, categoryMessage('link-list', ''), last);
      i = last;
      continue;
    }
    if (c.whole) {
      lineHit(i, categoryMessage(c.whole, ''));
      continue;
    }
    const phrase = extraPhrases.find((p) => line.text.includes(p));
    if (phrase) {
      lineHit(i, l10n.t('Website text "{0}" (from your boilerplate phrases).', phrase));
      continue;
    }
    if (c.sentenceEnd) {
      hits.push({
        start: line.start,
        end: line.start + c.sentenceEnd.end,
        message: categoryMessage(c.sentenceEnd.category, ''),
        fixTitle: l10n.t('Remove the website text'),
        edit: { start: line.start, end: line.start + c.sentenceEnd.stop, newText: '' },
      });
    }
    for (const seg of c.segments) {
      const flagged = line.text.slice(seg.start, seg.end);
      hits.push({
        start: line.start + seg.start,
        end: line.start + seg.end,
        message: categoryMessage(seg.category, flagged),
        fixTitle: l10n.t('Remove "{0}"', flagged),
        edit: { start: line.start + seg.start, end: line.start + seg.end, newText: '' },
      });
    }
  }

  // The title, repeated by the website before the speech starts.
  const firstIdx = lines.findIndex((l, i) => l.zone === 'prose' && !BLANK.test(l.text) && !flaggedLines.has(i));
  if (firstIdx >= 0 && lines[firstIdx].text.length <= 80 && !/[。！？]/.test(lines[firstIdx].text)) {
    const titleKey = (i: number) => stripDecorations(matchView(lines[i].text).text);
    const title = titleKey(firstIdx);
    for (let j = firstIdx + 1; j < Math.min(lines.length, firstIdx + 12); j++) {
      const t = lines[j].text;
      if (flaggedLines.has(j) || BLANK.test(t) || lines[j].zone !== 'prose') continue;
      if (t.length > 80 || /[。！？]/.test(t) || /^\s*同志们/.test(t)) break;
      if (title.length > 0 && titleKey(j) === title) {
        // Segment findings on this line give way to the whole-line removal.
        for (let k = hits.length - 1; k >= 0; k--) if (hits[k].start >= lines[j].start && hits[k].end <= lineEnd(lines[j])) hits.splice(k, 1);
        lineHit(j, categoryMessage('repeated-title', ''));
      }
    }
  }
  const gone = (i: number) => flaggedLines.has(i);
  for (const { first, last, message } of lineHits) {
    hits.push({
      start: lines[first].start,
      end: lineEnd(lines[last]),
      message,
      fixTitle: last > first ? l10n.t('Remove the link list and everything after it') : l10n.t('Remove this website line'),
      edit: removeLines(doc, first, last, gone),
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

const EXAMPLE_FLAGS = BOILERPLATE_FORMS.flatMap((f) => f.flag.map(([text, flagged]) => ({ text, flagged })));

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
      ...BOILERPLATE_FORMS.flatMap((f) => f.pass.map((text) => ({ text }))),
      { text: '同志们：\n今天我们召开全市工作会议。\n相关部门要主动作为，确保各项任务落实落地，决不允许推诿扯皮、敷衍塞责，否则严肃追责问责。' },
    ],
  },
  checkDocument(doc, ctx): RawFinding[] {
    return findBoilerplate(doc, ctx.config.boilerplatePhrases, ctx.lineMemo).map((h) => ({
      start: h.start,
      end: h.end,
      message: h.message,
      fixes: [{ title: h.fixTitle, edits: [h.edit], safe: true, preferred: true }],
      exclusive: true,
    }));
  },
};
