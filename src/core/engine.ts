/**
 * The analyzer: runs the enabled rules over a document and returns findings with absolute
 * offsets, sorted. Line-rule results are cached by (zone, line text) in a `LineCache` the caller
 * keeps per document, so re-checking after an edit re-runs line rules only on the lines that
 * changed; document rules are cheap passes over the whole text and always run.
 */
import { maskedRanges, parseDocument, type LanguageId, type Line, type SourceDocument } from './document';
import type { ResolvedConfig } from './config';
import type { AnalyzerServices, DocumentRule, LineContext, LineRule, RawFinding, Rule, RuleContext } from './rule';
import { shiftedFixes } from './fix';
import { firstAtOrAfter, lastAtOrBefore } from './sorted';
import type { Finding, Fix, RuleId, Severity } from './types';

/**
 * Line-rule findings of one line text: line-relative, and the absolute copies made of them by
 * line start (a text may stand on several lines; a few starts are kept).
 */
interface LineEntry {
  readonly rel: readonly Finding[];
  abs: Map<number, readonly Finding[]> | undefined;
}

/** Starts kept per line text before its absolute copies are made afresh. */
const MAX_PLACES = 4;

/** What the cache keeps for one line text: its line-rule findings and the document rules' per-line results. */
interface Slot {
  entry?: LineEntry;
  memo?: Map<string, unknown>;
  /** The run that last used it, and the index of the line that did. */
  used: number;
  index: number;
}

/**
 * Cache of line-rule findings and per-line memos for one document, keyed by line text. Create one
 * per open document. Slots carry the run that last used them; once the slots outnumber twice
 * those used by a run, the ones unused by the last two runs are dropped.
 */
export class LineCache {
  /** By line text: the lines a re-parse kept hold the same string objects, whose hashes are kept. */
  private readonly slots = new Map<string, Slot>();
  /** The last document analyzed with this cache (a re-parse starts from it). */
  document: SourceDocument | undefined;
  private run = 1;
  private usedThisRun = 0;
  /** The slot of a line's text, made if new, marked as used by this run, with the line's index. */
  slot(line: Line): Slot {
    const slot = this.slotOf(line.text);
    slot.index = line.index;
    return slot;
  }
  /**
   * The slot of a text (a line's, or a rule's own key such as a quotation's text), made if new,
   * marked as used by this run and kept like the others.
   */
  slotOf(text: string): Slot {
    let slot = this.slots.get(text);
    if (slot === undefined) this.slots.set(text, (slot = { used: 0, index: -1 }));
    if (slot.used !== this.run) {
      slot.used = this.run;
      this.usedThisRun++;
    }
    return slot;
  }
  /** Called after each run. */
  rotate(): void {
    if (this.slots.size > 2 * this.usedThisRun + 256) {
      const keep = this.run - 1;
      for (const [k, v] of this.slots) if (v.used < keep) this.slots.delete(k);
    }
    this.run++;
    this.usedThisRun = 0;
  }
}

/** A per-line memo over the slots of one run: rules read lines in order, so the next line is tried first. */
function slotMemo(doc: SourceDocument, slots: ReadonlyArray<Slot | undefined>, cache: LineCache): RuleContext['lineMemo'] {
  const lines = doc.lines;
  let cursor = -1;
  return <T>(namespace: string, lineText: string, compute: () => T): T => {
    let slot: Slot | undefined;
    // A few lines ahead at most (lines without a slot count too), then the look-up by text.
    for (let k = cursor + 1, tries = 0; k < lines.length && tries < 8; k++) {
      tries++;
      if (slots[k] === undefined) continue;
      if (lines[k].text === lineText) {
        slot = slots[k];
        cursor = k;
        break;
      }
    }
    if (slot === undefined) {
      slot = cache.slotOf(lineText);
      if (slot.index >= 0 && lines[slot.index]?.text === lineText) cursor = slot.index;
    }
    const memo = (slot.memo ??= new Map());
    const known = memo.get(namespace);
    if (known !== undefined || memo.has(namespace)) return known as T;
    const value = compute();
    memo.set(namespace, value);
    return value;
  };
}

export interface AnalyzeOptions {
  readonly languageId?: LanguageId;
  /** Pass the same cache for successive versions of one document. */
  readonly cache?: LineCache;
}

export interface Analyzer {
  readonly config: ResolvedConfig;
  readonly rules: readonly Rule[];
  analyze(text: string, options?: AnalyzeOptions): Finding[];
  /** Parse once and analyze; also returns the parsed document for adapters that need it. */
  analyzeDocument(doc: SourceDocument, cache?: LineCache): Finding[];
}

