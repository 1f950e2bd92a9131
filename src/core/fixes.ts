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
    /**
     * The replaced piece being built: it stands for the original [start, end), covers [from, to)
     * of the current text, and its text has grown by `delta` units against that range so far.
     */
    let pending: { start: number; end: number; text: string; from: number; to: number; delta: number } | undefined;
    let i = 0;
    let at = 0; // offset in the current text of src[i]
    for (const e of sorted) {
      if (pending && e.start > pending.to) {
        push({ start: pending.start, end: pending.end, text: pending.text });
        pending = undefined;
      }
      if (!pending) {
        // Pieces wholly before the edit.
        while (i < src.length && at + pieceLength(src[i]) <= e.start) {
          at += pieceLength(src[i]);
          push(src[i++]);
        }
        const p = src[i];
        if (p === undefined || at >= e.end) {
          // Nothing touched: an insertion between two pieces (or at either end).
          const prev = out[out.length - 1];
          const pos = p ? p.start : prev ? prev.end : 0;
          pending = { start: pos, end: pos, text: '', from: e.start, to: e.start, delta: 0 };
        } else if (p.text !== undefined) {
          pending = { start: p.start, end: p.end, text: p.text, from: at, to: at + p.text.length, delta: 0 };
          at += p.text.length;
          i++;
        } else {
          const cut = e.start - at;
          if (cut > 0) push({ start: p.start, end: p.start + cut });
          src[i] = { start: p.start + cut, end: p.end };
          at = e.start;
          pending = { start: p.start + cut, end: p.start + cut, text: '', from: e.start, to: e.start, delta: 0 };
        }
      }
      // Take in the pieces up to the edit's end.
      while (e.end > pending.to && i < src.length) {
        const p = src[i];
        const len = pieceLength(p);
        if (p.text !== undefined) {
          pending.text += p.text;
          pending.end = p.end;
          pending.to += len;
          at += len;
          i++;
        } else if (at + len <= e.end) {
          pending.text += this.original.slice(p.start, p.end);
          pending.end = p.end;
          pending.to += len;
          at += len;
          i++;
        } else {
          const cut = e.end - at;
          pending.text += this.original.slice(p.start, p.start + cut);
          pending.end = p.start + cut;
          pending.to = e.end;
          src[i] = { start: p.start + cut, end: p.end };
          at = e.end;
        }
      }
      const ls = e.start - pending.from + pending.delta;
      const le = e.end - pending.from + pending.delta;
      pending.text = pending.text.slice(0, ls) + e.newText + pending.text.slice(le);
      pending.delta += e.newText.length - (e.end - e.start);
    }
    if (pending) push({ start: pending.start, end: pending.end, text: pending.text });
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
