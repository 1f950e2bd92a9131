/** Applying fixes: one finding's fix, or every safe fix at once without overlaps. */
import type { Finding, RuleId, TextEdit } from './types';

/** Apply non-overlapping edits to `text`. Throws on overlapping edits (a bug in a rule). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

export interface SafeFixPlan {
  /** Non-overlapping edits, sorted by offset. */
  readonly edits: TextEdit[];
  /** How many findings each rule had fixed. */
  readonly counts: Map<RuleId, number>;
  /** Findings whose safe fix was skipped because it overlapped an earlier one. */
  readonly skipped: number;
}

/**
 * The first safe fix of each finding (restricted to `rules` when given), keeping the earlier
 * or larger of two overlapping fixes: a removal of a whole website block wins over a
 * punctuation fix inside it. Run the analysis again afterwards to pick up what was skipped.
 */
export function planSafeFixes(findings: readonly Finding[], rules?: ReadonlySet<RuleId>): SafeFixPlan {
  const candidates: Array<{ rule: RuleId; edits: readonly TextEdit[]; start: number; end: number }> = [];
  for (const f of findings) {
    if (rules && !rules.has(f.rule)) continue;
    const fix = f.fixes.find((x) => x.safe);
    if (!fix || fix.edits.length === 0) continue;
    let start = Infinity;
    let end = -Infinity;
    for (const e of fix.edits) {
      if (e.start < start) start = e.start;
      if (e.end > end) end = e.end;
    }
    candidates.push({ rule: f.rule, edits: fix.edits, start, end });
  }
  // Larger spans first at the same start, so enclosing removals take precedence.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: TextEdit[] = [];
  const counts = new Map<RuleId, number>();
  let skipped = 0;
  let lastEnd = -1;
  for (const c of candidates) {
    // Every span taken so far starts at or before c.start, so c overlaps one iff it starts
    // before the furthest end taken.
    if (c.start < lastEnd) {
      skipped++;
      continue;
    }
    for (const e of c.edits) taken.push(e);
    lastEnd = Math.max(lastEnd, c.end);
    counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits: taken, counts, skipped };
}

type Piece = { start: number; end: number; text?: string };
const pieceLength = (p: Piece) => (p.text !== undefined ? p.text.length : p.end - p.start);

/**
 * Tracks successive edit passes as one set of edits against the original text: each piece of the
 * current text is either an untouched slice of the original or replaced text standing for an
 * original range. Edits of a later pass that touch replaced text are merged into it. Each pass
 * is one merge of the sorted edits with the pieces: linear in pieces plus edits.
 */
class EditComposer {
  /** Pieces in order; `text` undefined means the original slice [start, end) unchanged. */
  private pieces: Piece[];
  constructor(private readonly original: string) {
    this.pieces = [{ start: 0, end: original.length }];
  }
  /** Apply edits given against the current text (non-overlapping). */
  apply(edits: readonly TextEdit[]): void {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const src = this.pieces;
    const out: Piece[] = [];
    const push = (p: Piece) => {
      const prev = out[out.length - 1];
      // Adjacent replaced pieces are joined so each stays one replacement; empty slices vanish.
      if (prev && prev.text !== undefined && p.text !== undefined && prev.end === p.start) {
        prev.end = p.end;
        prev.text += p.text;
      } else if (!(p.text === undefined && p.end === p.start)) {
        out.push({ ...p });
      }
    };
    let i = 0;
    let at = 0; // offset in the current text of src[i]
    for (const e of sorted) {
      // Pieces wholly before the edit.
      while (i < src.length && at + pieceLength(src[i]) <= e.start) {
        at += pieceLength(src[i]);
        push(src[i++]);
      }
      // Pieces the edit touches: they start before its end and end after its start.
      const first = i;
      const firstAt = at;
      let lastAt = at;
      while (i < src.length && at < e.end && at + pieceLength(src[i]) > e.start) {
        lastAt = at;
        at += pieceLength(src[i]);
        i++;
      }
      if (i === first) {
        // An insertion between two pieces (or at either end).
        const prev = out[out.length - 1];
        const pos = prev ? prev.end : 0;
        push({ start: pos, end: pos, text: e.newText });
        continue;
      }
      const fp = src[first];
      const lp = src[i - 1];
      let prefix = '';
      let suffix = '';
      let start = fp.start;
      let end = lp.end;
      const cutA = e.start - firstAt;
      if (fp.text === undefined) {
        if (cutA > 0) push({ start: fp.start, end: fp.start + cutA });
        start = fp.start + cutA;
      } else {
        prefix = fp.text.slice(0, cutA);
      }
      const cutB = e.end - lastAt;
      let rest: Piece | undefined;
      if (lp.text === undefined) {
        if (cutB < lp.end - lp.start) rest = { start: lp.start + cutB, end: lp.end };
        end = lp.start + cutB;
      } else {
        suffix = lp.text.slice(cutB);
      }
      push({ start, end, text: prefix + e.newText + suffix });
      if (rest) {
        // The untouched tail of the last piece comes back as a piece of its own, before later edits.
        i--;
        at = lastAt + cutB;
        src[i] = rest;
      }
    }
    while (i < src.length) push(src[i++]);
    this.pieces = out;
  }
  /** The composed edits against the original text. */
  edits(): TextEdit[] {
    return this.pieces
      .filter((p) => p.text !== undefined && p.text !== this.original.slice(p.start, p.end))
      .map((p) => ({ start: p.start, end: p.end, newText: p.text! }));
  }
}

export interface FixAllResult {
  readonly text: string;
  /** How many findings each rule had fixed. */
  readonly counts: Map<RuleId, number>;
  /** The same change as edits against the input text (sorted, non-overlapping): apply as one undoable edit. */
  readonly edits: TextEdit[];
}

/**
 * Apply safe fixes repeatedly until none is left (a fix can reveal another, e.g. a removed
 * website line leaves a doubled blank): the result is a fixed point, so running it again changes
 * nothing. `maxPasses` only guards against two rules undoing each other forever. Returns the final text, the counts, and the whole
 * change as edits against the input text.
 */
export function fixAllSafe(
  text: string,
  analyze: (text: string) => readonly Finding[],
  rules?: ReadonlySet<RuleId>,
  maxPasses = 64,
): FixAllResult {
  const counts = new Map<RuleId, number>();
  const composer = new EditComposer(text);
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const plan = planSafeFixes(analyze(current), rules);
    if (plan.edits.length === 0) break;
    current = applyEdits(current, plan.edits);
    composer.apply(plan.edits);
    for (const [r, n] of plan.counts) counts.set(r, (counts.get(r) ?? 0) + n);
  }
  return { text: current, counts, edits: composer.edits() };
}