const SUPPRESS_RE = /<!--\s*speech-drafter-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Suppression {
  readonly start: number;
  readonly end: number;
  /** Undefined: every rule. */
  readonly rules: ReadonlySet<string> | undefined;
}

/** `<!-- speech-drafter-disable [rules] -->` … `<!-- speech-drafter-enable [rules] -->` and `-disable-next-line`. */
function findSuppressions(doc: SourceDocument): Suppression[] {
  if (!doc.text.includes('speech-drafter-')) return [];
  const out: Suppression[] = [];
  const open = new Map<string, number>();
  for (const line of doc.lines) {
    if (!line.text.includes('speech-drafter-')) continue;
    SUPPRESS_RE.lastIndex = 0;
    for (let m = SUPPRESS_RE.exec(line.text); m; m = SUPPRESS_RE.exec(line.text)) {
      const ids = m[2].split(/[\s,，]+/).filter(Boolean);
      const rules = ids.length ? new Set(ids) : undefined;
      if (m[1] === 'disable-next-line') {
        const next = doc.lines[line.index + 1];
        if (next) out.push({ start: next.start, end: next.start + next.text.length, rules });
      } else if (m[1] === 'disable') {
        for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, line.start);
      } else {
        for (const id of ids.length ? ids : [...open.keys()]) {
          const s = open.get(id);
          if (s === undefined) continue;
          open.delete(id);
          out.push({ start: s, end: line.start + line.text.length, rules: id === '*' ? undefined : new Set([id]) });
        }
      }
    }
  }
  for (const [id, s] of open) out.push({ start: s, end: doc.text.length, rules: id === '*' ? undefined : new Set([id]) });
  return out;
}

/** Sorted, merged [start, end] intervals (ends inclusive, as suppressions are). */
function mergeIntervals(xs: Array<{ start: number; end: number }>): { starts: number[]; ends: number[] } {
  xs.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const x of xs) {
    const n = ends.length;
    if (n && x.start <= ends[n - 1]) ends[n - 1] = Math.max(ends[n - 1], x.end);
    else {
      starts.push(x.start);
      ends.push(x.end);
    }
  }
  return { starts, ends };
}

/** Whether a finding starts inside a suppression that covers its rule: merged intervals per rule, binary search. */
function suppressionChecker(suppressions: readonly Suppression[]): (f: Finding) => boolean {
  const byRule = new Map<string, Array<{ start: number; end: number }>>();
  for (const s of suppressions) {
    for (const id of s.rules ?? ['*']) {
      let list = byRule.get(id);
      if (!list) byRule.set(id, (list = []));
      list.push({ start: s.start, end: s.end });
    }
  }
  const merged = new Map([...byRule].map(([id, xs]) => [id, mergeIntervals(xs)]));
  const inside = (m: { starts: number[]; ends: number[] } | undefined, at: number): boolean => {
    if (!m || m.starts.length === 0 || m.starts[0] > at) return false;
    return m.ends[lastAtOrBefore(m.starts, at)] >= at;
  };
  const all = merged.get('*');
  return (f) => inside(all, f.start) || inside(merged.get(f.rule), f.start);
}

