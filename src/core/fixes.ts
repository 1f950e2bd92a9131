/** Applying fixes: one finding's fix, or every safe fix at once without overlaps. */
import type { Finding, RuleId, TextEdit } from './types';

/** Apply non-overlapping edits to `text`. Throws on overlapping edits (a bug in a rule). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
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
    const start = Math.min(...fix.edits.map((e) => e.start));
    const end = Math.max(...fix.edits.map((e) => e.end));
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
    taken.push(...c.edits);
    lastEnd = Math.max(lastEnd, c.end);
    counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits: taken, counts, skipped };
}

/**
 * Tracks successive edit passes as one set of edits against the original text: each piece of the
 * current text is either an untouched slice of the original or replaced text standing for an
 * original range. Edits of a later pass that touch replaced text are merged into it.
 */
class EditComposer {
  /** Pieces in order; `text` undefined means the original slice [start, end) unchanged. */
  private pieces: Array<{ start: number; end: number; text?: string }>;
  constructor(private readonly original: string) {
    this.pieces = [{ start: 0, end: original.length }];
  }
  private pieceText(p: { start: number; end: number; text?: string }): string {
    return p.text ?? this.original.slice(p.start, p.end);
  }
  /** Apply edits given against the current text (sorted, non-overlapping). */
  apply(edits: readonly TextEdit[]): void {
    for (const e of [...edits].sort((a, b) => b.start - a.start)) this.applyOne(e);
  }
  private applyOne(e: TextEdit): void {
    type Piece = { start: number; end: number; text?: string };
    const before: Piece[] = [];
    const after: Piece[] = [];
    const touched: Array<{ p: Piece; at: number }> = [];
    let pos = 0;
    for (const p of this.pieces) {
      const len = p.text !== undefined ? p.text.length : p.end - p.start;
      const at = pos;
      pos += len;
      if (at < e.end && pos > e.start) touched.push({ p, at });
      else if (pos <= e.start) before.push(p);
      else after.push(p);
    }
    let merged: Piece;
    if (touched.length === 0) {
      // An insertion between two pieces (or at either end).
      const prev = before[before.length - 1];
      const at = prev ? prev.end : 0;
      merged = { start: at, end: at, text: e.newText };
    } else {
      const first = touched[0];
      const last = touched[touched.length - 1];
      let prefix = '';
      let suffix = '';
      let start = first.p.start;
      let end = last.p.end;
      const cutA = e.start - first.at;
      if (first.p.text === undefined) {
        if (cutA > 0) before.push({ start: first.p.start, end: first.p.start + cutA });
        start = first.p.start + cutA;
      } else {
        prefix = first.p.text.slice(0, cutA);
      }
      const cutB = e.end - last.at;
      if (last.p.text === undefined) {
        const lastLen = last.p.end - last.p.start;
        if (cutB < lastLen) after.unshift({ start: last.p.start + cutB, end: last.p.end });
        end = last.p.start + cutB;
      } else {
        suffix = last.p.text.slice(cutB);
      }
      merged = { start, end, text: prefix + e.newText + suffix };
    }
    // Adjacent replaced pieces are joined so each stays one replacement.
    const joined: Piece[] = [];
    for (const p of [...before, merged, ...after]) {
      const prev = joined[joined.length - 1];
      if (prev && prev.text !== undefined && p.text !== undefined && prev.end === p.start) {
        prev.end = p.end;
        prev.text += p.text;
      } else if (!(p.text === undefined && p.end === p.start)) {
        joined.push({ ...p });
      }
    }
    this.pieces = joined;
  }
  /** The composed edits against the original text. */
  edits(): TextEdit[] {
    return this.pieces
      .filter((p) => p.text !== undefined && p.text !== this.original.slice(p.start, p.end))
      .map((p) => ({ start: p.start, end: p.end, newText: p.text! }));
  }
  text(): string {
    return this.pieces.map((p) => this.pieceText(p)).join('');
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
 * Apply safe fixes repeatedly (a fix can reveal another, e.g. a removed website line leaves a
 * doubled blank), at most `maxPasses` times. Returns the final text, the counts, and the whole
 * change as edits against the input text.
 */
export function fixAllSafe(
  text: string,
  analyze: (text: string) => readonly Finding[],
  rules?: ReadonlySet<RuleId>,
  maxPasses = 5,
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
