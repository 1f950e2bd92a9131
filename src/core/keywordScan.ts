/**
 * One pass over a line that tells which groups of keywords occur in it, for rules whose patterns
 * each need one of a few words: the patterns of the groups that do not occur are never run.
 * Matching ignores the script (traditional characters match their simplified forms, through the
 * same one-for-one table as toSimplifiedChars) and ASCII case. No allocation per line.
 */
import { simplifiedCodes } from './scriptPattern';

let folded: Uint16Array | undefined;

/** Code unit → its simplified form, ASCII letters lower-cased. */
function foldTable(): Uint16Array {
  if (!folded) {
    folded = Uint16Array.from(simplifiedCodes());
    for (let c = 65; c <= 90; c++) folded[c] = c + 32;
  }
  return folded;
}

/** Slot of the pair of (folded) code units `a`, `b` in the pair table. */
const pairSlot = (a: number, b: number): number => (Math.imul(a, 40503) + b) & 0xffff;

export class KeywordGroups {
  private readonly fold = foldTable();
  /** Keywords of one character: for each code unit, the first one (-1: none), chained by `nextSame`. */
  private readonly single = new Int32Array(0x10000).fill(-1);
  /** Longer keywords, by the slot of their first two characters (several pairs may share a slot). */
  private readonly pair = new Int32Array(0x10000).fill(-1);
  private readonly nextSame: Int32Array;
  private readonly words: Uint16Array[];
  private readonly groupOf: Int32Array;
  /** `seen[g] === stamp`: group g occurs in the line of the last scan. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  /** `groups[g]`: the keywords of group g (any one of them makes the group occur). */
  constructor(groups: ReadonlyArray<readonly string[]>) {
    const fold = this.fold;
    const words: Uint16Array[] = [];
    const groupOf: number[] = [];
    groups.forEach((ws, g) => {
      for (const w of ws) {
        if (w.length === 0) throw new Error(`empty keyword in group ${g}`);
        const u = new Uint16Array(w.length);
        for (let i = 0; i < w.length; i++) u[i] = fold[w.charCodeAt(i)];
        words.push(u);
        groupOf.push(g);
      }
    });
    this.words = words;
    this.groupOf = Int32Array.from(groupOf);
    this.nextSame = new Int32Array(words.length).fill(-1);
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      const table = w.length === 1 ? this.single : this.pair;
      const slot = w.length === 1 ? w[0] : pairSlot(w[0], w[1]);
      this.nextSame[k] = table[slot];
      table[slot] = k;
    }
    this.seen = new Uint32Array(groups.length);
  }

  /** Scans `text`; afterwards `has(g)` says whether group g occurs in it. */
  scan(text: string): void {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { fold, single, pair } = this;
    const n = text.length;
    if (n === 0) return;
    let a = fold[text.charCodeAt(0)];
    for (let i = 0; i < n; i++) {
      if (single[a] >= 0) this.match(text, i, single[a]);
      if (i + 1 === n) break;
      const b = fold[text.charCodeAt(i + 1)];
      const k = pair[pairSlot(a, b)];
      if (k >= 0) this.match(text, i, k);
      a = b;
    }
  }

  /** Marks the groups of the keywords of chain `first` that occur at `i`. */
  private match(text: string, i: number, first: number): void {
    const { fold, nextSame, words, groupOf, seen, stamp } = this;
    const n = text.length;
    for (let k = first; k >= 0; k = nextSame[k]) {
      const g = groupOf[k];
      if (seen[g] === stamp) continue;
      const w = words[k];
      if (i + w.length > n) continue;
      let j = 0;
      while (j < w.length && fold[text.charCodeAt(i + j)] === w[j]) j++;
      if (j === w.length) seen[g] = stamp;
    }
  }

  has(group: number): boolean {
    return this.seen[group] === this.stamp;
  }
}
