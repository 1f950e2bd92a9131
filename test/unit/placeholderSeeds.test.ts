/**
 * The placeholder rule on the seed speeches: every placeholder in them is found, and names,
 * places, dates and numbers are told apart.
 */
import * as assert from 'node:assert/strict';
import { flaggedTexts, only, seed, seeds } from './helpers';

const placeholders = only('placeholder');
const both = only('placeholder', 'web-boilerplate');

/** Ranges of the text that web-boilerplate removes (not speech). */
function websiteRanges(text: string): Array<[number, number]> {
  return only('web-boilerplate').analyze(text).map((f) => [f.start, f.end]);
}

describe('seeds: placeholders', () => {
  for (const { name, text } of seeds()) {
    it(`${name}: every X/x/×/Ｘ placeholder letter in the speech is inside a placeholder finding`, () => {
      const found = both.analyze(text);
      const covered = (i: number) => found.some((f) => f.start <= i && i < f.end);
      const site = websiteRanges(text);
      const missed: string[] = [];
      for (const m of text.matchAll(/[XxＸｘ×]/g)) {
        const i = m.index!;
        if (/\p{Script=Latin}/u.test(text[i - 1] ?? '') || /\p{Script=Latin}/u.test(text[i + 1] ?? '')) continue; // part of a Latin word or pinyin
        if (site.some(([s, e]) => s <= i && i < e)) continue; // website text, removed as a whole
        if (!covered(i)) missed.push(text.slice(Math.max(0, i - 6), i + 6));
      }
      assert.deepEqual(missed, []);
    });
  }

  it('001: names, places and the person placeholders are told apart', () => {
    const text = seed('001');
    const fs = placeholders.analyze(text);
    const byKey = new Map<string, number>();
    for (const f of fs) byKey.set(String(f.data?.key), (byKey.get(String(f.data?.key)) ?? 0) + 1);
    assert.ok((byKey.get('XX书记') ?? 0) >= 4, JSON.stringify([...byKey]));
    assert.ok((byKey.get('XX省') ?? 0) >= 8, JSON.stringify([...byKey]));
    assert.ok(fs.some((f) => f.data?.missing === 'name' && text.slice(f.start, f.end) === 'XXX'));
    assert.ok(fs.some((f) => f.data?.key === 'x区'));
  });

  it('004: dates, numbers and the “X+X+X+X” system are flagged with what is missing', () => {
    const text = seed('004');
    const fs = placeholders.analyze(text);
    const dates = fs.filter((f) => f.data?.missing === 'date').map((f) => text.slice(f.start, f.end));
    assert.ok(dates.filter((d) => d.startsWith('X月X日')).length >= 8, dates.join(' '));
    assert.ok(flaggedTexts(text, fs).includes('X+X+X+X'));
    assert.ok(fs.filter((f) => f.data?.missing === 'number').length >= 20);
    assert.match(fs.find((f) => text.slice(f.start, f.end) === 'X+X+X+X')!.message, /number/);
  });

  it('000 (traditional, pinyin-mangled): ××主任 and the ×× platforms are found', () => {
    const text = seed('000');
    const fs = placeholders.analyze(text);
    assert.equal(fs.length, 4);
    assert.equal(fs[0].data?.key, '××主任');
  });
});
