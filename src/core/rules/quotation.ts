/**
 * Rule `quotation`: a quotation attributed to a speaker or a document (or a Markdown block quote)
 * that differs from the closest passage of the reference documents (setting `referencePaths`).
 * Exact quotations (punctuation aside) and quotations of nothing in the references raise nothing.
 * The fix puts the source's words in place of the quotation; it is never safe (fix-all skips it):
 * the drafter decides whether the quotation or the source is meant.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentRule, RawFinding } from '../rule';
import { checkQuotation, type QuoteCheck } from '../quotation/check';
import { findQuotations } from '../quotation/finder';
import { differentMessage, sourceLabel } from '../quotation/messages';
import { keeps } from '../quotation/normalize';
import { ReferenceIndex } from '../quotation/referenceIndex';
import { parseReferenceFile } from '../quotation/references';
import { RULE } from '../ruleIds';
import type { Finding } from '../types';

/** The quotation with the source's words in place of its own, its marks around them kept. */
function replacement(quoted: string, source: string): string {
  let a = 0;
  while (a < quoted.length && !keeps(quoted.charCodeAt(a))) a++;
  let b = quoted.length;
  while (b > a && !keeps(quoted.charCodeAt(b - 1))) b--;
  return quoted.slice(0, a) + source + quoted.slice(b);
}

const QUOTATION_RULE = RULE.quotation;

/** What a `quotation` finding says about its source. */
export interface QuotationData {
  readonly sourceUri: string;
  /** 0-based line of the source file where the passage starts. */
  readonly sourceLine: number;
  readonly sourceTitle: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or empty. */
  readonly sourceDate: string;
}

/** The source facts of a quotation finding, or undefined for other findings. */
export function quotationData(f: Finding): QuotationData | undefined {
  if (f.rule !== QUOTATION_RULE || !f.data) return undefined;
  const { sourceUri, sourceLine, sourceTitle, sourceDate } = f.data;
  return { sourceUri: String(sourceUri ?? ''), sourceLine: Number(sourceLine ?? 0), sourceTitle: String(sourceTitle ?? ''), sourceDate: String(sourceDate ?? '') };
}

export const quotationRule: DocumentRule = {
  id: QUOTATION_RULE,
  scope: 'document',
  defaultLevel: 'warning',
  description: 'A quotation (“…” after 指出/强调/要求/提出/讲/说/写道 with a speaker or a 《document》, or a block quote) that differs from the reference documents of referencePaths.',
  // The examples run with the reference below (test/unit/ruleExamples.test.ts gives the rule a reference index of it).
  examples: {
    flag: [
      { text: '习近平总书记强调：“必须坚持以人民为中心的发展思想，推动高质量发展。”', flagged: '必须坚持以人民为中心的发展思想，推动高质量发展。' },
      { text: '《政府工作报告》提出：“坚定不移推动改革开放，着力扩大国内需求。”', flagged: '坚定不移推动改革开放，着力扩大国内需求。' },
      { text: '> 坚持以人民为中心的发展思想，推进高质量发展。', languageId: 'markdown', flagged: '坚持以人民为中心的发展思想，推进高质量发展。' },
    ],
    pass: [
      { text: '习近平总书记强调：“坚持以人民为中心的发展思想，推动高质量发展。”' },
      { text: '习近平总书记强调：“坚持以人民为中心的发展思想；推动高质量发展！”' },
      { text: '他说：“这次会议开得很成功，大家回去以后要抓好落实。”' },
      { text: '大家都说“坚持以人民为中心的发展思想推进高质量发展”。' },
    ],
  },
  exampleServices() {
    const references = new ReferenceIndex();
    references.add(
      parseReferenceFile(
        'example',
        'example.txt',
        '示例报告\n（2024年3月5日）\n坚持以人民为中心的发展思想，推动高质量发展。坚定不移推进改革开放，着力扩大国内需求。\n',
      ),
    );
    return { references };
  },
  checkDocument(doc, ctx): RawFinding[] {
    const refs = ctx.services?.references;
    if (!refs || refs.documentCount === 0 || (!doc.text.includes('“') && !doc.text.includes('>'))) return [];
    const out: RawFinding[] = [];
    for (const q of findQuotations(doc)) {
      const check: QuoteCheck = ctx.lineMemo(QUOTATION_RULE, `${refs.generation}\u0000${q.text}`, () => checkQuotation(q.text, refs));
      if (check.status !== 'different' || !check.source) continue;
      const src = check.source;
      out.push({
        start: q.start,
        end: q.end,
        message: differentMessage(check),
        fixes: [
          {
            title: l10n.t('Replace with the words of {0}', sourceLabel(src.doc)),
            edits: [{ start: q.start, end: q.end, newText: replacement(q.text, src.text) }],
            safe: false,
          },
        ],
        data: { sourceUri: src.doc.uri, sourceLine: src.line, sourceTitle: src.doc.title, sourceDate: src.doc.date ?? '' },
      });
    }
    return out;
  },
};
