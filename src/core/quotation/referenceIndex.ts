/**
 * The reference index: every reference document's normalized text (see normalize.ts) cut into
 * character trigrams, one trigram kept at every second position, in one hash table of linked
 * postings held in typed arrays (8 bytes a posting). A quotation looks up all of its trigrams,
 * votes for the diagonal (reference position minus quotation position) each hit falls on, and the
 * best diagonals become candidate passages that alignment.ts compares character by character.
 *
 * Sampling every second reference position halves the index; any run of four characters the
 * quotation shares with a passage still hits it. Frequent trigrams (those
 * in tens of thousands of places) are skipped while rarer ones are enough, so a look-up costs the
 * same in 50 MB as in 5 MB. Documents are added one at a time (the caller can yield in between);
 * a removed document's postings stay in the table, ignored, until `compacted()` rebuilds it.
 */
import { lastAtOrBefore } from '../sorted';
import { fold, keeps } from './normalize';
import type { ReferenceDocument } from './references';

export const GRAM = 3;
const STEP = 2;
const BITS = 22;
const MASK = (1 << BITS) - 1;
/** Checkpoints: the original offset of every 32nd kept character, to find a window fast. */
const CHECK_SHIFT = 5;
/** Postings a look-up reads at most (rarest trigrams first). */
const POSTING_BUDGET = 10_000;
/** Trigrams a look-up reads at most (rarest first): enough evidence for the best diagonals. */
const GRAM_BUDGET = 16;

function hash3(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - BITS);
}

interface Entry {
  readonly doc: ReferenceDocument;
  /** Start of the document in the index's global normalized space. */
  readonly base: number;
  /** Normalized length. */
  readonly length: number;
  readonly checkpoints: Int32Array;
  alive: boolean;
  postings: number;
  lineStarts?: number[];
}

/** A passage of a reference document: a normalized window and where its characters are. */
export interface Window {
  readonly doc: ReferenceDocument;
  /** Normalized text of the window. */
  readonly text: string;
  /** Original offset (in doc.text) of each character of `text`. */
  readonly offsets: Int32Array;
}

/** Generations are unique across indexes, so a result cached for one index never serves another. */
let generations = 0;

export class ReferenceIndex {
  private entries: Entry[] = [];
  private bases: number[] = [];
  private byId = new Map<string, Entry>();
  private head: Int32Array | undefined;
  /** Postings of each bucket, saturating at 65535 (only compared with the look-up budget). */
  private counts: Uint16Array | undefined;
  /** Postings, interleaved: [next posting of the bucket, global position] (one cache line each). */
  private post = new Int32Array(0);
  private size = 0;
  private nextBase = 0;
  private dead = 0;
  private chars = 0;
  /** Changes whenever the documents change, unique across indexes (cached results are keyed on it). */
  generation = ++generations;

  get documentCount(): number {
    return this.byId.size;
  }

  /** Characters of text held (live documents). */
  get characterCount(): number {
    return this.chars;
  }