/** The order of findings: by start, then end, then rule id. */
function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Sorts unless already sorted (most rules report in the order of the text): one pass to tell.
 * Short lists (one line's findings) are sorted by insertion, in place, without a work array.
 */
function sortedInPlace(xs: Finding[]): Finding[] {
  for (let i = 1; i < xs.length; i++) {
    if (byPosition(xs[i - 1], xs[i]) <= 0) continue;
    if (xs.length > 32) return xs.sort(byPosition);
    for (let j = i; j < xs.length; j++) {
      const x = xs[j];
      let k = j - 1;
      for (; k >= 0 && byPosition(xs[k], x) > 0; k--) xs[k + 1] = xs[k];
      xs[k + 1] = x;
    }
    return xs;
  }
  return xs;
}

/**
 * Merges two sorted lists. The shorter one's findings are placed by binary search and the longer
 * one is copied in runs between them, so a few document findings cost little against many line findings.
 */
function mergeTwo(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  if (a.length < b.length) [a, b] = [b, a];
  const out: Finding[] = [];
  let from = 0;
  for (const x of b) {
    // The first finding of a that sorts after x.
    let lo = from;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byPosition(a[mid], x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(a[i]);
    out.push(x);
    from = lo;
  }
  for (let i = from; i < a.length; i++) out.push(a[i]);
  return out;
}

/**
 * Merges sorted lists: the shorter ones pairwise, then the result into the longest (the line
 * findings, usually), so the long list is copied once.
 */
function mergeSorted(lists: Finding[][]): Finding[] {
  let xs = lists.filter((l) => l.length);
  if (xs.length === 0) return [];
  xs.sort((p, q) => p.length - q.length);
  const longest = xs.pop()!;
  if (xs.length === 0) return longest;
  while (xs.length > 1) {
    const next: Finding[][] = [];
    for (let i = 0; i < xs.length; i += 2) next.push(i + 1 < xs.length ? mergeTwo(xs[i], xs[i + 1]) : xs[i]);
    xs = next;
  }
  return mergeTwo(longest, xs[0]);
}

/** Keeps, in place, the findings `keep` accepts (asked in order). */
function filterInPlace(xs: Finding[], keep: (f: Finding) => boolean): void {
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (keep(xs[i])) xs[k++] = xs[i];
  xs.length = k;
}

const NO_FIXES: readonly Fix[] = Object.freeze([]);

/**
 * A line-relative finding at its line's start. Not toFinding: that one reads raw findings of
 * every rule's shapes, this one only the engine's own two, which keeps the copy on every moved
 * line fast (typing in a long speech moves every later line).
 */
function moved(f: Finding, delta: number): Finding {
  const fixes = shiftFixes(f.fixes, delta);
  return f.data
    ? { rule: f.rule, severity: f.severity, message: f.message, start: f.start + delta, end: f.end + delta, fixes, data: f.data }
    : { rule: f.rule, severity: f.severity, message: f.message, start: f.start + delta, end: f.end + delta, fixes };
}

function shiftFixes(fixes: readonly Fix[] | undefined, delta: number): readonly Fix[] {
  if (!fixes) return NO_FIXES;
  // Nothing to shift: the array serves as it is (moved copies are made for cached findings).
  if (delta === 0) return fixes;
  return shiftedFixes(fixes, delta);
}

/** The line rules' context, reused from line to line: the line it is for and its masked ranges once found. */
interface LineScope extends LineContext {
  line: string;
  maskedOfLine: LineContext['masked'] | undefined;
}

export function createAnalyzer(config: ResolvedConfig, allRules: readonly Rule[], services?: AnalyzerServices): Analyzer {
  const levelOf = (r: Rule) => config.levels.get(r.id) ?? r.defaultLevel;
  const rules = allRules.filter((r) => levelOf(r) !== 'off');
  const lineRules = rules.filter((r): r is LineRule => r.scope === 'line');
  const docRules = rules.filter((r): r is DocumentRule => r.scope === 'document');
  const severity = new Map<RuleId, Severity>(rules.map((r) => [r.id, levelOf(r) as Severity]));

  const toFinding = (rule: RuleId, raw: RawFinding, delta: number): Finding => {
    const sev = raw.severity ?? severity.get(rule)!;
    const fixes = shiftFixes(raw.fixes, delta);
    return raw.data
      ? { rule, severity: sev, message: raw.message, start: raw.start + delta, end: raw.end + delta, fixes, data: raw.data }
      : { rule, severity: sev, message: raw.message, start: raw.start + delta, end: raw.end + delta, fixes };
  };

  /**
   * Whether a finding lies inside an occurrence of an allowed text: every occurrence of each
   * allowed text is found once per run, and each finding is looked up by binary search.
   */
  const allowChecker = (text: string): ((f: Finding) => boolean) => {
    const lists = config.allow.map((a) => {
      const at: number[] = [];
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) at.push(i);
      return { len: a.length, at };
    });
    return (f) => {
      for (const { len, at } of lists) {
        // The first occurrence starting at or after f.end - len; it must start at or before f.start.
        const k = firstAtOrAfter(at, f.end - len);
        if (k < at.length && at[k] <= f.start) return true;
      }
      return false;
    };
  };

  /**
   * A line rule's finding at offset `delta`. Its fixes are the rule's own fresh objects (the line
   * rule contract): their edits are moved in place, which spares a copy of every fix of every
   * finding on a cold check (thousands on a pasted page).
   */
  const lineFinding = (rule: RuleId, raw: RawFinding, delta: number): Finding => {
    const sev = raw.severity ?? severity.get(rule)!;
    const fixes = raw.fixes ?? NO_FIXES;
    if (delta !== 0) {
      for (const f of fixes) {
        for (const e of f.edits as ReadonlyArray<{ start: number; end: number }>) {
          e.start += delta;
          e.end += delta;
        }
      }
    }
    return raw.data
      ? { rule, severity: sev, message: raw.message, start: raw.start + delta, end: raw.end + delta, fixes, data: raw.data }
      : { rule, severity: sev, message: raw.message, start: raw.start + delta, end: raw.end + delta, fixes };
  };

  /** The line rules' findings on one line, sorted, offsets shifted by `delta`. */
  const lineFindings = (text: string, lctx: LineScope, delta: number): Finding[] => {
    lctx.line = text;
    lctx.maskedOfLine = undefined;
    const out: Finding[] = [];
    for (const rule of lineRules) {
      for (const raw of rule.checkLine(text, lctx)) out.push(lineFinding(rule.id, raw, delta));
    }
    // Sorted once when computed: the line findings of a document are then in order as they are collected.
    return out.length > 1 ? sortedInPlace(out) : out;
  };

  function analyzeDocument(doc: SourceDocument, cache?: LineCache): Finding[] {
    // One cache look-up per line serves the line rules and every document rule's per-line memo.
    const slots: Array<Slot | undefined> = [];
    if (cache) {
      for (const line of doc.lines) slots.push(line.zone === 'prose' && line.text.length ? cache.slot(line) : undefined);
    }
    const ctx: RuleContext = {
      config,
      languageId: doc.languageId,
      lineMemo: cache ? slotMemo(doc, slots, cache) : (_ns, _lineText, compute) => compute(),
      services,
    };
    // One context for every line (rules read it while they run only); a line's masked ranges are
    // found when a rule first asks for them, and most lines of prose have none worth finding.
    const languageId = doc.languageId;
    const lctx: LineScope = {
      config,
      languageId,
      services,
      line: '',
      maskedOfLine: undefined,
      get masked() {
        return (this.maskedOfLine ??= maskedRanges(this.line, languageId));
      },
    };
    const findings: Finding[] = [];
    if (lineRules.length) {
      for (const line of doc.lines) {
        if (line.zone !== 'prose' || line.text.length === 0) continue;
        const slot = slots[line.index];
        if (slot === undefined) {
          // No cache: the findings are made with their absolute offsets at once.
          const found = lineFindings(line.text, lctx, line.start);
          for (const f of found) findings.push(f);
          continue;
        }
        let entry = slot.entry;
        if (entry === undefined) slot.entry = entry = { rel: lineFindings(line.text, lctx, 0), abs: undefined };
        if (entry.rel.length === 0) continue;
        // The absolute findings of a line at a start seen before are reused as they are.
        const places = (entry.abs ??= new Map());
        let abs = places.get(line.start);
        if (abs === undefined) {
          if (places.size >= MAX_PLACES) places.clear();
          abs = entry.rel.map((f) => moved(f, line.start));
          places.set(line.start, abs);
        }
        for (const f of abs) findings.push(f);
      }
    }
    const exclusive: Array<{ rule: RuleId; start: number; end: number }> = [];
    // Sorted lists (the line findings, then each document rule's), merged below.
    const lists: Finding[][] = [findings];
    for (const rule of docRules) {
      const own: Finding[] = [];
      for (const raw of rule.checkDocument(doc, ctx)) {
        own.push(toFinding(rule.id, raw, 0));
        if (raw.exclusive) exclusive.push({ rule: rule.id, start: raw.start, end: raw.end });
      }
      if (own.length) lists.push(sortedInPlace(own));
    }
    if (cache) {
      cache.rotate();
      cache.document = doc;
    }
    const suppressions = findSuppressions(doc);
    exclusive.sort((a, b) => a.start - b.start);
    /**
     * Whether a website block of another rule contains f (blocks do not overlap one another).
     * Findings are asked in the order of their starts, so a cursor walks the blocks once per list.
     */
    let block = 0;
    const superseded = (f: Finding): boolean => {
      while (block + 1 < exclusive.length && exclusive[block + 1].start <= f.start) block++;
      for (let k = block; k >= 0 && k >= block - 1; k--) {
        const x = exclusive[k];
        if (x.start <= f.start && x.rule !== f.rule && f.end <= x.end) return true;
      }
      return false;
    };
    const allowed = config.allow.length ? allowChecker(doc.text) : undefined;
    const suppressed = suppressions.length ? suppressionChecker(suppressions) : undefined;
    if (allowed || exclusive.length || suppressed) {
      // Every list is this run's own array: filtered where it is, before the merge.
      for (const list of lists) {
        block = 0;
        filterInPlace(list, (f) => !(allowed && allowed(f)) && !(exclusive.length && superseded(f)) && !(suppressed && suppressed(f)));
      }
    }
    return mergeSorted(lists);
  }

  return {
    config,
    rules,
    analyzeDocument,
    analyze(text, options = {}) {
      return analyzeDocument(parseDocument(text, options.languageId ?? 'plaintext', options.cache?.document), options.cache);
    },
  };
}
