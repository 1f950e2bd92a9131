/**
 * The member check (rule formulation-members): every glossary entry's own examples, the fix, the
 * cases that must stay silent (the corpus, the seeds, a list that only shares words with a
 * formulation), and the outdated first member of 四个全面 judged by the document's date.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, createAnalyzer, resolveConfig, RULE_IDS } from '../../src/core';
import { builtinEntries } from '../../src/core/glossary/glossary';
import { checkableEntries, checkClauses, checkLine, checkMembers, clauseEntries, commonAffix } from '../../src/core/rules/formulationMembers';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { officialRecords } from '../support/shared';
import { cases, judge } from '../../scripts/formulation-eval';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const ROOT = path.join(__dirname, '..', '..', '..');

function only(...ids: string[]) {
  const { config } = resolveConfig([{ source: 'test', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, ids.includes(id) ? 'warning' : 'off'])) } }], RULE_IDS);
  return createAnalyzer(config);
}

const members = only('formulation-members');
const checked = checkableEntries(builtinEntries());
const clauses = clauseEntries(builtinEntries());

describe('formulation-members: the glossary’s examples', () => {
  for (const e of builtinEntries().filter((x) => x.examples)) {
    describe(e.term, () => {
      const c = checked.find((x) => x.entry === e);
      const clause = clauses.find((x) => x.entry === e);
      it('is an entry the rule checks (confirmed, three or more members, or clauses sharing their first words)', () => assert.ok(c || clause, `${e.term} has examples the rule never runs`));
      if (clause) {
        for (const { text } of e.examples?.flag ?? []) {
          it(`flags ${text}`, () => {
            const found = checkClauses(text, [clause]);
            assert.equal(found.length, 1, JSON.stringify(found));
            const fixed = applyEdits(text, found[0].fixes![0].edits);
            assert.ok(fixed.includes(e.members!.join('，')), fixed);
            assert.deepEqual(checkClauses(fixed, [clause]), [], fixed);
          });
        }
        for (const { text } of e.examples?.pass ?? []) it(`does not flag ${text}`, () => assert.deepEqual(checkClauses(text, [clause]), []));
        return;
      }
      for (const { text, flagged, message } of e.examples?.flag ?? []) {
        it(`flags ${text}`, () => {
          // As a user meets it: the whole rule, with the document's date (today's when it has none).
          const found = members.analyze(text);
          assert.equal(found.length, 1, JSON.stringify(found));
          assert.equal(found[0].data?.term, e.term);
          if (flagged !== undefined) assert.equal(text.slice(found[0].start, found[0].end), flagged);
          if (message !== undefined) assert.equal(found[0].message, message);
          const fix = found[0].fixes![0];
          assert.equal(fix.safe, false);
          // The fix writes the members in their order, and the fixed text passes.
          const fixed = applyEdits(text, fix.edits);
          // (和 may join the last two members; a member may itself hold 和, as 和谐 does; a member
          // written after a verb of its own keeps it: 立足新发展阶段、贯彻新发展理念.)
          const inOrder = (s: string) => e.members!.every((m, i, all) => s.indexOf(m) >= 0 && (i === 0 || s.indexOf(m) > s.indexOf(all[i - 1])));
          assert.ok(fixed.includes(e.members!.join('、')) || fixed.replace(/和/g, '、').includes(e.members!.join('、')) || (inOrder(fixed) && !inOrder(text)), fixed);
          assert.deepEqual(members.analyze(fixed), [], fixed);
        });
      }
      for (const { text } of e.examples?.pass ?? []) {
        it(`does not flag ${text}`, () => assert.deepEqual(members.analyze(text), []));
      }
    });
  }
});

describe('formulation-members: what is reported', () => {
  it('names the entry, what is wrong and the right wording', () => {
    const [f] = members.analyze('压实属地、单位、个人“四方责任”');
    assert.equal(f.rule, 'formulation-members');
    assert.match(f.message, /四方责任/);
    assert.match(f.message, /部门/);
    assert.match(f.message, /属地、部门、单位、个人/);
    assert.equal('压实属地、单位、个人“四方责任”'.slice(f.start, f.end), '属地、单位、个人');
  });

  it('keeps the writer’s 和 before the last member in the fix', () => {
    const text = '牢固树立政治意识、大局意识、看齐意识和核心意识';
    const [f] = members.analyze(text);
    assert.equal(applyEdits(text, f.fixes[0].edits), '牢固树立政治意识、大局意识、核心意识和看齐意识');
  });

  it('finds the list in the middle of a longer line, at the right offsets, in Markdown too', () => {
    const text = '## 二、提高站位\n\n同志们，要增强政治意识、大局意识、看齐意识、核心意识，坚定“四个自信”。';
    const [f] = members.analyze(text, { languageId: 'markdown' });
    assert.equal(text.slice(f.start, f.end), '政治意识、大局意识、看齐意识、核心意识');
  });

  it('leaves inline code alone', () => {
    assert.deepEqual(members.analyze('例：`政治意识、大局意识、看齐意识、核心意识`', { languageId: 'markdown' }), []);
  });

  it('is not fooled by traditional characters (that is traditional-char’s finding)', () => {
    assert.deepEqual(members.analyze('按照“集中患者、集中專家、集中資源、集中救治”等“四集中”原則'), []);
    assert.equal(members.analyze('按照“集中患者、集中資源、集中救治”等“四集中”原則').length, 1);
  });

  it('stays silent where a list only shares words with a formulation', () => {
    for (const text of [
      '“四早”的关键又是早发现、早报告',
      '要坚持早发现、早报告、早隔离、早诊断、早治疗',
      '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设',
      '各部门、各单位都要设立疫情防控管理员',
      '压紧压实属地责任、卫生健康行政部门责任、各级各类医疗卫生机构责任以及个人“四方责任”',
      '压紧压实属地、部门、学校、个人“四方责任”',
      '机关、部门、单位、企业都要参加',
      '2015年3月5日\n坚定道路自信、理论自信、制度自信',
      '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    ]) {
      assert.deepEqual(members.analyze(text).map((f) => text.slice(f.start, f.end)), [], text);
    }
  });

  it('reports nothing on the shipped corpus and the raw seeds', () => {
    for (const dir of ['corpus', path.join('test', 'fixtures', 'seeds')]) {
      for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((x) => /\.(md|txt)$/.test(x) && x !== 'README.md')) {
        const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
        const found = members.analyze(text, { languageId: f.endsWith('.md') ? 'markdown' : 'plaintext' });
        assert.deepEqual(found.map((x) => text.slice(x.start, x.end)), [], `${dir}/${f}`);
      }
    }
  });

  it('checks a user’s own entry the same way', () => {
    const user = checkableEntries([{ term: '三服务', members: ['服务企业', '服务群众', '服务基层'], status: 'current' }]);
    assert.equal(checkMembers('开展服务企业、服务基层、服务群众“三服务”活动', user).length, 1);
    assert.deepEqual(checkMembers('开展服务企业、服务群众、服务基层“三服务”活动', user), []);
  });

  it('never checks an unconfirmed entry or members it cannot split', () => {
    const terms = checked.map((c) => c.entry.term);
    for (const t of ['四个是否', '两个立即', '十个着力', '三关', '三个务必']) assert.ok(!terms.includes(t), t);
    // Clause-long members (some holding a 、 themselves) are read clause by clause instead, by their shared first or last words.
    assert.deepEqual(clauses.map((c) => c.entry.term).sort(), ['三个务必', '两个确立', '两个维护', '两个毫不动摇', '五个必由之路'].sort());
    assert.equal(clauses.find((c) => c.entry.term === '五个必由之路')?.at, 'end');
  });

  it('finds the shared affix that tells an altered member', () => {
    assert.deepEqual(commonAffix(['政治意识', '大局意识', '核心意识', '看齐意识']), { kind: 'suffix', text: '意识' });
    assert.deepEqual(commonAffix(['早发现', '早报告', '早隔离', '早治疗']), { kind: 'prefix', text: '早' });
    assert.equal(commonAffix(['属地', '部门', '单位', '个人']), undefined);
  });

  it('raises nothing on a 200,000-character speech of correct formulations (its speed: the scaling test and npm run bench)', () => {
    const para = '要增强政治意识、大局意识、核心意识、看齐意识，坚持早发现、早报告、早隔离、早治疗，压实属地、部门、单位、个人“四方责任”。';
    const text = Array.from({ length: Math.ceil(200000 / para.length) }, (_, i) => para + i).join('\n');
    assert.deepEqual(members.analyze(text), []);
  });
});

describe('四个全面 with 全面建成小康社会: judged by the document’s date', () => {
  const both = only('formulation-members', 'outdated-term');
  const list = '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。';

  it('a speech dated before October 2020 is right to use it', () => {
    assert.deepEqual(both.analyze(`在全市工作会议上的讲话\n（2019年12月3日）\n${list}`), []);
  });

  it('a later speech is told the date it changed, by outdated-term only', () => {
    const found = both.analyze(`在全市工作会议上的讲话\n（2023年3月1日）\n${list}`);
    assert.deepEqual(found.map((f) => f.rule), ['outdated-term']);
    assert.match(found[0].message, /2020年10月/);
    assert.match(found[0].message, /全面建设社会主义现代化国家/);
  });
});

describe('formulation-members: judged by the document’s date, and lists written in other ways', () => {
  const analyzer = only('formulation-members');
  const older = '协调推进全面深化改革、全面建成小康社会、全面依法治国、全面从严治党。';

  it('an older wording in another order: before the change judged against it, after the change told what changed and when', () => {
    const [before] = analyzer.analyze(`讲话\n（2019年12月3日）\n${older}`);
    assert.match(before.message, /全面建成小康社会、全面深化改革、全面依法治国、全面从严治党/);
    assert.doesNotMatch(before.message, /全面建设社会主义现代化国家/);
    const [after] = analyzer.analyze(`讲话\n（2023年3月1日）\n${older}`);
    assert.match(after.message, /四个全面/);
    assert.match(after.message, /2020-10/);
    assert.match(after.message, /全面建设社会主义现代化国家/);
  });

  it('a year alone or a month as the date line, or as the setting', () => {
    const told = (text: string, a = analyzer) => a.analyze(text).some((f) => /全面建设社会主义现代化国家/.test(f.message));
    assert.equal(told(`讲话\n2019年\n${older}`), false);
    assert.equal(told(`讲话\n2020年\n${older}`), false, 'a year alone is not certainly after October');
    assert.equal(told(`讲话\n（2020年10月）\n${older}`), true);
    assert.equal(told(`讲话\n（2021年5月）\n${older}`), true);
    const withDate = (documentDate: string) => createAnalyzer(resolveConfig([{ source: 'test', settings: { documentDate, rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'formulation-members' ? 'warning' : 'off'])) } }], RULE_IDS).config);
    assert.equal(told(older, withDate('2020-05')), false);
    assert.equal(told(older, withDate('2021')), true);
    assert.equal(told(older, withDate('2020-11')), true);
  });

  it('understands a shared head word: 产业、人才、文化、生态、组织振兴', () => {
    assert.deepEqual(analyzer.analyze('推动乡村产业、人才、文化、生态、组织振兴'), []);
    const text = '推动乡村产业、文化、人才、生态、组织振兴';
    const [f] = analyzer.analyze(text);
    assert.match(f.message, /乡村五个振兴/);
  });

  it('understands members written without separators: 获得感幸福感安全感', () => {
    assert.deepEqual(analyzer.analyze('使人民获得感幸福感安全感更加充实'), []);
    const text = '使人民获得感安全感幸福感更加充实';
    const [f] = analyzer.analyze(text);
    assert.equal(text.slice(f.start, f.end), '获得感安全感幸福感');
  });

  it('never puts a range boundary inside a surrogate pair', () => {
    for (const text of ['增强𠮷治意识、大局意识、核心意识、服务意识', '增强政治意识、大局意识、核心意识、𠮷𠮷意识', '获得感𠮷感幸福感']) {
      for (const f of analyzer.analyze(text)) {
        for (const i of [f.start, f.end]) {
          const hi = text.charCodeAt(i - 1);
          assert.ok(!(hi >= 0xd800 && hi <= 0xdbff), `${text} @${i}`);
        }
      }
    }
  });

  it('reads every reordered run of a long line of member clauses (its growth: the scaling test, shape "member clauses on one line")', () => {
    const verbs = ['立足', '贯彻', '构建', '推动'];
    const ms = ['新发展阶段', '新发展理念', '新发展格局', '高质量发展'];
    // Runs of four clauses between other clauses, every third run reordered.
    const line = (n: number) => Array.from({ length: n }, (_, i) => verbs[i % 4] + ms[Math.floor(i / 4) % 3 === 0 ? [1, 0, 2, 3][i % 4] : i % 4] + (i % 4 === 3 ? '，做好各项工作' : '')).join('，');
    assert.ok(checkLine(line(2000), checked, clauses).length > 100);
  });

});

describe('formulation-members: the pre-test only skips lines with nothing to find', () => {
  const records = officialRecords();
  const all = [...checked, ...clauses];
  // Altered forms of a line that spells out two members or more: swapped, one left out, one altered, written without the 、, named beside the list, in traditional characters.
  const variants = (line: string): string[] => {
    const out: string[] = [];
    for (const c of all) {
      const found = c.members.filter((m) => line.includes(m));
      if (found.length < 2) continue;
      const [a, b] = found;
      const ia = line.indexOf(a);
      const ib = line.indexOf(b, ia + a.length);
      if (ib < 0) continue;
      const swapped = line.slice(0, ia) + b + line.slice(ia + a.length, ib) + a + line.slice(ib + b.length);
      out.push(swapped, line.replace(a, ''), line.replace(a, a.slice(0, -1) + '念'), line.replace(`${a}、`, a), line.replace(b, `${b}“${c.entry.term}”`), toTraditional(swapped));
    }
    return out;
  };
  const lines = (records ?? []).flatMap((r) => r.text.split('\n').filter((l) => l.length > 3).map((l) => ({ l, year: r.year ?? 2000 })));
  const examples = builtinEntries().flatMap((e) => [...(e.examples?.flag ?? []), ...(e.examples?.pass ?? [])]).map((x) => x.text);

  it('the glossary’s examples and their altered forms: the same findings with and without the pre-test', () => {
    let n = 0;
    for (const text of [...examples, ...examples.flatMap(variants)]) {
      assert.deepEqual(checkLine(text, checked, clauses, { year: 2030, source: 'setting' }), checkLine(text, checked, clauses, { year: 2030, source: 'setting' }, false), text);
      n++;
    }
    assert.ok(n > 100, String(n));
  });

  it('every line of the official record and its altered forms: the same findings with and without the pre-test', function () {
    if (!records) this.skip(); // SHARED_MISSING
    this.timeout(300000);
    let flagged = 0;
    for (const { l, year } of lines) {
      for (const text of [l, ...variants(l)]) {
        const full = checkLine(text, checked, clauses, { year, source: 'setting' }, false);
        assert.deepEqual(checkLine(text, checked, clauses, { year, source: 'setting' }), full, text);
        if (full.length) flagged++;
      }
    }
    assert.ok(flagged > 100, String(flagged));
  });
});

describe('formulation-members: altered forms of the record’s own sentences (scripts/formulation-eval.ts)', () => {
  const made = cases();
  it('flags 90 % or more of the altered formulations with the term beside them, of those reordered or with one member altered without it, of all reordered, short, altered or older ones, and of all altered ones; 80 % of those one short without it; never the sentence as written', function () {
    if (!made) this.skip(); // SHARED_MISSING
    const judged = judge(made!);
    const rate = (xs: typeof judged) => xs.filter((x) => x.flagged).length / xs.length;
    const altered = judged.filter((x) => x.kind !== 'correct');
    assert.deepEqual(judged.filter((x) => x.kind === 'correct' && x.flagged).map((x) => x.text), []);
    assert.ok(rate(altered.filter((x) => x.named)) >= 0.9, String(rate(altered.filter((x) => x.named))));
    const unnamed = altered.filter((x) => !x.named && (x.kind === 'reordered' || x.kind === 'altered'));
    assert.ok(unnamed.length >= 50 && rate(unnamed) >= 0.9, `${rate(unnamed)} of ${unnamed.length}`);
    // Without the term beside it, a whole list one member short (left out between two written) is flagged too.
    const short = altered.filter((x) => !x.named && x.kind === 'missing');
    assert.ok(short.length >= 50 && rate(short) >= 0.8, `${rate(short)} of ${short.length}`);
    // Reordered, one missing, one altered, an older wording: with the term or without, 90 % or more.
    const four = altered.filter((x) => x.kind !== 'extra');
    assert.ok(rate(four) >= 0.9, String(rate(four)));
    // And all of them, one item added included.
    assert.ok(rate(altered) >= 0.9, String(rate(altered)));
  });
});

describe('formulation-members: an older wording from the record’s history, judged by the date', () => {
  const e = builtinEntries().find((x) => x.term === '四个自信');
  it('the record holds the three 自信 of 2012 and the four of 2017 (mined history)', function () {
    if (!e?.history) this.skip(); // the mined layer has no history for it
    assert.deepEqual(e!.history!.map((h) => h.members.length), [3, 4]);
  });
  it('a speech dated after the change is told what was added and when; one dated before is not', function () {
    if (!e?.history) this.skip();
    const later = members.analyze('2023年5月\n要坚定道路自信、理论自信、制度自信。');
    assert.equal(later.length, 1);
    // When: the record's first document with the new wording, by its year and title.
    const first = e.history!.find((h) => h.members.includes('文化自信'))!;
    assert.ok(later[0].message.includes('文化自信') && later[0].message.includes(`${first.year}年《${first.title}》`), later[0].message);
    assert.deepEqual(members.analyze('2015年5月\n要坚定道路自信、理论自信、制度自信。'), []);
    // Beside the member added since, the shorter list is meant: 在道路自信、理论自信、制度自信之外，增加文化自信.
    assert.deepEqual(members.analyze('2023年5月\n在道路自信、理论自信、制度自信之外，提出文化自信。'), []);
  });
});

describe('formulation-members: one member left out, or one item added, without the term beside the list', () => {
  const dated = (year: number) => createAnalyzer(resolveConfig([{ source: 'test', settings: { documentDate: String(year), rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'formulation-members' ? 'warning' : 'off'])) } }], RULE_IDS).config);
  const a2023 = dated(2023);
  const one = (text: string, a = a2023) => {
    const found = a.analyze(text);
    assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((f) => f.message))}`);
    return { ...found[0], written: text.slice(found[0].start, found[0].end) };
  };

  it('flags a whole list of all members but one, the one left out between two written, and fixes it', () => {
    for (const [text, term, left] of [
      ['各级干部要不断增强政治意识、大局意识、看齐意识，把讲政治落到实处。', '四个意识', '核心意识'],
      ['我们要坚定道路自信、理论自信、文化自信，走好自己的路。', '四个自信', '制度自信'],
      ['统筹推进经济建设、政治建设、社会建设、生态文明建设。', '五位一体', '文化建设'],
      ['推动新型工业化、信息化、农业现代化同步发展。', '四化同步', '城镇化'],
      ['让人民群众的获得感、安全感更加充实、更有保障。', '获得感、幸福感、安全感', '幸福感'],
      ['坚持创新、协调、开放、共享的发展理念。', '新发展理念', '绿色'],
      ['持续深化简政放权、优化服务改革。', '放管服', '放管结合'],
      ['着力稳就业、稳金融、稳外贸、稳外资、稳投资，', '六稳', '稳预期'],
    ] as const) {
      const f = one(text);
      assert.equal(f.data?.term, term, text);
      assert.ok(f.message.includes(left), f.message);
      const fixed = applyEdits(text, f.fixes![0].edits);
      assert.deepEqual(a2023.analyze(fixed), [], fixed);
    }
  });

  it('flags all members with one more that shares their affix, or repeats a member with one character changed', () => {
    const f = one('切实增强政治意识、大局意识、核心意识、看齐意识、责任意识，');
    assert.equal(f.written, '政治意识、大局意识、核心意识、看齐意识、责任意识');
    assert.match(f.message, /责任意识/);
    assert.match(one('坚定道路自信、理论自信、制度自信、文化自信、历史自信，').message, /历史自信/);
    assert.match(one('持续推进简政放权、放管结合、优化服务、优化服条改革。').message, /优化服条/);
    // With the term beside it, one more after the conjunction too (up to the shared affix).
    assert.match(one('“五位一体”，即经济建设、政治建设、文化建设、社会建设、生态文明建设和服务建设中').message, /服务建设/);
    // A term that names its count (三不腐, 四化同步): one more with the shared character is one too many.
    assert.match(one('一体推进不敢腐、不能腐、不想腐、不愿腐，').message, /不愿腐/);
    assert.equal(one('推动新型工业化、信息化、城镇化、农业现代化、数字化同步发展。').written, '工业化、信息化、城镇化、农业现代化、数字化');
    // (The item with words after it, as long as the last member: 数字化道路.)
    const road = '坚持走新型工业化、信息化、城镇化、农业现代化、数字化道路，';
    assert.equal(applyEdits(road, one(road).fixes![0].edits), '坚持走新型工业化、信息化、城镇化、农业现代化道路，');
    // A member written twice, once altered, after a conjunction too; the fix keeps the conjunction.
    const text = '严厉整治形式主义、官僚主义、享乐主义、奢靡之风和奢靡之气，';
    const f2 = one(text);
    assert.match(f2.message, /奢靡之气/);
    assert.equal(applyEdits(text, f2.fixes![0].edits), '严厉整治形式主义、官僚主义、享乐主义和奢靡之风，');
  });

  it('stays silent where the shorter or longer list is meant', () => {
    for (const text of [
      // The first or the last member left out: often a list of its own.
      '全面深化改革、全面依法治国、全面从严治党取得重大进展。',
      '不断增强人民群众的获得感、幸福感。',
      '增强政治意识、大局意识、核心意识，',
      // Left open, or the member left out written elsewhere in the line.
      '增强政治意识、大局意识、看齐意识等，',
      '增强政治意识、大局意识、看齐意识，特别是核心意识。',
      '坚持创新、协调、开放、共享等理念。',
      // Three of five, two of four: not one short.
      '坚持创新、绿色、共享，',
      '增强政治意识、看齐意识，',
      // One more joined by a conjunction, or sharing one character only (the five 早).
      '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设。',
      '坚持早发现、早报告、早隔离、早诊断、早治疗。',
      '推动新型工业化、信息化、城镇化、农业现代化和绿色化。',
      // One more sharing one character, where the term does not name the count.
      '不断增强人民群众的获得感、幸福感、安全感、认同感。',
      // Two members of three, short and without an affix; five of six not closed by a stop.
      '农业、农民',
      '坚持自治、德法相结合',
      '着力稳就业、稳金融、稳外贸、稳外资、稳投资工作',
    ]) assert.deepEqual(a2023.analyze(text).map((f) => f.message), [], text);
  });

  it('reads a list that goes on past the formulation: all members in another order, or one written twice once altered; not one short', () => {
    assert.equal(one('坚持稳增长、促改革、惠民生、调结构、防风险、保稳定，').written, '稳增长、促改革、惠民生、调结构、防风险');
    assert.match(one('整治形式主义、官僚主义、享乐主义、奢靡之风、奢靡之气、特权思想等问题').message, /奢靡之气/);
    assert.deepEqual(a2023.analyze('坚持稳增长、促改革、调结构、防风险、保稳定，'), []);
    // Two-character words in a longer list may be a list of its own.
    assert.deepEqual(a2023.analyze('压实部门、属地、单位、个人、家庭五方责任'), []);
  });

  it('flags a clause formulation with its middle clause left out, not one without its first', () => {
    const f = one('我们务必不忘初心、牢记使命，务必敢于斗争、善于斗争，');
    assert.equal(f.data?.term, '三个务必');
    assert.match(f.message, /务必谦虚谨慎、艰苦奋斗/);
    assert.deepEqual(a2023.analyze('务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争，'), []);
  });

  it('reads a first member of four characters or more with one character changed behind a lead-in, without a shared affix', () => {
    const text = '践行严以修新、严以用权、严以律己、谋事要实、创业要实、做人要实，';
    const f = one(text);
    assert.equal(f.data?.term, '三严三实');
    assert.equal(applyEdits(text, f.fixes![0].edits), '践行严以修身、严以用权、严以律己、谋事要实、创业要实、做人要实，');
  });

  it('reads a shared head word after a lead-in to the first item', () => {
    const f = one('全面推进乡村产业、人才、文明、生态、组织振兴，');
    assert.equal(f.data?.term, '乡村五个振兴');
    assert.match(f.message, /文化振兴/);
  });

  it('reads members written as clauses, each after a verb of its own, and moves each verb with its member in the fix', () => {
    const text = '要深入贯彻新发展理念，准确把握新发展阶段，加快构建新发展格局，推动高质量发展。';
    const f = one(text);
    assert.equal(f.data?.term, '三新一高');
    assert.equal(applyEdits(text, f.fixes![0].edits), '要准确把握新发展阶段，深入贯彻新发展理念，加快构建新发展格局，推动高质量发展。');
    // The last clause going on after its member; one member altered.
    assert.equal(one('立足新发展阶段，构建新发展格局，贯彻新发展理念，以推动高质量发展为主题。').data?.term, '三新一高');
    assert.match(one('立足新发展阶段，贯彻新发展理念，构建新发展格新，推动高质量发展。').message, /新发展格新/);
    // In order, or three of the four: nothing.
    for (const ok of ['立足新发展阶段，贯彻新发展理念，构建新发展格局，以推动高质量发展为主题，', '完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。', '加快构建新发展格局，贯彻新发展理念，推动高质量发展。']) assert.deepEqual(a2023.analyze(ok), [], ok);
    // The same in a 、-list: the first item's verb moves too, nothing is lost.
    const listed = '要贯彻新发展理念、立足新发展阶段、构建新发展格局、推动高质量发展。';
    assert.equal(applyEdits(listed, one(listed).fixes![0].edits), '要立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展。');
  });

  it('reads two items joined by a conjunction alone, and keeps the conjunction in the fix', () => {
    const text = '推进21世纪海上丝绸之路和丝绸之路经济带建设，';
    const f = one(text);
    assert.equal(f.data?.term, '一带一路');
    assert.equal(applyEdits(text, f.fixes![0].edits), '推进丝绸之路经济带和21世纪海上丝绸之路建设，');
    assert.deepEqual(a2023.analyze('推进丝绸之路经济带和21世纪海上丝绸之路建设，'), []);
    // Of two members, one written with one character changed, also before words of its own.
    const altered = '推进丝绸之路经济带和21世纪海上丝绸之旅建设，';
    const fa = one(altered);
    assert.equal(fa.data?.term, '一带一路');
    assert.equal(applyEdits(altered, fa.fixes![0].edits), '推进丝绸之路经济带和21世纪海上丝绸之路建设，');
    assert.match(one('实现碳达峰、碳中合目标').message, /碳中合/);
    assert.deepEqual(a2023.analyze('推进碳达峰、碳排放双控，'), []);
    // More conjunctions after the pair: the second item ends at the next one.
    const more = '“三农”，即农业和农民问题是关系改革和发展全局的重大问题。';
    assert.equal(applyEdits(more, one(more).fixes![0].edits), '“三农”，即农业、农村和农民问题是关系改革和发展全局的重大问题。');
    assert.deepEqual(a2023.analyze('推进丝绸之路经济带和21世纪海上丝绸之路建设和发展，'), []);
    // One of a list's items holding 和 is not a pair of its own.
    assert.deepEqual(a2023.analyze('坚持政治意识、大局意识、核心意识和看齐意识，'), []);
  });

  it('is judged by the date: before the members were first stated, a list one short of them is no error', () => {
    const text = '推动工业化、城镇化和农业现代化协调发展。';
    assert.deepEqual(dated(2010).analyze(text), []);
    assert.match(one(text, dated(2015)).message, /信息化/);
    // An older wording is the older-wording finding, not one member short.
    assert.deepEqual(dated(2008).analyze('协调推进经济建设、政治建设、文化建设、社会建设。'), []);
  });
});

describe('formulation-members: any reordering of any checked entry (property)', () => {
  const dated = createAnalyzer(resolveConfig([{ source: 'test', settings: { documentDate: '2024', rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'formulation-members' ? 'warning' : 'off'])) } }], RULE_IDS).config);
  const all = checkableEntries(builtinEntries());
  const sorted = (s: string) => [...s.replace(/，/g, '、')].sort().join('');
  it('is flagged, written bare or each member after a verb of its own, in a 、-list or (long members) as clauses; the fix loses no character and passes', () => {
    const runs = Number(process.env.SPEECH_DRAFTER_PROPERTY_RUNS) || 300;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.array(fc.constantFrom('', '立足', '贯彻', '加快构建', '推动', '坚持', '深入'), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (ci, rnd, leads, clauses) => {
          const c = all[ci];
          const n = c.members.length;
          const perm = [...c.members.keys()];
          for (let i = n - 1; i > 0; i--) {
            const j = rnd[i % rnd.length] % (i + 1);
            [perm[i], perm[j]] = [perm[j], perm[i]];
          }
          fc.pre(perm.some((p, i) => p !== i));
          // (Verbs only before members of four characters or more; clauses only of three such members or more.)
          const long = c.minLen >= 4;
          const sep = clauses && long && n >= 3 ? '，' : '、';
          const text = `我们要${perm.map((p, i) => (long ? leads[i] : '') + c.members[p]).join(sep)}。`;
          const found = dated.analyze(text).filter((f) => f.data?.term === c.entry.term);
          assert.equal(found.length, 1, text);
          const edits = found[0].fixes![0].edits;
          assert.equal(sorted(edits.map((e) => e.newText).join('')), sorted(text.slice(found[0].start, found[0].end)), text);
          const fixed = applyEdits(text, edits);
          assert.deepEqual(dated.analyze(fixed).filter((f) => f.data?.term === c.entry.term), [], fixed);
        },
      ),
      { numRuns: runs, seed: Number(process.env.SPEECH_DRAFTER_PROPERTY_SEED) || undefined },
    );
  });
});
