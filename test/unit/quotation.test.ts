/**
 * The quotation check: reference documents (title and date), the index, the alignment and its
 * word-level differences, the quotation finder, the rule and its fix, the CLI command, and the
 * figures on quotations built from the official record (../shared/official/, when present).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  checkQuotation,
  configure,
  findQuotations,
  fixAllSafe,
  LineCache,
  normalizeForQuotation,
  parseDocument,
  parseReferenceFile,
  ReferenceIndex,
  resolveConfig,
  RULE_IDS,
  type ReferenceDocument,
} from '../../src/core';
import { main } from '../../src/cli/main';
import { loadReferenceFolders } from '../../src/cli/quotes';
import { officialRecords, SHARED_MISSING } from '../support/shared';
import { writeOfficialReferences } from '../support/officialReferences';
import { evaluate, generateQuotes, quotableSentences, referenceRuns, seedTexts } from '../support/quoteEval';

const REPORT_2023 = '关于经济工作\n（2023年3月5日）\n\n我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求。\n必须坚定不移走中国特色社会主义政治发展道路。\n';
const REPORT_2025 = '关于经济工作的新报告\n（2025年3月5日）\n\n我们要坚持以人民为中心的发展思想，推进高质量发展，着力扩大国内需求。\n';

function indexOf(...docs: ReferenceDocument[]): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const d of docs) index.add(d);
  return index;
}

const r2023 = parseReferenceFile('a', '/refs/a.txt', REPORT_2023);
const r2025 = parseReferenceFile('b', '/refs/b.txt', REPORT_2025);

describe('quotation: reference documents', () => {
  it('title and date from front matter', () => {
    const d = parseReferenceFile('x', '/r/x.md', '---\ntitle: "党的二十大报告"\ndate: 2022-10-16\n---\n正文。\n');
    assert.equal(d.title, '党的二十大报告');
    assert.equal(d.date, '2022-10-16');
    assert.equal(d.bodyLine, 4);
    assert.equal(d.text, '正文。\n');
  });
  it('title from the first line, date from a date line under it', () => {
    assert.equal(r2023.title, '关于经济工作');
    assert.equal(r2023.date, '2023-03-05');
  });
  it('a year in the title; the file name when the text tells nothing', () => {
    assert.equal(parseReferenceFile('y', '/r/y.txt', '2019年政府工作报告\n\n各位代表：\n').date, '2019');
    const n = parseReferenceFile('z', '/r/2021-07-01%20庆祝大会讲话.txt', '同志们，朋友们：\n今天，在党和人民的伟大征程上……\n');
    assert.equal(n.date, '2021-07-01');
    assert.equal(n.title, '庆祝大会讲话');
  });
  it('CRLF and a BOM are read as plain lines', () => {
    const d = parseReferenceFile('c', '/r/c.txt', '\uFEFF标题\r\n（2020年1月2日）\r\n正文。\r\n');
    assert.equal(d.title, '标题');
    assert.equal(d.date, '2020-01-02');
    assert.ok(!d.text.includes('\r'));
  });
});

describe('quotation: check against the index', () => {
  const index = indexOf(r2023);
  it('exact, punctuation and spaces aside', () => {
    for (const q of ['坚持以人民为中心的发展思想，推动高质量发展', '坚持以人民为中心的发展思想 推动高质量发展！', '坚持以人民为中心的\n发展思想、推动高质量发展。']) {
      const c = checkQuotation(q, index);
      assert.equal(c.status, 'exact', q);
      assert.equal(c.source?.doc.title, '关于经济工作');
      assert.equal(c.source?.line, 3);
      assert.match(c.source!.sentence, /^我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求。$/);
    }
  });
  it('a dropped word is named as missing', () => {
    const c = checkQuotation('必须坚定不移走中国特色社会主义发展道路', index);
    assert.equal(c.status, 'different');
    assert.deepEqual(c.differences, [{ kind: 'missing', quote: '', source: '政治' }]);
  });
  it('a swapped word is named with the source word', () => {
    const c = checkQuotation('坚持以人民为中心的发展思想，推进高质量发展', index);
    assert.deepEqual(c.differences, [{ kind: 'changed', quote: '推进', source: '推动' }]);
  });
  it('an added word is named as not in the source', () => {
    const c = checkQuotation('必须始终坚定不移走中国特色社会主义政治发展道路', index);
    assert.deepEqual(c.differences, [{ kind: 'extra', quote: '始终', source: '' }]);
  });
  it('two words in another order', () => {
    const c = checkQuotation('坚持以人民为中心的发展思想，高质量推动发展', index);
    assert.equal(c.status, 'different');
    assert.equal(c.differences.length, 1);
    assert.equal(c.differences[0].kind, 'order');
  });
  it('a text that is not in the references is not found', () => {
    assert.equal(checkQuotation('今天的天气非常好，我们一起去公园散步吧', index).status, 'not-found');
    assert.equal(checkQuotation('', index).status, 'not-found');
    assert.equal(checkQuotation('坚持', new ReferenceIndex()).status, 'not-found');
  });
  it('a short quotation is only ever exact or not found', () => {
    assert.equal(checkQuotation('推动高质量发展', index).status, 'exact');
    assert.equal(checkQuotation('推进高质量发展', index).status, 'not-found');
  });
  it('a sentence a later document changed: both wordings with their dates', () => {
    const both = indexOf(r2023, r2025);
    const older = checkQuotation('坚持以人民为中心的发展思想，推动高质量发展', both);
    assert.equal(older.status, 'exact');
    assert.equal(older.source?.doc.date, '2023-03-05');
    assert.deepEqual(older.versions.map((v) => [v.doc.date, v.text]), [['2025-03-05', '坚持以人民为中心的发展思想，推进高质量发展']]);
    const altered = checkQuotation('坚持以人民为中心的发展思想，促进高质量发展', both);
    assert.equal(altered.status, 'different');
    assert.equal(altered.source?.doc.date, '2025-03-05', 'the latest of equally close wordings');
    assert.deepEqual(altered.versions.map((v) => v.doc.date), ['2023-03-05']);
  });
  it('documents are replaced and removed; the generation changes', () => {
    const idx = indexOf(r2023);
    const g = idx.generation;
    idx.add(parseReferenceFile('a', '/refs/a.txt', '另一篇\n今天的天气非常好，我们一起去公园散步吧。\n'));
    assert.ok(idx.generation > g);
    assert.equal(idx.documentCount, 1);
    assert.equal(checkQuotation('坚持以人民为中心的发展思想，推动高质量发展', idx).status, 'not-found');
    assert.equal(checkQuotation('今天的天气非常好，我们一起去公园散步吧', idx).status, 'exact');
    idx.remove('a');
    assert.equal(checkQuotation('今天的天气非常好，我们一起去公园散步吧', idx).status, 'not-found');
    assert.ok(idx.deadShare > 0);
    const fresh = indexOf(r2023, r2025);
    fresh.remove('b');
    const compact = fresh.compacted();
    assert.equal(compact.deadShare, 0);
    assert.equal(checkQuotation('坚持以人民为中心的发展思想，推动高质量发展', compact).status, 'exact');
  });
  it('astral characters and surrogate pairs stay whole', () => {
    const idx = indexOf(parseReferenceFile('s', '/s.txt', '标题\n𠀀𠀁我们要坚持以人民为中心的发展思想𠀂。\n'));
    const c = checkQuotation('𠀀𠀁我们要坚持以人民为中心的发展思想𠀂', idx);
    assert.equal(c.status, 'exact');
    assert.equal(c.source?.text, '𠀀𠀁我们要坚持以人民为中心的发展思想𠀂');
  });
});

describe('quotation: finder', () => {
  const find = (text: string, languageId: 'plaintext' | 'markdown' = 'plaintext') => findQuotations(parseDocument(text, languageId)).map((q) => q.text);
  it('after a speaker or a document and a verb of saying', () => {
    assert.deepEqual(find('习近平总书记强调：“要坚持人民至上。”大家要落实。'), ['要坚持人民至上。']);
    assert.deepEqual(find('党的二十大报告指出：“中国式现代化是人口规模巨大的现代化。”'), ['中国式现代化是人口规模巨大的现代化。']);
    assert.deepEqual(find('《政府工作报告》提出“推动高质量发展”。'), ['推动高质量发展']);
    assert.deepEqual(find('他在会上讲：“这是一个好办法。”'), ['这是一个好办法。']);
    assert.deepEqual(find('毛泽东同志写道：“我们的同志在困难的时候，要看到成绩。”'), ['我们的同志在困难的时候，要看到成绩。']);
  });
  it('not without a speaker, nor marks that are not a quotation', () => {
    assert.deepEqual(find('大家都说“好”。'), []);
    assert.deepEqual(find('要求“三个到位”，我们要落实。'), []);
    assert.deepEqual(find('总书记强调要做到“两个维护”。'), []);
  });
  it('over two lines, and over paragraphs that each open with “', () => {
    assert.deepEqual(find('总书记指出：“要坚持\n人民至上。”'), ['要坚持\n人民至上。']);
    assert.deepEqual(find('总书记指出：“第一段。\n“第二段。”\n下文。'), ['第一段。\n“第二段。']);
    assert.deepEqual(find('总书记指出：“第一段。\n\n下文没有收尾。'), []);
  });
  it('nested quotation marks', () => {
    assert.deepEqual(find('报告指出：“要做到“两个维护”，坚持人民至上。”'), ['要做到“两个维护”，坚持人民至上。']);
  });
  it('Markdown block quotes, without the attribution line; not in code', () => {
    assert.deepEqual(find('引言：\n\n> 坚持人民至上，\n> 坚持自信自立。\n> —— 《某报告》\n\n正文。', 'markdown'), ['坚持人民至上，\n> 坚持自信自立。']);
    assert.deepEqual(find('```\n总书记强调：“代码里的文字。”\n```\n', 'markdown'), []);
    assert.deepEqual(find('> 引用\n', 'plaintext'), []);
  });
});

describe('quotation: the rule', () => {
  const levels = Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'quotation' ? 'warning' : 'off']));
  const analyzer = configure([{ source: 't', settings: { rules: levels } }], { references: indexOf(r2023, r2025) }).analyzer;
  const text = '同志们，报告指出：“坚持以人民为中心的发展思想，促进高质量发展。”我们要落实。\n总书记强调：“必须坚定不移走中国特色社会主义发展道路。”\n';
  it('warns on different quotations, naming the source, the differences and the other wording', () => {
    const fs = analyzer.analyze(text);
    assert.equal(fs.length, 2);
    assert.equal(text.slice(fs[0].start, fs[0].end), '坚持以人民为中心的发展思想，促进高质量发展。');
    assert.match(fs[0].message, /《关于经济工作的新报告》/);
    assert.match(fs[0].message, /“促进”: the source has “推进”/);
    assert.match(fs[0].message, /《关于经济工作》 \(3\/5\/2023\) words it “坚持以人民为中心的发展思想，推动高质量发展”/);
    assert.match(fs[1].message, /“政治” is missing/);
    assert.deepEqual(fs[1].data, { sourceUri: '/refs/a.txt', sourceLine: 4, sourceTitle: '关于经济工作', sourceDate: '2023-03-05' });
  });
  it('the fix puts the source words in, keeping the quotation marks and the final mark; never safe', () => {
    const fs = analyzer.analyze(text);
    const fix = fs[1].fixes[0];
    assert.equal(fix.safe, false);
    const e = fix.edits[0];
    assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), text.replace('社会主义发展道路', '社会主义政治发展道路'));
    assert.equal(fixAllSafe(text, (t) => analyzer.analyze(t)).text, text);
  });
  it('a re-check with the line cache looks a quotation up again only when its text changed', () => {
    const refs = indexOf(r2023, r2025);
    const counting = configure([{ source: 't', settings: { rules: levels } }], { references: refs }).analyzer;
    let lookups = 0;
    const candidates = refs.candidates.bind(refs);
    refs.candidates = (...args: Parameters<typeof refs.candidates>) => {
      lookups++;
      return candidates(...args);
    };
    const cache = new LineCache();
    const first = counting.analyze(text, { cache });
    assert.ok(lookups > 0);
    lookups = 0;
    // An edit after the quotations, then one inside the second.
    const typed = text.replace('我们要落实。', '我们要抓好落实。');
    assert.deepEqual(counting.analyze(typed, { cache }).map((f) => f.message), first.map((f) => f.message));
    assert.equal(lookups, 0);
    counting.analyze(typed.replace('发展道路', '发展之路'), { cache });
    assert.ok(lookups > 0);
  });
  it('silent without references, on exact quotations and on absent texts', () => {
    const none = configure([{ source: 't', settings: { rules: levels } }]).analyzer;
    assert.deepEqual(none.analyze(text), []);
    assert.deepEqual(analyzer.analyze('报告指出：“坚持以人民为中心的发展思想，推动高质量发展。”\n他说：“今天的天气非常好，我们一起去公园散步吧。”'), []);
  });
});

describe('quotation: the referencePaths setting', () => {
  it('a list of folders; bad entries are reported and skipped', () => {
    const { config, problems } = resolveConfig([{ source: 's', settings: { referencePaths: ['refs', 3, ''] } }, { source: 'f', settings: { referencePaths: ['refs', '/abs'] } }], RULE_IDS);
    assert.deepEqual(config.referencePaths, ['refs', '/abs']);
    assert.deepEqual(problems.map((p) => p.key), ['referencePaths[1]', 'referencePaths[2]']);
    assert.equal(resolveConfig([{ source: 's', settings: { referencePaths: 'refs' } }], RULE_IDS).problems[0].key, 'referencePaths');
  });
});

describe('quotation: speech-drafter quotes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-quotes-'));
    fs.mkdirSync(path.join(dir, 'refs', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'refs', 'a.txt'), REPORT_2023);
    fs.writeFileSync(path.join(dir, 'refs', 'sub', 'b.md'), `---\ntitle: 新报告\ndate: 2025-03-05\n---\n${REPORT_2025}`);
    fs.writeFileSync(path.join(dir, 'refs', 'binary.txt'), Buffer.from([0x50, 0, 0x4b, 3]));
    fs.writeFileSync(path.join(dir, '.speechdrafter.json'), JSON.stringify({ referencePaths: ['refs'] }));
    fs.writeFileSync(
      path.join(dir, 'speech.txt'),
      '同志们：\n报告指出：“必须坚定不移走中国特色社会主义政治发展道路。”\n总书记强调：“必须坚定不移走中国特色社会主义发展道路。”\n他说：“今天的天气非常好，我们一起去公园散步吧。”\n',
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  async function run(args: string[]) {
    let out = '';
    let err = '';
    const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: { LANG: 'C' } });
    return { code, out, err };
  }
  it('json: every quotation with its status, source file and line', async () => {
    const r = await run(['quotes', '--format', 'json', 'speech.txt']);
    assert.equal(r.code, 1, r.err);
    const qs = JSON.parse(r.out) as Array<{ line: number; status: string; source?: { file: string; line: number }; differences: unknown[] }>;
    assert.deepEqual(qs.map((q) => [q.line, q.status]), [[2, 'exact'], [3, 'different'], [4, 'not-found']]);
    assert.deepEqual(qs[1].source && [qs[1].source.file, qs[1].source.line], [path.join('refs', 'a.txt'), 5]);
    assert.deepEqual(qs[1].differences, [{ kind: 'missing', quote: '', source: '政治' }]);
    assert.match(r.err, /binary\.txt/);
  });
  it('text: a line per quotation and a summary', async () => {
    const r = await run(['quotes', 'speech.txt']);
    assert.equal(r.code, 1);
    assert.match(r.out, /speech\.txt:3:8 {2}“必须坚定不移走中国特色社会主义发展道路。”\n {4}Differs from 《关于经济工作》 \(3\/5\/2023\): “政治” is missing/);
    assert.match(r.out, /Not found in your references/);
    assert.match(r.err, /3 quotations: 1 exact, 1 different, 1 not found/);
  });
  it('check reports the altered quotation with the other findings, and only that one', async () => {
    const r = await run(['check', '--format', 'json', 'speech.txt']);
    assert.equal(r.code, 1, r.err);
    const found = (JSON.parse(r.out) as Array<{ line: number; rule: string; message: string }>).filter((f) => f.rule === 'quotation');
    assert.deepEqual(found.map((f) => f.line), [3]);
    assert.match(found[0].message, /政治/);
    // Without reference folders the quotation rule has nothing to check against.
    fs.writeFileSync(path.join(dir, '.speechdrafter.json'), '{}');
    const plain = await run(['check', '--format', 'json', 'speech.txt']);
    assert.deepEqual((JSON.parse(plain.out) as Array<{ rule: string }>).filter((f) => f.rule === 'quotation'), []);
  });
  it('exit 2 and a message without reference folders', async () => {
    fs.writeFileSync(path.join(dir, '.speechdrafter.json'), '{}');
    const r = await run(['quotes', 'speech.txt']);
    assert.equal(r.code, 2);
    assert.match(r.err, /referencePaths/);
  });
  it('reads .docx references', async () => {
    const { exportDocx } = await import('../../src/export/docx');
    fs.writeFileSync(path.join(dir, 'refs', 'c.docx'), await exportDocx('一篇讲话\n\n同志们，我们要把乡村振兴的各项任务落到实处，久久为功。\n', { markdown: false }));
    const { index } = await loadReferenceFolders([path.join(dir, 'refs')], () => undefined);
    assert.equal(checkQuotation('我们要把乡村振兴的各项任务落到实处，久久为功', index).status, 'exact');
  });
});

describe('quotation: quotations built from the official record', function () {
  this.timeout(120_000);
  const records = officialRecords();
  let dir: string;
  before(function () {
    if (!records) this.skip(); // SHARED_MISSING
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-official-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));
  it(`≥ 95 % of altered quotations named, none of the exact or absent ones flagged (seeded; ${SHARED_MISSING} skips it)`, async () => {
    writeOfficialReferences(dir);
    const { index } = await loadReferenceFolders([dir], (m) => assert.fail(m));
    assert.equal(index.documentCount, records!.length);
    const texts = records!.map((r) => r.text);
    const quotes = generateQuotes(quotableSentences(texts), seedTexts(), 20261201, 100, referenceRuns(texts));
    const fig = evaluate(index, quotes);
    for (const k of ['exact', 'punctuation', 'drop', 'swap', 'add', 'move', 'absent']) assert.equal(fig.byKind[k]?.total, 100, k);
    assert.ok(fig.alteredNamed >= 0.95, `named ${fig.alteredNamed}: ${fig.byKind.drop.misses.concat(fig.byKind.move.misses).slice(0, 5).join('\n')}`);
    assert.equal(fig.exactFlagged, 0, [...fig.byKind.exact.misses, ...fig.byKind.punctuation.misses].join('\n'));
    assert.equal(fig.absentFlagged, 0, fig.byKind.absent.misses.join('\n'));
  });
  it('every written-out document has a title, and every report and congress report its year', async () => {
    const { index } = await loadReferenceFolders([dir], () => undefined);
    for (const d of index.documents) {
      assert.ok(d.title && !/[：:]$/.test(d.title), d.title);
      if (!/决议$/.test(d.title)) assert.match(d.date ?? '', /^\d{4}/, d.title);
    }
  });
});

describe('quotation: properties (fast-check)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require('fast-check') as typeof import('fast-check');
  const index = indexOf(r2023, r2025);
  const pieces = ['总书记强调：“', '报告指出', '“', '”', '。', '\n', '\n\n', '> ', '```\n', '坚持以人民为中心的发展思想', '推动高质量发展', '政治', '𠀀', 'ab', ' ', '，', '《报告》提出：“'];
  const speechText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));
  const isLow = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]) && /[\uD800-\uDBFF]/.test(s[i - 1]);
  it('quotations lie inside the text, sorted, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(speechText, fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'), (text, lang) => {
        const qs = findQuotations(parseDocument(text, lang));
        let last = -1;
        for (const q of qs) {
          if (!(q.start >= 0 && q.start <= q.end && q.end <= text.length && q.start >= last)) return false;
          if (isLow(text, q.start) || isLow(text, q.end) || text.slice(q.start, q.end) !== q.text) return false;
          last = q.start;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
  it('the check never throws, and its fix changes only the quotation', () => {
    const levels = Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'quotation' ? 'warning' : 'off']));
    const analyzer = configure([{ source: 't', settings: { rules: levels } }], { references: index }).analyzer;
    fc.assert(
      fc.property(speechText, (text) => {
        for (const f of analyzer.analyze(text)) {
          for (const fix of f.fixes) {
            if (fix.safe) return false;
            for (const e of fix.edits) if (e.start < f.start || e.end > f.end || isLow(text, e.start) || isLow(text, e.end)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
  it('any part of a reference sentence of 6 letters or more, punctuation changed, is exact', () => {
    const sentence = '我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求';
    fc.assert(
      fc.property(fc.nat(sentence.length - 8), fc.integer({ min: 7, max: 30 }), fc.constantFrom('', '，', '、', ' ', '\n'), (from, len, mark) => {
        const part = sentence.slice(from, from + len).replace(/，/g, mark);
        if (normalizeForQuotation(part).text.length < 6) return true;
        return checkQuotation(part, index).status === 'exact';
      }),
      { numRuns: 300 },
    );
  });
});
