/** Rule `web-boilerplate`: what a website added to the speech (navigation, editor's notes, copyright …). */
import * as l10n from '@vscode/l10n';
import type { Line, SourceDocument } from '../document';
import { BOILERPLATE_FORMS, type BoilerplateCategory, type BoilerplateForm } from '../data/boilerplate';
import type { DocumentRule, RawFinding } from '../rule';
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

/** Where the text of line `i` ends, and where the next line starts (or the document ends). */
function lineEnd(line: Line): number {
  return line.start + line.text.length;
}

/**
 * The edit that removes lines [first, last] with their line breaks. Blank lines around them are
 * collapsed to one, so removing a paragraph-sized website line leaves no gap.
 */
function removeLines(doc: SourceDocument, first: number, last: number): TextEdit {
  const lines = doc.lines;
  const start = lines[first].start;
  let end = last + 1 < lines.length ? lines[last + 1].start : doc.text.length;
  const before = first > 0 ? lines[first - 1] : undefined;
  const after = last + 1 < lines.length ? lines[last + 1] : undefined;
  if (after && BLANK.test(after.text) && (!before || BLANK.test(before.text))) {
    end = last + 2 < lines.length ? lines[last + 2].start : doc.text.length;
  }
  if (!after && before) {
    // The last line of a text without a final line break: remove the break before it instead.
    return { start: lineEnd(before), end, newText: '' };
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

export function findBoilerplate(doc: SourceDocument, extraPhrases: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const lines = doc.lines;
  const flaggedLines = new Set<number>();
  const lineHit = (i: number, message: string, last = i): void => {
    const line = lines[i];
    hits.push({
      start: line.start,
      end: lineEnd(lines[last]),
      message,
      fixTitle: last > i ? l10n.t('Remove the link list and everything after it') : l10n.t('Remove this website line'),
      edit: removeLines(doc, i, last),
    });
    for (let k = i; k <= last; k++) flaggedLines.add(k);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.zone !== 'prose' || BLANK.test(line.text)) continue;
    const view = matchView(line.text);
    const s = view.text;
    const orig = view.toOriginal;

    const tail = TAIL_FORMS.find((f) => lengthOk(f, s) && f.pattern.test(s));
    if (tail) {
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const t = lines[j].text;
        if (BLANK.test(t)) continue;
        if (t.length <= 40 || TAIL_MARKERS.test(matchView(t).text)) last = j;
        else break;
      }
      lineHit(i, categoryMessage('link-list', ''), last);
      i = last;
      continue;
    }
    const whole = LINE_FORMS.find((f) => lengthOk(f, s) && f.pattern.test(s));
    if (whole) {
      lineHit(i, categoryMessage(whole.category, ''));
      continue;
    }
    const phrase = extraPhrases.find((p) => line.text.includes(p) || s.includes(p));
    if (phrase) {
      lineHit(i, l10n.t('Website text "{0}" (from your boilerplate phrases).', phrase));
      continue;
    }
    const trimmedStart = s.length - s.trimStart().length;
    const trimmedEnd = s.trimEnd().length;
    const covered: Array<[number, number]> = [];
    for (const form of SENTENCE_FORMS) {
      if (!lengthOk(form, s)) continue;
      const m = form.pattern.exec(s);
      if (!m) continue;
      const end = m.index + m[0].length;
      if (end >= trimmedEnd) {
        lineHit(i, categoryMessage(form.category, ''));
        break;
      }
      // A teaser and an editor's note before the speech text on the same line.
      let stop = orig(end);
      while (stop < line.text.length && /\s/.test(line.text[stop])) stop++;
      hits.push({
        start: line.start,
        end: line.start + orig(end),
        message: categoryMessage(form.category, ''),
        fixTitle: l10n.t('Remove the website text'),
        edit: { start: line.start, end: line.start + stop, newText: '' },
      });
      covered.push([0, end]);
      break;
    }
    if (flaggedLines.has(i)) continue;
    for (const form of SEGMENT_FORMS) {
      if (!lengthOk(form, s)) continue;
      form.pattern.lastIndex = 0;
      for (let m = form.pattern.exec(s); m; m = form.pattern.exec(s)) {
        if (m[0].length === 0) {
          form.pattern.lastIndex++;
          continue;
        }
        if (covered.some(([x, y]) => m!.index < y && m!.index + m![0].length > x)) continue;
        covered.push([m.index, m.index + m[0].length]);
        const whole = m.index <= trimmedStart && m.index + m[0].length >= trimmedEnd;
        const a = orig(m.index);
        const b = orig(m.index + m[0].length);
        if (whole) {
          lineHit(i, categoryMessage(form.category, line.text.slice(a, b)));
          break;
        }
        hits.push({
          start: line.start + a,
          end: line.start + b,
          message: categoryMessage(form.category, line.text.slice(a, b)),
          fixTitle: l10n.t('Remove "{0}"', line.text.slice(a, b)),
          edit: { start: line.start + a, end: line.start + b, newText: '' },
        });
      }
      if (flaggedLines.has(i)) break;
    }
  }

  // The title, repeated by the website before the speech starts.
  const firstIdx = lines.findIndex((l, i) => l.zone === 'prose' && !BLANK.test(l.text) && !flaggedLines.has(i));
  if (firstIdx >= 0 && lines[firstIdx].text.length <= 80 && !/[。！？]/.test(lines[firstIdx].text)) {
    const title = stripDecorations(matchView(lines[firstIdx].text).text);
    for (let j = firstIdx + 1; j < Math.min(lines.length, firstIdx + 12); j++) {
      const t = lines[j].text;
      if (flaggedLines.has(j) || BLANK.test(t)) continue;
      if (t.length > 80 || /[。！？]/.test(t) || /^\s*同志们/.test(t)) break;
      if (title.length > 0 && stripDecorations(matchView(t).text) === title) {
        // Keep segment findings on this line out of the way of the whole-line removal.
        for (let k = hits.length - 1; k >= 0; k--) if (hits[k].start >= lines[j].start && hits[k].end <= lineEnd(lines[j])) hits.splice(k, 1);
        lineHit(j, categoryMessage('repeated-title', ''));
      }
    }
  }
  return hits;
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
    return findBoilerplate(doc, ctx.config.boilerplatePhrases).map((h) => ({
      start: h.start,
      end: h.end,
      message: h.message,
      fixes: [{ title: h.fixTitle, edits: [h.edit], safe: true, preferred: true }],
      exclusive: true,
    }));
  },
};
