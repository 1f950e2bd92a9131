/**
 * The glossary's facts against the official record (../shared/official/, skipped when absent):
 * every mined first use, last use, member list and change of wording is checked in the documents
 * it names; every curated fact carries a source address, and members cited to a document of the
 * record are in it; and the member check raises nothing on any line of the record, each judged
 * with its own document's year.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, resolveConfig, RULE_IDS } from '../../src/core';
import { builtinEntries, curatedEntries, minedEntries, parseGlossary } from '../../src/core/glossary/glossary';
import { checkableEntries } from '../../src/core/rules/formulationMembers';
import { officialRecords, SHARED_MISSING } from '../support/shared';
import { usesTerm } from '../../scripts/mine-glossary';
import { recordYear } from '../../scripts/formulation-eval';

const ROOT = path.join(__dirname, '..', '..', '..');
const records = officialRecords();
const dated = (records ?? []).filter((r) => r.year !== undefined && r.kind !== 'resolution');
const byTitle = new Map(dated.map((r) => [r.title, r]));

describe('glossary: the record layer against the official record', function () {
  before(function () {
    if (!records) this.skip(); // SHARED_MISSING
  });
  if (!records) it.skip(`skipped: ${SHARED_MISSING}`, () => undefined);
  const mined = minedEntries();

  it('holds at least 500 national formulations', () => {
    const national = builtinEntries().filter((e) => (e.scope ?? 'national') === 'national' && e.status !== 'unconfirmed');
    assert.ok(national.length >= 500, String(national.length));
  });

  it('every first use is the earliest document that uses the term, every last use the latest, the count exact', () => {
    for (const e of mined) {
      const uses = dated.filter((r) => usesTerm(r.text, e.term));
      assert.ok(uses.length > 0, e.term);
      const years = uses.map((r) => r.year!);
      assert.equal(e.firstUse!.year, Math.min(...years), e.term);
      assert.equal(e.lastUse!.year, Math.max(...years), e.term);
      assert.ok(usesTerm(byTitle.get(e.firstUse!.title)!.text, e.term), `${e.term}: ${e.firstUse!.title}`);
      assert.ok(usesTerm(byTitle.get(e.lastUse!.title)!.text, e.term), `${e.term}: ${e.lastUse!.title}`);
      assert.equal(e.documents, uses.length, e.term);
    }
  });

  it('every mined member list is spelled out, in its order, in the document it is credited to', () => {
    let n = 0;
    for (const e of mined.filter((x) => x.members)) {
      const doc = byTitle.get((e.membersFirst ?? e.firstUse)!.title)!;
      for (const version of e.history ?? [{ title: doc.title, members: e.members! }]) {
        const text = byTitle.get(version.title)!.text;
        let at = -1;
        for (const m of version.members) {
          const next = text.indexOf(m, at + 1);
          assert.ok(next >= 0, `${e.term}: ${m} not in ${version.title}`);
          at = next;
        }
        n++;
      }
    }
    assert.ok(n > 0);
  });

  it('every change of wording is what the two versions differ by', () => {
    for (const e of mined.filter((x) => x.history)) {
      const h = e.history!;
      for (let i = 1; i < h.length; i++) {
        const [prev, next] = [h[i - 1].members, h[i].members];
        for (const m of h[i].added ?? []) assert.ok(next.includes(m) && !prev.includes(m), `${e.term} ${m}`);
        for (const m of h[i].removed ?? []) assert.ok(prev.includes(m) && !next.includes(m), `${e.term} ${m}`);
        for (const [a, b] of h[i].renamed ?? []) assert.ok(prev.includes(a) && next.includes(b), `${e.term} ${a}→${b}`);
        assert.ok(h[i].year >= h[i - 1].year);
      }
    }
  });

  it('curated members cited to a document of the record are all in it', () => {
    const urls = new Map(dated.map((r) => [r.url, r]));
    let checked = 0;
    for (const e of curatedEntries().filter((x) => x.members && x.sources)) {
      const cited = e.sources!.map((s) => urls.get(s.url)).filter((r) => r !== undefined);
      if (!cited.length) continue;
      assert.ok(cited.some((r) => e.members!.every((m) => r!.text.includes(m))), `${e.term}: members not in ${cited.map((r) => r!.title).join(', ')}`);
      checked++;
    }
    assert.ok(checked >= 20, String(checked));
  });

  it('a curated meaning cited only to the record is about a term the cited document uses', () => {
    const urls = new Map(dated.map((r) => [r.url, r]));
    for (const e of curatedEntries().filter((x) => x.meaning && x.sources?.every((s) => urls.has(s.url)))) {
      const names = [e.term, ...(e.aliases ?? [])];
      const docs = e.sources!.map((s) => urls.get(s.url)!);
      assert.ok(docs.some((d) => names.some((n) => d.text.includes(n)) || (e.members ?? []).every((m) => d.text.includes(m))), `${e.term} is not in ${docs.map((d) => d.title).join(', ')}`);
    }
  });

  it('a resolution on a work report speaks from the year of its session', function () {
    const resolutions = records!.filter((r) => r.kind === 'resolution');
    assert.ok(resolutions.length > 0);
    for (const r of resolutions) {
      const year = recordYear(r);
      assert.ok(year !== undefined, r.title);
      // The resolution approves that year's report: no year after it is written in it.
      const written = [...r.text.matchAll(/((?:19|20)\d{2})年/gu)].map((m) => Number(m[1]));
      assert.ok(written.every((y) => y <= year!), `${r.title}: ${year}, ${written.join(' ')}`);
      if (r.title.startsWith('第十一届全国人民代表大会第一次会议')) assert.equal(year, 2008);
    }
  });

  it('raises no member finding on any line of the record, all of its documents, each judged with its document’s year', function () {
    this.timeout(120000);
    const { config } = resolveConfig([{ source: 'test', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'formulation-members' ? 'warning' : 'off'])) } }], RULE_IDS);
    const checked = checkableEntries(builtinEntries());
    let spelled = 0;
    let lines = 0;
    const wrong: string[] = [];
    const all = records!.filter((r) => recordYear(r) !== undefined);
    assert.equal(all.length, records!.length);
    for (const r of all) {
      const analyzer = createAnalyzer({ ...config, documentDate: String(recordYear(r)) });
      for (const line of r.text.split('\n')) {
        // Every line (lists, members written without separators, clauses); those that spell out
        // two members or more of an entry are the ones the rule reads.
        if (checked.some((c) => c.members.filter((m) => line.includes(m)).length >= 2)) spelled++;
        lines++;
        for (const f of analyzer.analyze(line)) wrong.push(`${r.year} ${r.title}: ${line.slice(Math.max(0, f.start - 20), f.end + 20)} — ${f.message}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(spelled >= 1000, String(spelled));
    assert.ok(lines >= 10000, String(lines));
  });
});

describe('glossary: curated facts carry their sources', () => {
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8'));

  it('one curated entry per term', () => {
    const terms = (raw.entries as Array<{ term: string }>).map((e) => e.term);
    assert.equal(new Set(terms).size, terms.length);
  });

  it('the curated layer loads without a problem', () => {
    assert.deepEqual(parseGlossary(raw, 'corpus/glossary.json').problems, []);
  });

  it('every meaning, origin and date has a source with an address', () => {
    for (const e of curatedEntries()) {
      if (e.meaning || e.origin || e.date) assert.ok(e.sources?.length && e.sources.every((s) => /^https?:\/\//.test(s.url)), e.term);
    }
  });

  it('a definition without a source is rejected, with a message', () => {
    for (const bad of [{ term: '三服务', meaning: '服务企业、服务群众、服务基层。' }, { term: '三服务', origin: '某市', date: '2019' }, { term: '三服务', meaning: '……', sources: [{ url: '某报' }] }]) {
      const { entries, problems } = parseGlossary({ entries: [bad] }, 'user');
      assert.equal(entries.length, 0, JSON.stringify(bad));
      assert.equal(problems.length, 1);
    }
    assert.equal(parseGlossary({ entries: [{ term: '三服务', meaning: '……', sources: [{ url: 'https://www.gov.cn/' }] }] }, 'user').problems.length, 0);
  });

  it('local and sector formulations are marked so, and say where they come from or that they are unconfirmed', () => {
    const kept = builtinEntries().filter((e) => e.scope === 'local' || e.scope === 'sector');
    assert.ok(kept.length >= 10, String(kept.length));
    for (const e of kept) assert.ok(e.status === 'unconfirmed' ? !e.meaning : e.sources?.length || e.source || e.members, e.term);
  });
});
