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
  /** Groups with a keyword of one character, per code unit: bits of groups 0–31 and 32–63. */
  private readonly singleLo = new Uint32Array(0x10000);
  private readonly singleHi = new Uint32Array(0x10000);
  /** Longer keywords, by the slot of their first two characters (several pairs may share a slot). */
  private readonly pair = new Int32Array(0x10000).fill(-1);
  private readonly nextSame: Int32Array;
  private readonly words: Uint16Array[];
  private readonly groupOf: Int32Array;
  /** Groups found by the last scan: bits of groups 0–31 and 32–63. */
  private lo = 0;
  private hi = 0;

  /** `groups[g]`: the keywords of group g (any one of them makes the group occur); at most 64 groups. */
  constructor(groups: ReadonlyArray<readonly string[]>) {
    if (groups.length > 64) throw new Error('KeywordGroups: at most 64 groups');
    const fold = this.fold;
    const words: Uint16Array[] = [];
    const groupOf: number[] = [];
    /** Keywords of one character: folded code unit → bits of their groups. */
    const singles = new Map<number, [number, number]>();
    groups.forEach((ws, g) => {
      for (const w of ws) {
        if (w.length === 0) throw new Error(`empty keyword in group ${g}`);
        const u = new Uint16Array(w.length);
        for (let i = 0; i < w.length; i++) u[i] = fold[w.charCodeAt(i)];
        if (u.length === 1) {
          const m = singles.get(u[0]) ?? [0, 0];
          if (g < 32) m[0] |= 1 << g;
          else m[1] |= 1 << (g - 32);
          singles.set(u[0], m);
          continue;
        }
        words.push(u);
        groupOf.push(g);
      }
    });
    // Every code unit that folds to a keyword of one character carries its groups.
    if (singles.size) {
      for (let c = 0; c < 0x10000; c++) {
        const m = singles.get(fold[c]);
        if (m) {
          this.singleLo[c] = m[0];
          this.singleHi[c] = m[1];
        }
      }
    }
    this.words = words;
    this.groupOf = Int32Array.from(groupOf);
    this.nextSame = new Int32Array(words.length).fill(-1);
    for (let k = words.length - 1; k >= 0; k--) {
      const slot = pairSlot(words[k][0], words[k][1]);
      this.nextSame[k] = this.pair[slot];
      this.pair[slot] = k;
    }
  }

  /** Scans `text`; afterwards `has(g)` says whether group g occurs in it. */
  scan(text: string): void {
    const { fold, singleLo, singleHi, pair } = this;
    const n = text.length;
    let lo = 0;
    let hi = 0;
    this.lo = 0;
    this.hi = 0;
    if (n === 0) return;
    let a = text.charCodeAt(0);
    let fa = fold[a];
    for (let i = 0; i < n; i++) {
      lo |= singleLo[a];
      hi |= singleHi[a];
      if (i + 1 === n) break;
      const b = text.charCodeAt(i + 1);
      const fb = fold[b];
      const k = pair[pairSlot(fa, fb)];
      if (k >= 0) this.match(text, i, k);
      a = b;
      fa = fb;
    }
    this.lo |= lo;
    this.hi |= hi;
  }

  /** Marks the groups of the keywords of chain `first` that occur at `i`. */
  private match(text: string, i: number, first: number): void {
    const { fold, nextSame, words, groupOf } = this;
    const n = text.length;
    for (let k = first; k >= 0; k = nextSame[k]) {
      const w = words[k];
      if (i + w.length > n) continue;
      let j = 0;
      while (j < w.length && fold[text.charCodeAt(i + j)] === w[j]) j++;
      if (j < w.length) continue;
      const g = groupOf[k];
      if (g < 32) this.lo |= 1 << g;
      else this.hi |= 1 << (g - 32);
    }
  }

  /** Whether any group occurs in the text of the last scan. */
  any(): boolean {
    return (this.lo | this.hi) !== 0;
  }

  has(group: number): boolean {
    return group < 32 ? (this.lo & (1 << group)) !== 0 : (this.hi & (1 << (group - 32))) !== 0;
  }
}
