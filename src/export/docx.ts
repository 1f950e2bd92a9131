/**
 * The speech as a Word document in the national layout (GB/T 9704-2012), with the `docx` library.
 * Pure: text in, .docx bytes out; the extension and the CLI decide where they go.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { CHARACTER_SPACING, DEFAULT_FONTS, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE, type FontChoices } from './layout';
import { readSpeech, type Block } from './speech';

export interface ExportOptions {
  readonly markdown?: boolean;
  readonly speaker?: string;
  readonly date?: string;
  readonly fonts?: Partial<FontChoices>;
}

function font(name: string): IRunOptions['font'] {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

/** A 3号 run in `family`, condensed to 28 characters a line. */
function run(text: string, family: string): TextRun {
  return new TextRun({ text, font: font(family), size: SIZE.body, characterSpacing: CHARACTER_SPACING });
}

const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Every page holds its 22 lines: no widow/orphan control moving lines to the next page. */
const FILL = { spacing: exact, widowControl: false } as const;
/** Two characters of the condensed pitch. */
const INDENT = { firstLine: 2 * (SIZE.body * 10 + CHARACTER_SPACING) };

function pageNumberFooter(align: 'right' | 'left', family: string): Footer {
  const run = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) =>
    new TextRun({ children, font: font(family), size: SIZE.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (one 4号 character: 280 twips).
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

export function buildDocument(text: string, options: ExportOptions = {}): Document {
  const fonts: FontChoices = { ...DEFAULT_FONTS, ...options.fonts };
  const blocks = readSpeech(text, { markdown: !!options.markdown, speaker: options.speaker, date: options.date });
  const body = fonts.body[0];
  const paragraphs = blocks.map((b: Block) => {
    switch (b.kind) {
      case 'title':
        return new Paragraph({ alignment: AlignmentType.CENTER, ...FILL, children: [new TextRun({ text: b.text, font: font(fonts.title[0]), size: SIZE.title })] });
      case 'subtitle':
        return new Paragraph({ alignment: AlignmentType.CENTER, ...FILL, children: [run(b.text, fonts.heading2[0])] });
      case 'heading': {
        const headingFont = b.level === 1 ? fonts.heading1[0] : b.level === 2 ? fonts.heading2[0] : body;
        const runs = [run(b.heading, headingFont)];
        if (b.rest) runs.push(run(b.rest, body));
        return new Paragraph({ alignment: AlignmentType.JUSTIFIED, ...FILL, indent: INDENT, children: runs });
      }
      case 'salutation':
        return new Paragraph({ alignment: AlignmentType.LEFT, ...FILL, children: [run(b.text, body)] });
      default:
        return new Paragraph({ alignment: AlignmentType.JUSTIFIED, ...FILL, indent: INDENT, children: [run(b.text, body)] });
    }
  });
  return new Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(body), size: SIZE.body }, paragraph: { spacing: exact } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right, footer: FOOTER_DISTANCE, header: MARGIN.top - 500 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('right', fonts.pageNumber[0]), even: pageNumberFooter('left', fonts.pageNumber[0]) },
        children: paragraphs,
      },
    ],
  });
}

export async function exportDocx(text: string, options: ExportOptions = {}): Promise<Uint8Array> {
  return Packer.toBuffer(buildDocument(text, options));
}
