/**
 * Rule `lookalike-char`: a character that looks like a Chinese character but is another code
 * point — a Kangxi radical (⼀ ⾏ ⽂, U+2F00–U+2FD5), a radical of the supplement that Unicode
 * maps to a character (⺟ ⻳), or a CJK compatibility ideograph (零, U+F900–U+FAFF). Text copied
 * out of PDF files and OCR output is full of them. They print alike in most fonts, but search,
 * the glossary, the quotation check and the other rules do not see the word, and in the
 * document's font they may come out in another typeface. Each is replaced by its Unicode
 * compatibility equivalent (NFKC), one character for one.
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { replace } from '../fix';
import type { LineContext, LineRule, RawFinding } from '../rule';

/** Whether a code unit is in one of the blocks that hold look-alikes. */
function inLookalikeBlocks(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff);
}

/** The ordinary character a look-alike stands for, or undefined (unified ideographs of these blocks map to themselves). */
const ordinaryOf = new Map<number, string | undefined>();
function ordinary(c: number): string | undefined {
  if (ordinaryOf.has(c)) return ordinaryOf.get(c);
  const s = String.fromCharCode(c);
  const n = s.normalize('NFKC');
  const out = n !== s && n.length >= 1 ? n : undefined;
  ordinaryOf.set(c, out);
  return out;
}

/** The same blocks as a pre-test: the regular-expression engine scans a line faster than a loop. */
const ANY_IN_BLOCKS = /[\u2e80-\u2fdf\uf900-\ufaff]/;

function lookalikes(text: string, ctx: LineContext): RawFinding[] {
  if (!ANY_IN_BLOCKS.test(text)) return [];
  let out: RawFinding[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inLookalikeBlocks(c)) continue;
    const to = ordinary(c);
    if (to === undefined || overlapsAny(ctx.masked, i, i + 1)) continue;
    const ch = text[i];
    (out ??= []).push({
      start: i,
      end: i + 1,
      message: l10n.t('"{0}" looks like "{1}" but is another character (a Kangxi radical or a compatibility ideograph, as text copied from PDF files has them): search, checks and fonts treat it apart. Use "{1}".', ch, to),
      fixes: [replace({ start: i, end: i + 1 }, to, { safe: true })],
      data: { lookalike: ch, ordinary: to },
    });
  }
  return out ?? [];
}

export const lookalikeCharRule: LineRule = {
  id: 'lookalike-char',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'A Kangxi radical or CJK compatibility ideograph that looks like a Chinese character (⼀ for 一, ⾏ for 行, from PDF or OCR text) → the ordinary character.',
  examples: {
    flag: [
      { text: '各类⾏政公⽂格式', flagged: '⾏', count: 2, fixed: '各类行政公文格式' },
      { text: '第⼀节　概述', flagged: '⼀', fixed: '第一节　概述' },
      { text: '实现\uf9b2的突破', flagged: '\uf9b2', fixed: '实现零的突破' },
      { text: '加强⺟婴保健', fixed: '加强母婴保健' },
    ],
    pass: [
      { text: '各类行政公文格式，第一节概述。' },
      { text: '实现零的突破，﨑岖山路。' },
      { text: '偏旁“亻”叫单人旁，“氵”叫三点水。' },
      { text: '代码 `⾏` 照原样保留。', languageId: 'markdown' },
    ],
  },
  checkLine: lookalikes,
};
