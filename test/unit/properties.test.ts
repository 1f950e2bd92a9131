/**
 * Invariants of the engine, checked with fast-check over mutations of real texts (seeds, corpus,
 * and ../shared/devset and the official record when present): excerpts of a real text with
 * characters inserted (emoji, BOM, CR, LF, marks, placeholders, traditional characters), ranges
 * deleted or doubled. SPEECH_DRAFTER_PROPERTY_RUNS sets the number of inputs per property (the
 * README gives the command for a 100,000-input run).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, configure, createAnalyzer, fixAllSafe, LineCache, parseDocument, RULE_IDS, type Finding, type LanguageId } from '../../src/core';
import { realTexts } from '../support/realTexts';

const RUNS = Number(process.env.SPEECH_DRAFTER_PROPERTY_RUNS) || 60;
const analyzer = createAnalyzer();

/** Characters that stress offsets and rules. */
const STRESS = ['😀', '👍🏽', '𠮷', '\uFEFF', '\r', '\n', '\r\n', '\u2028', ',', '.', '(', ')', '“', '”', '《', '》', '（', '）', '、', '…', 'X', 'XX', '*', '_', '某某', '區', '會議', '2023-2025年', '30-40%', '一、', '（一）', '<!-- speech-drafter-disable-next-line -->', '\t', ' ', '\u3000', '@'];

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'double'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...STRESS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else t = t.slice(0, at + m.length) + t.slice(at, at + m.length) + t.slice(at + m.length);
  }
  return t;
}

/** An excerpt of a real text (up to 3,000 units) with up to eight mutations, as plain text or Markdown. */
const input: fc.Arbitrary<{ text: string; languageId: LanguageId }> = fc
  .record({
    source: fc.nat(),
    from: fc.nat(),
    length: fc.integer({ min: 0, max: 3000 }),
    mutations: fc.array(mutation, { maxLength: 8 }),
    markdown: fc.boolean(),
  })
  .map(({ source, from, length, mutations, markdown }) => {
    const texts = realTexts();
    const t = texts[source % texts.length];
    const start = t.length ? from % t.length : 0;
    return { text: mutate(t.slice(start, start + length), mutations), languageId: markdown ? 'markdown' : 'plaintext' };
  });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function checkFindings(text: string, fs: readonly Finding[]): void {
  let prev = -1;
  for (const f of fs) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} out of bounds: ${f.start}-${f.end} of ${text.length}`);
    assert.ok(f.start >= prev, `${f.rule} not sorted`);
    prev = f.start;
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.rule} splits a surrogate pair at ${f.start}-${f.end}`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      let end = -1;
      for (const e of edits) {
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} fix out of bounds`);
        assert.ok(e.start >= end, `${f.rule} fix with overlapping edits`);
        assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${f.rule} edit splits a surrogate pair at ${e.start}-${e.end}`);
        end = e.end;
      }
    }
  }
}

const key = (f: Finding, shift = 0) => `${f.rule}@${f.start - shift}-${f.end - shift}:${f.message}`;

describe('properties over mutated real texts', function () {
  this.timeout(600_000);
  const params = { numRuns: RUNS, seed: Number(process.env.SPEECH_DRAFTER_PROPERTY_SEED) || undefined };

  it('analyze never throws; findings and fixes in bounds, sorted, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(input, ({ text, languageId }) => {
        checkFindings(text, analyzer.analyze(text, { languageId }));
      }),
      params,
    );
  });

  it('fix-all reaches a fixed point, and its edits against the input give its text', () => {
    fc.assert(
      fc.property(input, ({ text, languageId }) => {
        const analyze = (t: string) => analyzer.analyze(t, { languageId });
        const once = fixAllSafe(text, analyze);
        assert.equal(applyEdits(text, once.edits), once.text);
        const twice = fixAllSafe(once.text, analyze);
        assert.deepEqual(twice.edits, [], 'a second fix-all changes nothing');
      }),
      params,
    );
  });

  it('CRLF line ends only shift the findings', () => {
    fc.assert(
      fc.property(input, ({ text, languageId }) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        // Offset in the CRLF text of offset i of the LF text: one more unit per line end before it.
        const lineEnds: number[] = [];
        for (let i = lf.indexOf('\n'); i >= 0; i = lf.indexOf('\n', i + 1)) lineEnds.push(i);
        const map = (i: number) => {
          let n = 0;
          while (n < lineEnds.length && lineEnds[n] < i) n++;
          return i + n;
        };
        const a = analyzer.analyze(lf, { languageId }).map((f) => `${f.rule}@${map(f.start)}-${map(f.end)}:${f.message}`);
        const b = analyzer.analyze(crlf, { languageId }).map((f) => key(f));
        assert.deepEqual(b.sort(), a.sort());
      }),
      params,
    );
  });

  it('re-checking with a line cache after edits equals a fresh check', () => {
    fc.assert(
      fc.property(input, fc.array(mutation, { minLength: 1, maxLength: 4 }), ({ text, languageId }, edits) => {
        const cache = new LineCache();
        analyzer.analyze(text, { languageId, cache });
        const edited = mutate(text, edits);
        const incremental = analyzer.analyze(edited, { languageId, cache }).map((f) => key(f));
        const fresh = analyzer.analyze(edited, { languageId }).map((f) => key(f));
        assert.deepEqual(incremental, fresh);
      }),
      params,
    );
  });

  it('a re-parse from the previous version equals a fresh parse, through a series of edits', () => {
    fc.assert(
      fc.property(input, fc.array(fc.array(mutation, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 4 }), ({ text }, series) => {
        let previous = parseDocument(text, 'plaintext');
        let current = text;
        for (const edits of series) {
          current = mutate(current, edits);
          const reparsed = parseDocument(current, 'plaintext', previous);
          assert.deepEqual(reparsed, parseDocument(current, 'plaintext'));
          previous = reparsed;
        }
      }),
      params,
    );
  });

  it('repeated-word finds the same doubles whether or not a line holds a surrogate pair', () => {
    // Lines with a surrogate pair take the plain pattern; the others a pre-tested scan.
    const only = configure([{ source: 'test', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'repeated-word' ? 'warning' : 'off'])) } }]).analyzer;
    const doubled = fc.array(fc.constantFrom('疫情', '防控', '疫', '情', '防', '控', '跨市', '的', '要', '抓紧抓实', '、', '，'), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(input.map((x) => x.text), doubled), (text) => {
        const plain = text.replace(/[\uD800-\uDFFF]/g, '');
        const lines = plain.split(/\r\n|\r|\n/);
        const withPair = lines.map((l) => l + '。😀').join('\n');
        const without = lines.map((l) => l + '。').join('\n');
        const key = (f: Finding, t: string) => `${t.slice(0, f.start).split('\n').length}:${t.slice(f.start, f.end)}`;
        assert.deepEqual(
          only.analyze(withPair).map((f) => key(f, withPair)),
          only.analyze(without).map((f) => key(f, without)),
        );
      }),
      params,
    );
  });
});
