/**
 * `npm run eval`: measures `placeholder` and `web-boilerplate` on the hand-labelled pages of
 * ../shared/devset/ (never copied into the repository).
 *
 * The split is fixed: partA is the tuning part, partB is held out (rules are not tuned on it).
 * For each part it prints recall and precision of placeholder spans, leftover lines and leftover
 * segments, the findings of both rules on the clean official texts, the speech characters that
 * the one-step clean-up (`speech-drafter fix`) deletes, and every miss and false alarm.
 *
 * Matching: a labelled placeholder span is found when a placeholder finding on its line overlaps
 * its columns (labels count code points from 1; they are converted to UTF-16 offsets). A line is
 * predicted as a leftover when website findings cover every non-space character of it; the
 * website findings on any other line are predicted segments, matched to labelled segments by
 * overlap. Findings on lines the labellers listed as doubtful are not counted as false alarms.
 */
import { createAnalyzer, fixAllSafe, type Analyzer, type Finding } from '../src/core';
import { toSimplifiedChars } from '../src/core/script';
import { devset, type DevsetPage, SHARED_MISSING } from '../test/support/shared';

export const TUNING_PART = 'partA';
export const HELD_OUT_PART = 'partB';

const HAN = /\p{Script=Han}/u;

interface Span {
  readonly line: number;
  /** UTF-16 offsets inside the line. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Line texts and their start offsets (lines split at \n, as the labels count them). */
export function splitLines(text: string): { lines: string[]; starts: number[] } {
  const lines = text.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  return { lines, starts };
}

/** A label's span in UTF-16 offsets of its line. */
export function labelSpan(lines: readonly string[], l: { line: number; col: number; text: string }): Span {
  const text = lines[l.line - 1] ?? '';
  const start = Array.from(text).slice(0, l.col - 1).join('').length;
  return { line: l.line, start, end: start + l.text.length, text: l.text };
}

/** Clips findings to the lines they touch. */
function spansOf(findings: readonly Finding[], lines: readonly string[], starts: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const f of findings) {
    for (let i = 0; i < lines.length; i++) {
      const a = starts[i];
      const b = a + lines[i].length;
      if (f.end <= a || f.start > b || (f.start === b && f.end > b)) continue;
      const s = Math.max(f.start, a) - a;
      const e = Math.min(f.end, b) - a;
      if (e <= s && !(f.start === f.end)) continue;
      out.push({ line: i + 1, start: s, end: e, text: lines[i].slice(s, e) });
    }
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.line === b.line && a.start < b.end && b.start < a.end;

/** Lines whose every non-space character is covered by `spans`. */
function coveredLines(spans: readonly Span[], lines: readonly string[]): Set<number> {
  const byLine = new Map<number, Span[]>();
  for (const s of spans) (byLine.get(s.line) ?? byLine.set(s.line, []).get(s.line)!).push(s);
  const out = new Set<number>();
  for (const [line, ss] of byLine) {
    const text = lines[line - 1];
    let all = text.trim().length > 0;
    for (let k = 0; k < text.length && all; k++) {
      if (/\s/.test(text[k])) continue;
      if (!ss.some((s) => s.start <= k && k < s.end)) all = false;
    }
    if (all) out.add(line);
  }
  return out;
}

export interface Counts {
  found: number;
  labelled: number;
  correct: number;
  predicted: number;
  misses: string[];
  falseAlarms: string[];
}

const emptyCounts = (): Counts => ({ found: 0, labelled: 0, correct: 0, predicted: 0, misses: [], falseAlarms: [] });

export interface SpeechLoss {
  /** Han characters of speech text the clean-up deleted that no finding of their own flagged. */
  readonly lost: number;
  /** Where, for the report: the lost characters with their line. */
  readonly where: string[];
}

/**
 * The Han characters of the speech lines (not labelled as website lines, without the labelled
 * segments) that `fix` deletes, except those inside a finding of a rule other than
 * web-boilerplate (a doubled word removed, a traditional character converted).
 */
export function speechLoss(
  text: string,
  websiteLines: ReadonlySet<number>,
  websiteSegments: readonly Span[],
  analyzer: Analyzer,
): SpeechLoss {
  const { lines, starts } = splitLines(text);
  const first = analyzer.analyze(text);
  // What other rules flagged or change with their own fix (a doubled word, a converted character).
  const own: Array<[number, number]> = [];
  for (const f of first) {
    if (f.rule === 'web-boilerplate') continue;
    own.push([f.start, f.end]);
    for (const e of f.fixes.find((x) => x.safe)?.edits ?? []) own.push([e.start, e.end]);
  }
  const isOwn = (p: number) => own.some(([a, b]) => a <= p && p < b);
  const fixed = fixAllSafe(text, (t) => analyzer.analyze(t));
  const where: string[] = [];
  let lost = 0;
  const seen = new Set<string>();
  const repeats = new Set<number>();
  lines.forEach((l, i) => {
    const key = l.replace(/\s+/g, '');
    if (key && seen.has(key)) repeats.add(i + 1);
    seen.add(key);
  });
  for (const e of fixed.edits) {
    // A character converted to its simplified form counts as kept.
    const kept = Array.from(toSimplifiedChars(e.newText)).filter((c) => HAN.test(c));
    let k = 0;
    for (let p = e.start; p < e.end; p++) {
      const c = text[p];
      if (!HAN.test(c)) continue;
      // Line of p.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= p) lo = mid;
        else hi = mid - 1;
      }
      const line = lo + 1;
      const col = p - starts[lo];
      if (websiteLines.has(line)) continue;
      // A repeated line (a title the site printed twice) is not lost while an earlier copy stays.
      if (repeats.has(line)) continue;
      if (websiteSegments.some((s) => s.line === line && s.start <= col && col < s.end)) continue;
      // 著 read as the particle 着 in a traditional line (traditional-char) is kept too.
      let at = kept.indexOf(toSimplifiedChars(c), k);
      if (at < 0 && c === '著') at = kept.indexOf('着', k);
      if (at >= 0) {
        k = at + 1;
        continue;
      }
      if (isOwn(p)) continue;
      lost++;
      where.push(`line ${line}: …${lines[lo].slice(Math.max(0, col - 8), col)}[${c}]${lines[lo].slice(col + 1, col + 8)}…`);
    }
  }
  return { lost, where };
}

export interface PageResult {
  readonly placeholders: Counts;
  readonly lines: Counts;
  readonly segments: Counts;
  readonly loss: SpeechLoss;
}

/** Scores one labelled page. */
export function scorePage(page: DevsetPage, analyzer: Analyzer): PageResult {
  const { lines, starts } = splitLines(page.text);
  const findings = analyzer.analyze(page.text);
  const doubtful = new Set((page.labels.doubtful ?? []).map((d) => d.line));
  const where = (s: Span) => `${page.part}/${page.name}:${s.line}:${s.start + 1} ${JSON.stringify(s.text.length > 60 ? s.text.slice(0, 60) + '…' : s.text)}`;

  // Placeholder spans.
  const ph = emptyCounts();
  const phLabels = page.labels.placeholders.map((l) => labelSpan(lines, l));
  const phFound = spansOf(
    // Censorship spellings are hints, not placeholders.
    findings.filter((f) => f.rule === 'placeholder' && f.data?.missing !== 'censored'),
    lines,
    starts,
  );
  ph.labelled = phLabels.length;
  for (const l of phLabels) {
    if (phFound.some((f) => overlaps(f, l))) ph.found++;
    else ph.misses.push(where(l));
  }
  for (const f of phFound) {
    if (phLabels.some((l) => overlaps(f, l))) {
      ph.predicted++;
      ph.correct++;
    } else if (!doubtful.has(f.line)) {
      ph.predicted++;
      ph.falseAlarms.push(where(f));
    }
  }

  // Website lines and segments.
  const wbSpans = spansOf(
    findings.filter((f) => f.rule === 'web-boilerplate'),
    lines,
    starts,
  );
  const predictedLines = coveredLines(wbSpans, lines);
  const labelledLines = new Set(page.labels.boilerplate_lines);
  const ln = emptyCounts();
  for (const l of labelledLines) {
    ln.labelled++;
    if (predictedLines.has(l)) ln.found++;
    else ln.misses.push(`${page.part}/${page.name}:${l} ${JSON.stringify(lines[l - 1].slice(0, 60))}`);
  }
  for (const l of predictedLines) {
    if (labelledLines.has(l)) {
      ln.predicted++;
      ln.correct++;
    } else if (!doubtful.has(l)) {
      ln.predicted++;
      ln.falseAlarms.push(`${page.part}/${page.name}:${l} ${JSON.stringify(lines[l - 1].slice(0, 60))}`);
    }
  }
  const sg = emptyCounts();
  const segLabels = page.labels.boilerplate_segments.map((l) => labelSpan(lines, l));
  const segFound = wbSpans.filter((s) => !predictedLines.has(s.line));
  sg.labelled = segLabels.length;
  for (const l of segLabels) {
    if (segFound.some((f) => overlaps(f, l))) sg.found++;
    else sg.misses.push(where(l));
  }
  for (const f of segFound) {
    if (segLabels.some((l) => overlaps(f, l))) {
      sg.predicted++;
      sg.correct++;
    } else if (labelledLines.has(f.line)) {
      // Part of a website line: counted with the lines (as a miss of that line).
    } else if (!doubtful.has(f.line)) {
      sg.predicted++;
      sg.falseAlarms.push(where(f));
    }
  }
  const loss = speechLoss(page.text, labelledLines, segLabels, analyzer);
  return { placeholders: ph, lines: ln, segments: sg, loss };
}

function add(a: Counts, b: Counts): void {
  a.found += b.found;
  a.labelled += b.labelled;
  a.correct += b.correct;
  a.predicted += b.predicted;
  a.misses.push(...b.misses);
  a.falseAlarms.push(...b.falseAlarms);
}

export interface PartResult {
  readonly part: string;
  readonly pages: number;
  readonly placeholders: Counts;
  readonly lines: Counts;
  readonly segments: Counts;
  readonly lost: number;
  readonly lostWhere: string[];
  /** Findings of the two rules on the part's clean official texts. */
  readonly clean: { texts: number; findings: string[] };
}

export function evaluate(analyzer: Analyzer = createAnalyzer()): PartResult[] | undefined {
  const set = devset();
  if (!set) return undefined;
  const parts = [...new Set([...set.pages.map((p) => p.part), ...set.clean.map((c) => c.part)])].sort();
  return parts.map((part) => {
    const res: PartResult = {
      part,
      pages: 0,
      placeholders: emptyCounts(),
      lines: emptyCounts(),
      segments: emptyCounts(),
      lost: 0,
      lostWhere: [],
      clean: { texts: 0, findings: [] },
    };
    let lost = 0;
    for (const page of set.pages.filter((p) => p.part === part)) {
      const r = scorePage(page, analyzer);
      (res as { pages: number }).pages++;
      add(res.placeholders, r.placeholders);
      add(res.lines, r.lines);
      add(res.segments, r.segments);
      lost += r.loss.lost;
      res.lostWhere.push(...r.loss.where.map((w) => `${part}/${page.name} ${w}`));
    }
    (res as { lost: number }).lost = lost;
    for (const c of set.clean.filter((x) => x.part === part)) {
      res.clean.texts++;
      const { lines, starts } = splitLines(c.text);
      for (const f of analyzer.analyze(c.text)) {
        if (f.rule !== 'placeholder' && f.rule !== 'web-boilerplate') continue;
        const s = spansOf([f], lines, starts)[0];
        res.clean.findings.push(`${part}/clean/${c.name}:${s ? `${s.line}:${s.start + 1}` : '?'} ${f.rule} ${JSON.stringify(c.text.slice(f.start, Math.min(f.end, f.start + 60)))}`);
      }
    }
    return res;
  });
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

function printCounts(name: string, c: Counts): void {
  console.log(`  ${name.padEnd(20)} recall ${pct(c.found, c.labelled).padStart(7)} (${c.found}/${c.labelled})   precision ${pct(c.correct, c.predicted).padStart(7)} (${c.correct}/${c.predicted})`);
}

function printList(title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  console.log(`    ${title} (${items.length}):`);
  for (const i of items) console.log(`      ${i}`);
}

function main(): void {
  // `--details=partA` lists misses and false alarms of that part only (figures for every part).
  const details = process.argv.find((a) => a.startsWith('--details='))?.slice('--details='.length);
  const results = evaluate();
  if (!results) {
    console.log(`Skipped: ${SHARED_MISSING}.`);
    return;
  }
  console.log(`Devset evaluation. Fixed split: ${TUNING_PART} = tuning part, ${HELD_OUT_PART} = held out (not tuned on).\n`);
  for (const r of results) {
    const role = r.part === TUNING_PART ? 'tuning' : r.part === HELD_OUT_PART ? 'held out' : 'other';
    console.log(`${r.part} (${role}): ${r.pages} pages, ${r.clean.texts} clean texts`);
    printCounts('placeholder spans', r.placeholders);
    printCounts('leftover lines', r.lines);
    printCounts('leftover segments', r.segments);
    console.log(`  clean texts: ${r.clean.findings.length} findings of placeholder / web-boilerplate`);
    console.log(`  speech characters lost by fix: ${r.lost}`);
    if (details && details !== r.part) {
      console.log('');
      continue;
    }
    printList('placeholder misses', r.placeholders.misses);
    printList('placeholder false alarms', r.placeholders.falseAlarms);
    printList('leftover-line misses', r.lines.misses);
    printList('leftover-line false alarms', r.lines.falseAlarms);
    printList('leftover-segment misses', r.segments.misses);
    printList('leftover-segment false alarms', r.segments.falseAlarms);
    printList('findings on clean texts', r.clean.findings);
    printList('speech characters lost', r.lostWhere);
    console.log('');
  }
}

if (require.main === module) main();
