/**
 * Alignment of a quotation against a reference passage, character by character (edit distance
 * in which the passage's start and end are free: the quotation may be any part of it), and the
 * differences it finds, widened to whole words so they read as “坚持” 缺失 or “推进” 原文作 “推动”.
 * Words come from the ICU word segmenter built into JavaScript (Intl.Segmenter, dictionary-based
 * for Chinese); without it, differences stay as the characters that differ.
 */

export interface Alignment {
  readonly distance: number;
  /** The matched part of the passage: [refStart, refEnd) of `ref`. */
  readonly refStart: number;
  readonly refEnd: number;
  /** Columns, in order: [quote index or -1, ref index or -1]. */
  readonly columns: ReadonlyArray<readonly [number, number]>;
}

const EDIT = 4;
/**
 * A quotation character outside the passage (before its first or after its last matched
 * character) costs a little more than an edit inside it: of two alignments with as many edits,
 * the one that accounts for the whole quotation wins (a word dropped inside rather than a
 * quotation that runs past its source).
 */
const OVERHANG = 5;
const INF = 0x3fffffff;

/** Edit distance of `quote` against the best-matching part of `ref`, with the alignment. */
export function alignSemiGlobal(quote: string, ref: string): Alignment {
  const m = quote.length;
  const n = ref.length;
  const W = n + 1;
  // D[i][j]: the cost of quote[0, i) against a passage ending at ref[j - 1] that starts with a
  // matched character; before that character the quotation overhangs (OVERHANG each).
  const D = new Uint32Array((m + 1) * W);
  for (let j = 0; j <= n; j++) D[j] = INF;
  for (let i = 1; i <= m; i++) {
    const qc = quote.charCodeAt(i - 1);
    const row = i * W;
    const prev = row - W;
    const start = OVERHANG * (i - 1);
    D[row] = INF;
    for (let j = 1; j <= n; j++) {
      // The passage starts with a matched character (a substitution there would be an overhang).
      const same = qc === ref.charCodeAt(j - 1);
      const from = same && start < D[prev + j - 1] ? start : D[prev + j - 1];
      const diag = from + (same ? 0 : EDIT);
      const up = D[prev + j] + EDIT;
      const left = D[row + j - 1] + EDIT;
      D[row + j] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
  }
  // The end: after the last matched character, the rest of the quotation overhangs.
  let bestI = 0;
  let bestJ = 0;
  let bestCost = OVERHANG * m;
  for (let i = 1; i <= m; i++) {
    const tail = OVERHANG * (m - i);
    const row = i * W;
    const qc = quote.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      // … and ends with one.
      if (qc !== ref.charCodeAt(j - 1)) continue;
      const c = D[row + j] + tail;
      // Among equals the latest end: the most of the passage matched.
      if (c < bestCost || (c === bestCost && (i > bestI || (i === bestI && j > bestJ)))) {
        bestCost = c;
        bestI = i;
        bestJ = j;
      }
    }
  }
  const cols: Array<readonly [number, number]> = [];
  for (let k = m; k > bestI; k--) cols.push([k - 1, -1]);
  let i = bestI;
  let j = bestJ;
  while (i > 0) {
    const here = D[i * W + j];
    const c = j > 0 && quote.charCodeAt(i - 1) === ref.charCodeAt(j - 1) ? 0 : EDIT;
    if (j > 0 && D[(i - 1) * W + j - 1] + c === here) {
      cols.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (j > 0 && c === 0 && OVERHANG * (i - 1) === here) {
      cols.push([i - 1, j - 1]);
      for (let k = i - 1; k > 0; k--) cols.push([k - 1, -1]);
      j--;
      i = 0;
    } else if (D[(i - 1) * W + j] + EDIT === here) {
      cols.push([i - 1, -1]);
      i--;
    } else {
      cols.push([-1, j - 1]);
      j--;
    }
  }
  cols.reverse();
  // The passage's ends are free: quotation characters before the first match and after the last
  // are extra words of the quotation, not substitutions of the passage's neighbouring characters.
  const matchAt = (c: readonly [number, number]) => c[0] >= 0 && c[1] >= 0 && quote.charCodeAt(c[0]) === ref.charCodeAt(c[1]);
  let first = cols.findIndex(matchAt);
  const edits = (cs: ReadonlyArray<readonly [number, number]>) => cs.reduce((a, c) => a + (matchAt(c) ? 0 : 1), 0);
  if (first < 0) return { distance: edits(cols), refStart: j, refEnd: bestJ, columns: cols };
  let lastMatch = cols.length - 1;
  while (!matchAt(cols[lastMatch])) lastMatch--;
  const trimmed: Array<readonly [number, number]> = [];
  for (let k = 0; k < first; k++) if (cols[k][0] >= 0) trimmed.push([cols[k][0], -1]);
  for (let k = first; k <= lastMatch; k++) trimmed.push(cols[k]);
  for (let k = lastMatch + 1; k < cols.length; k++) if (cols[k][0] >= 0) trimmed.push([cols[k][0], -1]);
  first = cols[first][1];
  return { distance: edits(trimmed), refStart: first, refEnd: cols[lastMatch][1] + 1, columns: trimmed };
}

export type DifferenceKind = 'missing' | 'extra' | 'changed' | 'order';

/** One difference, in normalized text: what the quotation has and what the source has. */
export interface QuoteDifference {
  readonly kind: DifferenceKind;
  readonly quote: string;
  readonly source: string;
}

type Segmenter = { segment(s: string): Iterable<{ index: number; segment: string }> };
let segmenter: Segmenter | null | undefined;

function wordSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const S = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: 'word' }) => Segmenter }).Segmenter;
    try {
      segmenter = S ? new S('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** For each character of s, the index of the word it belongs to. */
function wordIds(s: string): Int32Array {
  const ids = new Int32Array(s.length);
  const seg = wordSegmenter();
  if (!seg) {
    for (let i = 0; i < s.length; i++) ids[i] = i;
    return ids;
  }
  let w = 0;
  for (const { index, segment } of seg.segment(s)) {
    for (let k = 0; k < segment.length; k++) ids[index + k] = w;
    w++;
  }
  return ids;
}

/** Characters of the same word as `s`'s character at `i`, as a multiset key. */
function sortedChars(s: string): string {
  return [...s].sort().join('');
}

/**
 * The differences of an alignment, each widened to the words it touches (in the quotation and in
 * the passage) and merged where widened runs meet.
 */
export function differences(quote: string, ref: string, al: Alignment): QuoteDifference[] {
  const cols = al.columns;
  const qWord = wordIds(quote);
  const rWord = wordIds(ref.slice(al.refStart, al.refEnd));
  const isMatch = (c: readonly [number, number]) => c[0] >= 0 && c[1] >= 0 && quote.charCodeAt(c[0]) === ref.charCodeAt(c[1]);
  const qw = (c: readonly [number, number]) => (c[0] >= 0 ? qWord[c[0]] : -1);
  const rw = (c: readonly [number, number]) => (c[1] >= 0 ? rWord[c[1] - al.refStart] : -1);
  // Runs of columns that are not matches.
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < cols.length; ) {
    if (isMatch(cols[k])) {
      k++;
      continue;
    }
    let e = k;
    while (e < cols.length && !isMatch(cols[e])) e++;
    runs.push([k, e]);
    k = e;
  }
  // Widen each run to whole words on both sides.
  const sameWord = (a: readonly [number, number], b: readonly [number, number]) =>
    (qw(a) >= 0 && qw(a) === qw(b)) || (rw(a) >= 0 && rw(a) === rw(b));
  const widened: Array<[number, number]> = [];
  for (const [s0, e0] of runs) {
    let s = s0;
    let e = e0;
    let changed = true;
    while (changed) {
      changed = false;
      // A column joins the run if it shares a word with any column of the run next to it.
      while (s > 0 && touches(s - 1, s, e)) {
        s--;
        changed = true;
      }
      while (e < cols.length && touches(e, s, e)) {
        e++;
        changed = true;
      }
    }
    const prev = widened[widened.length - 1];
    if (prev && prev[1] >= s) prev[1] = Math.max(prev[1], e);
    else widened.push([s, e]);
  }
  function touches(k: number, s: number, e: number): boolean {
    const c = cols[k];
    for (let x = s; x < e; x++) if (sameWord(c, cols[x])) return true;
    return false;
  }
  const out: QuoteDifference[] = [];
  for (const [s, e] of widened) {
    let q = '';
    let r = '';
    for (let k = s; k < e; k++) {
      if (cols[k][0] >= 0) q += quote[cols[k][0]];
      if (cols[k][1] >= 0) r += ref[cols[k][1]];
    }
    const kind: DifferenceKind = !q ? 'missing' : !r ? 'extra' : q.length === r.length && q !== r && sortedChars(q) === sortedChars(r) ? 'order' : 'changed';
    out.push({ kind, quote: q, source: r });
  }
  // A word missing in one place and extra in another is a word out of order.
  const merged: QuoteDifference[] = [];
  const used = new Set<number>();
  for (let a = 0; a < out.length; a++) {
    if (used.has(a)) continue;
    const d = out[a];
    if (d.kind === 'missing' || d.kind === 'extra') {
      const other = out.findIndex((x, b) => b !== a && !used.has(b) && x.kind === (d.kind === 'missing' ? 'extra' : 'missing') && (x.quote || x.source) === (d.quote || d.source));
      if (other >= 0) {
        used.add(other);
        const w = d.quote || d.source;
        merged.push({ kind: 'order', quote: w, source: w });
        continue;
      }
    }
    merged.push(d);
  }
  return merged;
}
