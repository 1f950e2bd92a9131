/** The Word export, read back from its XML: page, margins, grid, fonts and sizes, page numbers. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { parseDocument, parseStructure, type LanguageId } from '../../src/core';
import { exportDocx } from '../../src/export/docx';
import { mm } from '../../src/export/layout';
import { readSpeech } from '../../src/export/speech';

const SPEECH = [
  '在全市安全生产工作会议上的讲话',
  '（2024年3月15日）',
  '同志们：',
  '今天召开全市安全生产工作会议。',
  '一、充分肯定成绩',
  '（一）责任体系更加健全。我们修订了有关规定。',
  '1.完善制度',
  '（1）细化清单',
  '谢谢大家！',
].join('\n');

async function xml(bytes: Uint8Array): Promise<{ document: string; styles: string; footers: string[]; settings: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read));
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), footers, settings: await read('word/settings.xml') };
}

/** The w:p elements, each with its text and run properties. */
function paragraphs(documentXml: string): Array<{ text: string; xml: string }> {
  return [...documentXml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

describe('Word export (GB/T 9704-2012)', () => {
  let x: Awaited<ReturnType<typeof xml>>;
  before(async () => {
    x = await xml(await exportDocx(SPEECH));
  });

  it('A4 with the standard margins: top 37 mm, left 28 mm, text block 156 × 225 mm', () => {
    assert.match(x.document, new RegExp(`<w:pgSz w:w="${mm(210)}" w:h="${mm(297)}"`));
    const m = /<w:pgMar ([^>]*)\/>/.exec(x.document)![1];
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(m)![1]);
    assert.equal(attr('top'), mm(37));
    assert.equal(attr('left'), mm(28));
    assert.equal(mm(210) - attr('left') - attr('right'), mm(156), 'text block width');
    assert.equal(mm(297) - attr('top') - attr('bottom'), mm(225), 'text block height');
  });

  it('22 lines a page: a line grid and exact line spacing of 225 mm / 22', () => {
    const pitch = Math.floor(mm(225) / 22);
    assert.match(x.document, new RegExp(`<w:docGrid w:type="lines" w:linePitch="${pitch}"`));
    assert.match(x.styles, new RegExp(`<w:spacing w:after="0" w:before="0" w:line="${pitch}" w:lineRule="exact"/>`));
  });

  it('28 characters a line: 3号 runs condensed so that 28 fit in 156 mm', () => {
    const body = paragraphs(x.document).find((p) => p.text.startsWith('今天召开'))!;
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body.xml)![1]);
    const pitch = 16 * 20 + spacing; // twips a character
    assert.ok(28 * pitch <= mm(156) && 29 * pitch > mm(156), `pitch ${pitch}`);
  });

  it('title 2号 小标宋 centred; date line centred; body 3号 仿宋 with a two-character first-line indent', () => {
    const ps = paragraphs(x.document);
    const title = ps.find((p) => p.text === '在全市安全生产工作会议上的讲话')!;
    assert.match(title.xml, /<w:jc w:val="center"\/>/);
    assert.match(title.xml, /w:eastAsia="方正小标宋简体"/);
    assert.match(title.xml, /<w:sz w:val="44"\/>/);
    const date = ps.find((p) => p.text === '（2024年3月15日）')!;
    assert.match(date.xml, /<w:jc w:val="center"\/>/);
    const body = ps.find((p) => p.text.startsWith('今天召开'))!;
    assert.match(body.xml, /w:eastAsia="仿宋_GB2312"/);
    assert.match(body.xml, /<w:sz w:val="32"\/>/);
    const indent = Number(/<w:ind w:firstLine="(\d+)"\/>/.exec(body.xml)![1]);
    assert.ok(indent >= 620 && indent <= 640, `indent ${indent}`);
    assert.doesNotMatch(ps.find((p) => p.text === '同志们：')!.xml, /<w:ind /, 'the form of address is flush left');
  });

  it('heading fonts by level: 一、 黑体, （一） 楷体 (only its heading sentence), 1. and （1） 仿宋', () => {
    const ps = paragraphs(x.document);
    assert.match(ps.find((p) => p.text.startsWith('一、'))!.xml, /w:eastAsia="黑体"/);
    const h2 = ps.find((p) => p.text.startsWith('（一）'))!;
    const runs = [...h2.xml.matchAll(/<w:r>.*?<\/w:r>/gs)].map((r) => r[0]);
    assert.match(runs[0], /w:eastAsia="楷体_GB2312"/);
    assert.match(runs[0], /（一）责任体系更加健全。/);
    assert.match(runs[1], /w:eastAsia="仿宋_GB2312"/);
    assert.match(ps.find((p) => p.text.startsWith('1.'))!.xml, /w:eastAsia="仿宋_GB2312"/);
    assert.match(ps.find((p) => p.text.startsWith('（1）'))!.xml, /w:eastAsia="仿宋_GB2312"/);
  });

  it('page numbers “— 1 —” in 4号 宋体: odd pages right, even pages left, one character in', () => {
    assert.match(x.settings, /<w:evenAndOddHeaders\/>/);
    assert.equal(x.footers.length, 2);
    for (const f of x.footers) {
      assert.match(f, /<w:t xml:space="preserve">— <\/w:t>/);
      assert.match(f, /PAGE/);
      assert.match(f, /<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.ok(x.footers.some((f) => /<w:jc w:val="right"\/>/.test(f)) && x.footers.some((f) => /<w:jc w:val="left"\/>/.test(f)));
  });

  it('Markdown: front-matter title, # marks and emphasis are not printed', async () => {
    const md = '---\ntitle: 关于工作的报告\n---\n\n# 关于工作的报告\n\n## 一、总体情况\n\n**重点**工作进展顺利，详见[方案](https://example.com)。\n';
    const doc = await xml(await exportDocx(md, { markdown: true }));
    const texts = paragraphs(doc.document).map((p) => p.text);
    assert.deepEqual(texts, ['关于工作的报告', '一、总体情况', '重点工作进展顺利，详见方案。']);
  });
});

describe('CLI export', () => {
  let dir: string;
  const run = async (args: string[]) => {
    let err = '';
    const code = await main(args, { stdout: () => undefined, stderr: (s) => (err += s), cwd: dir, env: { LANG: 'C' } });
    return { code, err };
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-export-'));
    fs.writeFileSync(path.join(dir, 'clean.txt'), SPEECH);
    fs.writeFileSync(path.join(dir, 'draft.txt'), '讲话\n同志们：\nXX书记作了讲话。X月X日开会。');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx; refuses to overwrite without --force', async () => {
    assert.equal((await run(['export', '--docx', 'out.docx', 'clean.txt'])).code, 0);
    assert.ok(fs.statSync(path.join(dir, 'out.docx')).size > 5000);
    const again = await run(['export', '--docx', 'out.docx', 'clean.txt']);
    assert.equal(again.code, 1);
    assert.match(again.err, /not overwritten/);
    assert.equal((await run(['export', '--docx', 'out.docx', '--force', 'clean.txt'])).code, 0);
  });

  it('reports placeholders and exports only with --force', async () => {
    const r = await run(['export', '--docx', 'draft.docx', 'draft.txt']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^2 placeholders are not filled in yet\.\n  draft\.txt:3: “XX”\n  draft\.txt:3: “X月X日”\n/);
    assert.ok(!fs.existsSync(path.join(dir, 'draft.docx')));
    assert.equal((await run(['export', '--docx', 'draft.docx', '--force', 'draft.txt'])).code, 0);
  });
});