  get documents(): ReferenceDocument[] {
    return [...this.byId.values()].map((e) => e.doc);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Share of postings that belong to removed documents. */
  get deadShare(): number {
    return this.size ? this.dead / this.size : 0;
  }

  /** Bytes of the index's own arrays (not the documents' text). */
  get indexBytes(): number {
    return (this.head ? this.head.byteLength + this.counts!.byteLength : 0) + this.post.byteLength;
  }

  private grow(need: number): void {
    if (need * 2 <= this.post.length) return;
    const cap = Math.max(need, Math.ceil((this.post.length / 2) * 1.5), 1 << 16);
    const n = new Int32Array(cap * 2);
    n.set(this.post.subarray(0, this.size * 2));
    this.post = n;
  }

  /** Make room for about `chars` more characters of text at once (avoids repeated growth). */
  reserve(chars: number): void {
    this.grow(this.size + Math.ceil(chars / STEP) + 16);
  }

  /** Add a document, or replace the one with its id. */
  add(doc: ReferenceDocument): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    if (!this.head) {
      this.head = new Int32Array(1 << BITS).fill(-1);
      this.counts = new Uint16Array(1 << BITS);
    }
    const head = this.head;
    const counts = this.counts!;
    const text = doc.text;
    const base = this.nextBase;
    this.grow(this.size + Math.ceil(text.length / STEP) + 2);
    const checkpoints: number[] = [];
    let k = 0;
    let a = 0;
    let b = 0;
    let postings = 0;
    let post = this.post;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!keeps(code)) continue;
      const c = fold(code);
      if ((k & ((1 << CHECK_SHIFT) - 1)) === 0) checkpoints.push(i);
      k++;
      // The trigram starting at kept character k - 3 ends here.
      if (k >= GRAM && (k - GRAM) % STEP === 0) {
        const h = hash3(a, b, c);
        if (this.size * 2 >= post.length) {
          this.grow(this.size + 1);
          post = this.post;
        }
        post[this.size * 2] = head[h];
        post[this.size * 2 + 1] = base + k - GRAM;
        head[h] = this.size++;
        if (counts[h] < 0xffff) counts[h]++;
        postings++;
      }
      a = b;
      b = c;
    }
    const entry: Entry = { doc, base, length: k, checkpoints: Int32Array.from(checkpoints), alive: true, postings };
    this.entries.push(entry);
    this.bases.push(base);
    this.byId.set(doc.id, entry);
    this.nextBase = base + k + GRAM;
    this.chars += text.length;
    this.generation = ++generations;
  }

  remove(id: string): boolean {
    const e = this.byId.get(id);
    if (!e) return false;
    e.alive = false;
    this.byId.delete(id);
    this.dead += e.postings;
    this.chars -= e.doc.text.length;
    this.generation = ++generations;
    return true;
  }

  /** A new index holding the live documents only (call when `deadShare` grows large). */
  compacted(): ReferenceIndex {
    const fresh = new ReferenceIndex();
    fresh.reserve(this.chars);
    for (const e of this.entries) if (e.alive) fresh.add(e.doc);
    return fresh;
  }

  /** The normalized window [from, to) of a document (normalized offsets). */
  window(doc: ReferenceDocument, from: number, to: number): Window | undefined {
    const e = this.byId.get(doc.id);
    if (!e) return undefined;
    return this.windowOf(e, from, to);
  }

  private windowOf(e: Entry, from: number, to: number): Window {
    from = Math.max(0, from);
    to = Math.min(e.length, to);
    const text = e.doc.text;
    const n = Math.max(0, to - from);
    const offsets = new Int32Array(n);
    const codes = new Array<number>(n);
    let k = (from >> CHECK_SHIFT) << CHECK_SHIFT;
    let i = e.checkpoints[from >> CHECK_SHIFT] ?? text.length;
    let w = 0;
    for (; i < text.length && k < to; i++) {
      const code = text.charCodeAt(i);
      if (!keeps(code)) continue;
      if (k >= from) {
        codes[w] = fold(code);
        offsets[w++] = i;
      }
      k++;
    }
    let s = '';
    for (let x = 0; x < w; x += 8192) s += String.fromCharCode(...codes.slice(x, Math.min(w, x + 8192)));
    return { doc: e.doc, text: s, offsets: offsets.subarray(0, w) };
  }

  /** 0-based line of an original offset in the document's file. */
  lineOf(doc: ReferenceDocument, offset: number): number {
    const e = this.byId.get(doc.id);
    if (!e) return doc.bodyLine;
    if (!e.lineStarts) {
      const starts = [0];
      for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
      e.lineStarts = starts;
    }
    return doc.bodyLine + lastAtOrBefore(e.lineStarts, offset);
  }

  /**
   * Candidate passages for a normalized quotation: windows around the diagonals most trigrams of
   * the quotation fall on, best first, at most `limit`.
   */
  candidates(quote: string, limit: number, slack: number): Window[] {
    const m = quote.length;
    if (m < GRAM || !this.head || this.byId.size === 0) return [];
    const head = this.head;
    const counts = this.counts!;
    const grams: Array<{ j: number; h: number; c: number }> = [];
    for (let j = 0; j + GRAM <= m; j++) {
      const h = hash3(quote.charCodeAt(j), quote.charCodeAt(j + 1), quote.charCodeAt(j + 2));
      const c = counts[h];
      if (c > 0) grams.push({ j, h, c });
    }
    if (grams.length === 0) return [];
    grams.sort((x, y) => x.c - y.c);
    // Every hit's diagonal (reference position minus quotation position), then sorted.
    let diags = new Int32Array(Math.min(POSTING_BUDGET, grams.reduce((a, g) => a + g.c, 0)) + 16);
    let n = 0;
    const post = this.post;
    let used = 0;
    for (const g of grams) {
      if ((n > 0 && n + g.c > POSTING_BUDGET) || used++ >= GRAM_BUDGET) break;
      for (let p = head[g.h]; p >= 0 && n < POSTING_BUDGET; p = post[p * 2]) {
        if (n >= diags.length) {
          const d = new Int32Array(diags.length * 2);
          d.set(diags);
          diags = d;
        }
        diags[n++] = post[p * 2 + 1] - g.j;
      }
    }
    const sorted = diags.subarray(0, n).sort();
    // For each hit, the hits within a band of WIDTH diagonals from it (small indels stay in one band).
    const WIDTH = 12;
    const band = new Int32Array(n);
    for (let i = 0, j = 0; i < n; i++) {
      if (j < i) j = i;
      while (j < n && sorted[j] < sorted[i] + WIDTH) j++;
      band[i] = j - i;
    }
    const minVotes = m < 8 ? 1 : 2;
    const out: Window[] = [];
    const taken: number[] = [];
    while (out.length < limit) {
      // The densest band not yet taken.
      let best = -1;
      for (let i = 0; i < n; i++) if (band[i] >= minVotes && (best < 0 || band[i] > band[best])) best = i;
      if (best < 0) break;
      const end = best + band[best];
      // Its most frequent exact diagonal.
      let diag = sorted[best];
      let most = 0;
      for (let i = best; i < end; ) {
        let k = i;
        while (k < end && sorted[k] === sorted[i]) k++;
        if (k - i > most) {
          most = k - i;
          diag = sorted[i];
        }
        i = k;
      }
      // Bands overlapping this one are not taken again.
      for (let i = 0; i < n; i++) if (sorted[i] > diag - 2 * WIDTH && sorted[i] < diag + 2 * WIDTH) band[i] = 0;
      if (taken.some((t) => Math.abs(t - diag) < 2 * WIDTH)) continue;
      taken.push(diag);
      const entry = this.entries[lastAtOrBefore(this.bases, Math.max(0, diag))];
      if (!entry || !entry.alive || diag + m < entry.base || diag > entry.base + entry.length) continue;
      const rel = diag - entry.base;
      out.push(this.windowOf(entry, rel - slack, rel + m + slack));
    }
    return out;
  }
}
