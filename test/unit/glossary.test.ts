/**
 * The glossary data against the reference facts and its JSON schema, the loader's validation of
 * user files (in step with the schema the editor uses), completion keys (pinyin initials) and the
 * list of formulations a document uses that no glossary has.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinEntries, Glossary, mergeGlossaries, parseGlossary } from '../../src/core/glossary/glossary';
import { completionNames, completionsFor, membersText, nameInitials } from '../../src/core/glossary/initials';
import { unknownFormulations } from '../../src/core/glossary/unknown';

const ROOT = path.join(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'glossary.schema.json'), 'utf8'));
const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// ajv comes with the packaging tools (@vscode/vsce); the editor validates with the same draft-07 schema.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv = require('ajv').default as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] | null } };
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('glossary: data', () => {
  const entries = builtinEntries();
  const byTerm = new Map(entries.map((e) => [e.term, e]));

  it('validates against schemas/glossary.schema.json', () => {
    assert.ok(validate(raw), JSON.stringify(validate.errors, null, 1));
  });

  it('the schema is contributed for the user glossary and the built-in one', () => {
    const matches = (pkg.contributes.jsonValidation as Array<{ fileMatch: string | string[]; url: string }>).filter((v) => v.url === './schemas/glossary.schema.json').flatMap((v) => [v.fileMatch].flat());
    assert.ok(matches.includes('.speechdrafter-glossary.json'), matches.join());
  });

  it('one entry per term; no name (term or alias) belongs to two entries', () => {
    const names = entries.flatMap((e) => [e.term, ...(e.aliases ?? [])]);
    assert.equal(new Set(names).size, names.length);
  });

  it('holds the members of the reference facts, in order', () => {
    const facts: Record<string, string[]> = {
      四个意识: ['政治意识', '大局意识', '核心意识', '看齐意识'],
      四个自信: ['道路自信', '理论自信', '制度自信', '文化自信'],
      四个全面: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
      五位一体: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
      三个务必: ['务必不忘初心、牢记使命', '务必谦虚谨慎、艰苦奋斗', '务必敢于斗争、善于斗争'],
      四早: ['早发现', '早报告', '早隔离', '早治疗'],
      四集中: ['集中患者', '集中专家', '集中资源', '集中救治'],
      四方责任: ['属地', '部门', '单位', '个人'],
    };
    for (const [term, members] of Object.entries(facts)) assert.deepEqual(byTerm.get(term)?.members, members, term);
    assert.deepEqual(byTerm.get('四个全面')?.outdatedMembers, ['全面建成小康社会']);
    assert.equal(byTerm.get('四个全面')?.changedOn, '2020-10');
    // No address was found for the announcement: it is named, and no date is stated as a definition.
    assert.match(byTerm.get('乙类乙管')?.source ?? '', /公告2022年第7号/);
    assert.equal(byTerm.get('四个意识')?.date, '2016-01-29');
  });

  it('the terms the facts leave unconfirmed, and the speeches’ own numbered formulations, are unconfirmed and undefined', () => {
    for (const t of ['四个是否', '逢阳必报', '三站一场', '应隔尽隔', '守土担责', '两个立即', '十个着力', '三关', '6个方面18个环节']) {
      const e = byTerm.get(t);
      assert.equal(e?.status, 'unconfirmed', t);
      assert.equal(e.members ?? e.wording ?? e.origin ?? e.date ?? e.source, undefined, t);
    }
  });

  it('no date the facts do not give: 两个维护 has none', () => {
    assert.equal(byTerm.get('两个维护')?.date, undefined);
    assert.equal(byTerm.get('两个维护')?.origin, undefined);
  });

  it('notes name the corpus, not where the corpus came from', () => {
    for (const e of entries) assert.doesNotMatch(`${e.note ?? ''}${e.source ?? ''}`, /种子|seed/i, e.term);
  });
});

describe('glossary: user files (the loader agrees with the schema)', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['an added entry', { entries: [{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'], kind: '工作机制' }] }, true],
    ['an unconfirmed skeleton', { entries: [{ term: '一盘棋', status: 'unconfirmed', note: '' }] }, true],
    ['an unconfirmed entry with members', { entries: [{ term: '四个是否', status: 'unconfirmed', members: ['甲', '乙'] }] }, false],
    ['an entry without a term', { entries: [{ members: ['甲', '乙'] }] }, false],
    ['an unknown status', { entries: [{ term: '三服务', status: 'maybe' }] }, false],
    ['members that are not texts', { entries: [{ term: '三服务', members: '服务企业' }] }, false],
    ['no entries list', { terms: [] }, false],
  ];
  for (const [what, file, ok] of cases) {
    it(`${what}: ${ok ? 'accepted' : 'rejected'} by both`, () => {
      assert.equal(validate(file), ok, `schema: ${JSON.stringify(validate.errors)}`);
      assert.equal(parseGlossary(file, 'user').problems.length === 0, ok, 'loader');
    });
  }

  it('a broken entry is dropped with a message; the others and the built-in glossary keep working', () => {
    const user = parseGlossary({ entries: [{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'] }, { term: '四个是否', status: 'unconfirmed', wording: '……' }] }, '.speechdrafter-glossary.json');
    assert.equal(user.entries.length, 1);
    assert.equal(user.problems.length, 1);
    assert.equal(user.problems[0].source, '.speechdrafter-glossary.json');
    assert.equal(user.problems[0].key, 'entries[1]');
    const g = mergeGlossaries(builtinEntries(), user.entries);
    assert.ok(g.get('三服务'));
    assert.equal(g.get('四个是否')?.status, 'unconfirmed');
    assert.equal(g.get('四方责任')?.members?.length, 4);
  });
});

describe('glossary: lookup and completion keys', () => {
  const g = new Glossary(builtinEntries());

  it('looks a name up at a position in well under a millisecond', () => {
    const line = '要坚持人民至上、生命至上，压实属地、部门、单位、个人“四方责任”，做到“四早”。'.repeat(4);
    assert.equal(g.at(line, line.indexOf('四方责任') + 2)?.entry.term, '四方责任');
    assert.equal(g.at(line, 4)?.entry.term, '人民至上、生命至上');
    const n = 10000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) g.at(line, i % line.length);
    const perCall = Number(process.hrtime.bigint() - t0) / 1e6 / n;
    assert.ok(perCall < 0.1, `${perCall} ms a lookup`);
  });

  it('pinyin initials of the terms', () => {
    assert.equal(nameInitials('四方责任'), 'sfzr');
    assert.equal(nameInitials('四个意识'), 'sgys');
    assert.equal(nameInitials('三区两通道'), 'sqltd');
    assert.equal(nameInitials('乙类乙管'), 'ylyg');
    assert.equal(nameInitials('6个方面18个环节'), '6gfm18ghj');
  });

  it('computes the keys once per glossary', () => {
    assert.equal(completionNames(g), completionNames(g));
    assert.notEqual(completionNames(new Glossary(builtinEntries())), completionNames(g));
  });

  it('completes from initials typed after Chinese text, and from the first Chinese characters', () => {
    const byInitials = completionsFor(g, '压实sfzr');
    assert.equal(byInitials?.typed, 'sfzr');
    // Every name with those initials (司法责任制 shares them), the exact-length one first.
    assert.ok(byInitials?.names.some((n) => n.name === '四方责任'));
    assert.ok(byInitials?.names.every((n) => n.initials.startsWith('sfzr')));
    assert.ok(completionsFor(g, 'sg')!.names.map((n) => n.name).includes('四个意识'));
    const byHan = completionsFor(g, '增强四个意');
    assert.equal(byHan?.typed, '四个意');
    assert.deepEqual(byHan?.names.map((n) => n.name), ['四个意识']);
  });

  it('offers nothing for noise: one letter, an English word, a finished term, ordinary text', () => {
    for (const before of ['s', 'the', 'hello', '压实四方责任', '今天的会议', '']) assert.equal(completionsFor(g, before), undefined, before);
  });

  it('writes members out as the formulation is worded', () => {
    assert.equal(membersText(['属地', '部门', '单位', '个人']), '属地、部门、单位、个人');
    assert.equal(membersText(['务必不忘初心、牢记使命', '务必谦虚谨慎、艰苦奋斗', '务必敢于斗争、善于斗争']), '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争');
  });
});

describe('formulations not in the glossary', () => {
  const g = new Glossary(builtinEntries());

  it('finds quoted slogans and numbered formulations with counts and a context', () => {
    const text = '坚持“一盘棋”。落实“三服务”要求，坚决打赢“两个战场”。\n坚持“一盘棋”，做到三个没有变。';
    const found = unknownFormulations(text, g);
    assert.deepEqual(found.map((f) => [f.text, f.count]), [['一盘棋', 2], ['三服务', 1], ['两个战场', 1], ['三个没有变', 1]]);
    assert.equal(found[3].context, '坚持“一盘棋”，做到三个没有变。');
  });

  it('leaves out what the glossary knows, spelled-out members, dates and ordinary counting', () => {
    const text = '增强“四个意识”，做到“两个立即”，落实“早发现、早报告、早隔离、早治疗”。1月25日，一方面，一项工作，三个月内，两个小时。';
    assert.deepEqual(unknownFormulations(text, g), []);
  });

  it('grows with the user glossary', () => {
    const text = '落实“三服务”要求。';
    assert.equal(unknownFormulations(text, g).length, 1);
    assert.equal(unknownFormulations(text, mergeGlossaries(builtinEntries(), [{ term: '三服务', status: 'unconfirmed' }])).length, 0);
  });
});

describe('glossary: examples in the rules’ example shape', () => {
  it('reads a bare text as { text }, keeps what an example pins down, and rejects a malformed list with a message', () => {
    const ok = parseGlossary({ entries: [{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'], examples: { flag: ['服务群众、服务企业、服务基层'], pass: [{ text: '服务企业、服务群众、服务基层' }] } }] }, 'user');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.entries[0].examples, { flag: [{ text: '服务群众、服务企业、服务基层' }], pass: [{ text: '服务企业、服务群众、服务基层' }] });
    const bad = parseGlossary({ entries: [{ term: '三服务', examples: { flag: [3] } }] }, 'user');
    assert.equal(bad.entries.length, 0);
    assert.equal(bad.problems.length, 1);
  });
});
