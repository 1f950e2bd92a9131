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
 * Apply safe fixes repeatedly (a fix can reveal another, e.g. a removed website line leaves a
 * doubled blank), at most `maxPasses` times. Returns the final text and the merged counts.
 */
export function fixAllSafe(
  text: string,
  analyze: (text: string) => readonly Finding[],
  rules?: ReadonlySet<RuleId>,
  maxPasses = 5,
): { text: string; counts: Map<RuleId, number> } {
  const counts = new Map<RuleId, number>();
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const plan = planSafeFixes(analyze(current), rules);
    if (plan.edits.length === 0) break;
    current = applyEdits(current, plan.edits);
    for (const [r, n] of plan.counts) counts.set(r, (counts.get(r) ?? 0) + n);
    if (plan.skipped === 0) break;
  }
  return { text: current, counts };
}
