import * as assert from 'node:assert/strict';
import { applyEdits, fixAllSafe, planSafeFixes, type Finding, type TextEdit } from '../../src/core';

function finding(rule: string, start: number, end: number, newText: string): Finding {
  return { rule, severity: 'warning', message: '', start, end, fixes: [{ title: '', edits: [{ start, end, newText }], safe: true }] };
}

describe('fixes', () => {
  it('applies non-overlapping edits and refuses overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: '' }]), 'bcdEf');
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
  });

  it('keeps the enclosing fix when two overlap, and counts per rule', () => {
    const plan = planSafeFixes([finding('inner', 3, 4, 'X'), finding('outer', 0, 10, ''), finding('later', 12, 13, 'Y')]);
    assert.deepEqual(plan.edits, [{ start: 0, end: 10, newText: '' }, { start: 12, end: 13, newText: 'Y' }]);
    assert.equal(plan.skipped, 1);
    assert.deepEqual([...plan.counts], [['outer', 1], ['later', 1]]);
  });

  it('composes several passes into edits against the original text', () => {
    // Pass 1 replaces "b" with "xy" and removes "e"; pass 2 edits inside the replacement and elsewhere.
    const original = 'abcdefgh';
    const passes: TextEdit[][] = [
      [{ start: 1, end: 2, newText: 'xy' }, { start: 4, end: 5, newText: '' }],
      [{ start: 2, end: 3, newText: 'Z' }, { start: 7, end: 8, newText: 'H' }, { start: 0, end: 0, newText: '>' }],
    ];
    let k = 0;
    const texts: string[] = [original];
    const result = fixAllSafe(
      original,
      (t) => {
        const edits = passes[k++] ?? [];
        texts.push(t);
        return edits.map((e, i) => ({ rule: 'r' + i, severity: 'warning', message: '', start: e.start, end: e.end, fixes: [{ title: '', edits: [e], safe: true }] }));
      },
      undefined,
      2,
    );
    const expected = applyEdits(applyEdits(original, passes[0]), passes[1]);
    assert.equal(result.text, expected);
    assert.equal(applyEdits(original, result.edits), expected);
    // Untouched characters are never part of an edit.
    for (const e of result.edits) assert.ok(!original.slice(e.start, e.end).includes('c'));
  });

  it('composed edits equal the sequential result on random passes', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 300; trial++) {
      const original = Array.from({ length: 5 + rnd(30) }, () => 'abcdefg'[rnd(7)]).join('');
      const passes: TextEdit[][] = [];
      let text = original;
      let expected = original;
      for (let p = 0; p < 1 + rnd(4); p++) {
        const edits: TextEdit[] = [];
        let pos = 0;
        while (pos < text.length && edits.length < 4) {
          const start = pos + rnd(Math.max(1, text.length - pos));
          const end = Math.min(text.length, start + rnd(4));
          edits.push({ start, end, newText: ['', 'X', 'YZ'][rnd(3)] });
          pos = end + 1;
        }
        passes.push(edits);
        expected = applyEdits(expected, edits);
        text = expected;
      }
      let k = 0;
      const result = fixAllSafe(
        original,
        () => (passes[k++] ?? []).map((e) => ({ rule: 'r', severity: 'warning' as const, message: '', start: e.start, end: e.end, fixes: [{ title: '', edits: [e], safe: true }] })),
        undefined,
        10,
      );
      assert.equal(result.text, expected);
      assert.equal(applyEdits(original, result.edits), expected, `trial ${trial}: ${original}`);
    }
  });
});
