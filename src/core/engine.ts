/**
 * The analyzer: runs the enabled rules over a document and returns findings with absolute
 * offsets, sorted. Line-rule results are cached by (zone, line text) in a `LineCache` the caller
 * keeps per document, so re-checking after an edit re-runs line rules only on the lines that
 * changed; document rules are cheap passes over the whole text and always run.
 */
import { maskedRanges, parseDocument, type LanguageId, type SourceDocument } from './document';
import type { ResolvedConfig } from './config';
import type { AnalyzerServices, DocumentRule, LineRule, RawFinding, Rule, RuleContext } from './rule';
import { firstAtOrAfter, lastAtOrBefore } from './sorted';
import type { Finding, Fix, RuleId, Severity } from './types';

/** Cache of line-rule findings for one document. Create one per open document. */
/** Line-rule findings of one line text: line-relative, and the last absolute copy made of them. */
interface LineEntry {
  readonly rel: readonly Finding[];
  absStart: number;
  abs: readonly Finding[] | undefined;
}

export class LineCache {
  private current = new Map<string, LineEntry>();
  private previous = new Map<string, LineEntry>();
  private memoCurrent = new Map<string, Map<string, unknown>>();
  private memoPrevious = new Map<string, Map<string, unknown>>();
  get(key: string): LineEntry | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }
  set(key: string, rel: readonly Finding[]): LineEntry {
    const entry: LineEntry = { rel, absStart: -1, abs: undefined };
    this.current.set(key, entry);
    return entry;
  }
  /** Per-line results of document rules (see RuleContext.lineMemo), kept like line findings. */
  memo<T>(namespace: string, lineText: string, compute: () => T): T {
    let cur = this.memoCurrent.get(namespace);
    if (!cur) this.memoCurrent.set(namespace, (cur = new Map()));
    if (cur.has(lineText)) return cur.get(lineText) as T;
    const prev = this.memoPrevious.get(namespace);
    const v = prev?.has(lineText) ? (prev.get(lineText) as T) : compute();
    cur.set(lineText, v);
    return v;
  }
  /** Called after each run: entries not used by the last two runs are dropped. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
    this.memoPrevious = this.memoCurrent;
    this.memoCurrent = new Map();
  }
  get size(): number {
    return this.current.size;
  }
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

const NO_FIXES: readonly Fix[] = Object.freeze([]);

function shiftFixes(fixes: readonly Fix[] | undefined, delta: number): readonly Fix[] {
  if (!fixes) return NO_FIXES;
  // Fixes are immutable: with nothing to shift, the rule's own array serves.
  if (delta === 0) return fixes;
  return fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, newText: e.newText })) }));
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

  function analyzeDocument(doc: SourceDocument, cache?: LineCache): Finding[] {
    const ctx: RuleContext = {
      config,
      languageId: doc.languageId,
      lineMemo: cache ? (ns, lineText, compute) => cache.memo(ns, lineText, compute) : (_ns, _lineText, compute) => compute(),
      services,
    };
    const findings: Finding[] = [];
    if (lineRules.length) {
      for (const line of doc.lines) {
        if (line.zone !== 'prose' || line.text.length === 0) continue;
        let entry = cache?.get(line.text);
        if (entry === undefined) {
          const masked = maskedRanges(line.text, doc.languageId);
          const lctx = { ...ctx, masked };
          const out: Finding[] = [];
          for (const rule of lineRules) {
            for (const raw of rule.checkLine(line.text, lctx)) out.push(toFinding(rule.id, raw, 0));
          }
          entry = cache ? cache.set(line.text, out) : { rel: out, absStart: -1, abs: undefined };
        }
        if (entry.rel.length === 0) continue;
        // The absolute findings of an unmoved line are reused as they are.
        if (entry.absStart !== line.start || !entry.abs) {
          entry.abs = entry.rel.map((f) => ({ ...f, start: f.start + line.start, end: f.end + line.start, fixes: shiftFixes(f.fixes, line.start) }));
          entry.absStart = line.start;
        }
        for (const f of entry.abs) findings.push(f);
      }
    }
    const exclusive: Array<{ rule: RuleId; start: number; end: number }> = [];
    for (const rule of docRules) {
      for (const raw of rule.checkDocument(doc, ctx)) {
        findings.push(toFinding(rule.id, raw, 0));
        if (raw.exclusive) exclusive.push({ rule: rule.id, start: raw.start, end: raw.end });
      }
    }
    cache?.rotate();
    const suppressions = findSuppressions(doc);
    exclusive.sort((a, b) => a.start - b.start);
    const exclusiveStarts = exclusive.map((x) => x.start);
    /** Whether a website block of another rule contains f (blocks do not overlap one another). */
    const superseded = (f: Finding): boolean => {
      const found = lastAtOrBefore(exclusiveStarts, f.start);
      for (let k = found; k >= 0 && k >= found - 1; k--) {
        const x = exclusive[k];
        if (x.start <= f.start && x.rule !== f.rule && f.end <= x.end) return true;
      }
      return false;
    };
    const allowed = config.allow.length ? allowChecker(doc.text) : undefined;
    const suppressed = suppressions.length ? suppressionChecker(suppressions) : undefined;
    const kept = findings.filter((f) => !(allowed && allowed(f)) && !(exclusive.length && superseded(f)) && !(suppressed && suppressed(f)));
    kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return kept;
  }

  return {
    config,
    rules,
    analyzeDocument,
    analyze(text, options = {}) {
      return analyzeDocument(parseDocument(text, options.languageId ?? 'plaintext'), options.cache);
    },
  };
}