describe('the outline and the Word export agree on what is a heading', () => {
  /** Each line a heading form (or a near miss), with the level a drafter expects (0: not a heading). */
  const PLAIN: Array<[string, number]> = [
    ['一、总体情况', 1],
    ['二．存在问题', 1],
    ['三.下步打算', 1],
    ['四，保障措施', 1],
    ['五，在这一部分里我们要讲的内容很长很长，已经远远超过了一个标题应有的长度，所以它是一段正文。', 0],
    ['（一）加强组织领导', 2],
    ['(二)压实工作责任', 2],
    ['（三）、严格督查考核', 2],
    ['1.细化工作措施', 3],
    ['2．加强督促检查', 3],
    ['3、强化结果运用', 3],
    ['1.5亿元资金已经全部到位。', 0],
    ['（1）定期调度', 4],
    ['(2)通报排名', 4],
    ['（3）、限期整改。整改情况要在月底前报送。', 4],
    ['同志们，这是正文。', 0],
  ];
  const MARKDOWN: Array<[string, number]> = [
    ['## 一、总体情况', 1],
    ['### （一）加强组织领导', 2],
    ['#### 1.细化工作措施', 3],
    ['## 存在问题', 2],
    ['- 一、列表中的一项', 0],
    ['> （一）引用的一段', 0],
    ['**1.** 加粗的序号', 0],
  ];

  const outline = (text: string, languageId: LanguageId) => {
    const doc = parseDocument(text, languageId);
    const s = parseStructure(doc);
    return { title: s.title?.text, headings: s.headings.map((h) => ({ line: doc.lines[h.line].text, level: h.level })) };
  };
  const exported = (text: string, markdown: boolean) => {
    const blocks = readSpeech(text, { markdown });
    return {
      title: blocks.find((b) => b.kind === 'title')?.text,
      headings: blocks.flatMap((b) => (b.kind === 'heading' ? [{ text: b.heading + b.rest, level: b.level }] : [])),
    };
  };

  for (const [name, forms, languageId, title] of [
    ['plain text', PLAIN, 'plaintext', '在全市工作会议上的讲话'],
    ['Markdown', MARKDOWN, 'markdown', '# 在全市工作会议上的讲话'],
  ] as const) {
    it(`${name}: every form gets the same level in both, the level a drafter expects`, () => {
      const text = [title, '', ...forms.flatMap(([line]) => [line, '正文一段。'])].join('\n');
      const o = outline(text, languageId);
      const e = exported(text, languageId === 'markdown');
      assert.equal(e.title, o.title);
      const expected = forms.filter(([, level]) => level > 0);
      assert.deepEqual(o.headings.map((h) => [h.line, h.level]), expected, 'outline');
      assert.deepEqual(
        e.headings.map((h) => h.level),
        o.headings.map((h) => h.level),
        'export levels',
      );
      assert.equal(e.headings.length, expected.length);
    });
  }

  it('the title is the first line only: a short line after the salutation is not one', () => {
    const text = '同志们：\n今天开会\n一、总体情况\n正文。';
    assert.equal(outline(text, 'plaintext').title, undefined);
    assert.equal(exported(text, false).title, undefined);
  });
});
