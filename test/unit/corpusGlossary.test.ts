/** The corpus (built from the seeds), its search, and the glossary. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, fixAllSafe } from '../../src/core';
import { CorpusStore, parseCorpusFile } from '../../src/core/corpus/store';
import { builtinEntries, Glossary, mergeGlossaries, parseGlossary } from '../../src/core/glossary/glossary';
import { unknownFormulations } from '../../src/core/glossary/unknown';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'corpus');
const files = fs.readdirSync(CORPUS).filter((f) => /^\d{3}-\d{2}\.md$/.test(f)).sort();

describe('corpus', () => {
  it('one file per speech: the 17 speeches of seed 002 are separate files', () => {
    assert.equal(files.filter((f) => f.startsWith('002-')).length, 17);
    assert.equal(files.length, 21);
  });

  it('is clean: no traditional characters, website leftovers, pinyin annotations or half-width marks; placeholders stay', () => {
    const analyzer = createAnalyzer();
    let placeholders = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      const rules = new Set(analyzer.analyze(text, { languageId: 'markdown' }).map((x) => x.rule));
      for (const r of ['traditional-char', 'web-boilerplate', 'pinyin-annotation', 'halfwidth-punctuation']) assert.ok(!rules.has(r), `${f}: ${r}`);
      placeholders += analyzer.analyze(text, { languageId: 'markdown' }).filter((x) => x.rule === 'placeholder').length;
    }
    assert.ok(placeholders > 100, `${placeholders} placeholders kept`);
  });

  it('front matter: title, year, occasion, speaker role, seed; near-duplicates marked', () => {
    const doc = parseCorpusFile('004-01.md', 'x', fs.readFileSync(path.join(CORPUS, '004-01.md'), 'utf8'), 'builtin');
    assert.equal(doc.year, 2022);
    assert.equal(doc.speakerRole, '卫生健康委党组书记');
    assert.equal(doc.occasion, '卫生健康系统疫情防控工作电视电话会议');
    assert.ok(doc.text.startsWith('# '));
    assert.ok(files.some((f) => /duplicateOf:/.test(fs.readFileSync(path.join(CORPUS, f), 'utf8'))));
  });
});

describe('corpus search', () => {
  const store = new CorpusStore();
  store.update(files.map((f) => parseCorpusFile(f, `file:///corpus/${f}`, fs.readFileSync(path.join(CORPUS, f), 'utf8'), 'builtin')));

  it('finds an exact phrase at the right line of the right speech, with its context', () => {
    const hits = store.search('十个着力');
    assert.ok(hits.length >= 1);
    const h = hits.find((x) => x.docId === '004-01.md')!;
    const lines = fs.readFileSync(path.join(CORPUS, '004-01.md'), 'utf8').split('\n');
    assert.ok(lines[h.line].includes('十个着力'), `line ${h.line}: ${lines[h.line]}`);
    assert.equal(h.context.slice(h.matchStart, h.matchEnd), '十个着力');
  });

  it('no false hits, a limit, and nothing for an empty query', () => {
    assert.deepEqual(store.search('这个短语不在语料里'), []);
    assert.equal(store.search('疫情', { limit: 5 }).length, 5);
    assert.deepEqual(store.search('   '), []);
  });

  it('a title whose year the source dropped reads without the dangling 年, in the hits a hover lists', () => {
    const broken = files.filter((f) => /^title: "在年/m.test(fs.readFileSync(path.join(CORPUS, f), 'utf8')));
    assert.ok(broken.length > 0);
    const hits = store.search('疫情', { limit: 1000 });
    assert.ok(hits.some((h) => broken.includes(h.docId)));
    for (const h of hits) assert.ok(!/(^|在)年全/.test(h.title), h.title);
    assert.equal(hits.find((h) => h.docId === broken[0])!.title, '在全市疫情防控工作电视电话会上的讲话');
    // A title with its year, or with a word starting with 年, is shown as written.
    for (const title of ['在2022年全区疫情防控视频会议上的讲话', '在年度工作会议上的讲话', '在年终总结大会上的讲话', '2023年在全市疫情防控工作会议上讲话']) {
      assert.equal(parseCorpusFile('t', 't', `---\ntitle: "${title}"\n---\n正文`, 'user').title, title);
    }
    assert.equal(parseCorpusFile('t', 't', '# 在年全县安全生产会议上的讲话\n正文', 'user').title, '在全县安全生产会议上的讲话');
  });

  it('updates and removes documents', () => {
    const s = new CorpusStore();
    s.update([parseCorpusFile('a', 'a', '---\ntitle: "甲"\n---\n第一行\n守土有责', 'user')]);
    assert.equal(s.search('守土有责')[0].line, 4);
    s.update([], ['a']);
    assert.deepEqual(s.search('守土有责'), []);
  });
});

describe('glossary', () => {
  const entries = builtinEntries();

  it('covers every formulation of the reference facts and the seeds’ numbered formulations', () => {
    const terms = new Set(entries.map((e) => e.term));
    for (const t of ['四个意识', '四个自信', '两个维护', '两个确立', '四个全面', '五位一体', '三个务必', '国之大者', '四早', '四集中', '四方责任', '三区两通道', '乙类乙管', '四个是否', '两个立即', '十个着力', '三关', '6个方面18个环节']) {
      assert.ok(terms.has(t), t);
    }
  });

  it('unconfirmed terms carry no definition', () => {
    for (const e of entries.filter((x) => x.status === 'unconfirmed')) {
      assert.equal(e.members ?? e.wording ?? e.origin ?? e.date ?? e.source, undefined, e.term);
    }
    const bad = parseGlossary({ entries: [{ term: '四个是否', status: 'unconfirmed', members: ['甲', '乙'] }] }, 'user');
    assert.equal(bad.entries.length, 0);
    assert.equal(bad.problems.length, 1);
  });

  it('a user glossary adds and overrides entries; a broken one is reported', () => {
    const user = parseGlossary({ entries: [{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'] }, { term: '四方责任', note: '本地说明' }, { nope: 1 }] }, 'user');
    assert.equal(user.problems.length, 1);
    const g = mergeGlossaries(entries, user.entries);
    assert.ok(g.get('三服务'));
    assert.equal(g.get('四方责任')?.note, '本地说明');
    assert.equal(parseGlossary('not an object', 'user').problems.length, 1);
  });

  it('finds terms and aliases in a line, longest first', () => {
    const g = new Glossary(entries);
    const found = g.find('坚持人民至上、生命至上，压实四方责任').map((m) => m.name);
    assert.deepEqual(found, ['人民至上、生命至上', '四方责任']);
    assert.equal(g.at('压实四方责任', 3)?.entry.term, '四方责任');
  });

  it('the built-in glossary validates against its JSON schema’s rules (no dropped entries)', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(CORPUS, 'glossary.json'), 'utf8'));
    const parsed = parseGlossary(raw, 'corpus/glossary.json');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.entries.length, raw.entries.length);
  });
});

describe('the clean-up reproduces the corpus', () => {
  it('each corpus speech is the clean-up of its seed, split, with front matter and blank lines between paragraphs', () => {
    const analyzer = createAnalyzer();
    const seedDir = path.join(ROOT, 'test', 'fixtures', 'seeds');
    const norm = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const seed of fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const cleaned = norm(fixAllSafe(fs.readFileSync(path.join(seedDir, seed), 'utf8'), (t) => analyzer.analyze(t)).text);
      const parts = files.filter((f) => f.startsWith(seed.slice(0, 3))).flatMap((f) => {
        const doc = parseCorpusFile(f, f, fs.readFileSync(path.join(CORPUS, f), 'utf8'), 'builtin');
        // The heading as the seed wrote it (the title shown may leave out a dangling 年).
        const lines = norm(doc.text);
        return [lines[0].replace(/^#+\s*/, ''), ...lines.slice(1)];
      });
      assert.deepEqual(parts, cleaned, seed);
    }
  });
});

describe('formulations not in the glossary', () => {
  it('lists quoted slogans and numbered formulations that no glossary has, with counts', () => {
    const g = new Glossary(builtinEntries());
    const text = '要坚持“一盘棋”原则，落实“三服务”要求。做到“两个立即”，增强“四个意识”。坚持“一盘棋”。用三个月时间完成。';
    const found = unknownFormulations(text, g);
    assert.deepEqual(found.map((f) => [f.text, f.count]), [['一盘棋', 2], ['三服务', 1]]);
    assert.match(found[0].context, /一盘棋/);
  });
});
