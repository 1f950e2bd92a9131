/**
 * Checking one quotation against the reference index: the candidate passages of the index,
 * each aligned with the quotation; the closest decides.
 *   exact      the quotation is, letters and digits alike, part of a reference (punctuation and
 *              spaces do not count);
 *   different  a passage differs from it by at most 30 % of its characters (4 at least): the differences,
 *              word by word, and the passage's own words for a fix;
 *   not-found  nothing that close (or the quotation is too short to tell).
 * When the passage also stands, worded otherwise, in another document (a later report changed the
 * sentence), `versions` holds each other wording with its document, oldest first.
 */
import { alignSemiGlobal, differences, type Alignment, type QuoteDifference } from './align';
import { normalize } from './normalize';
import type { ReferenceIndex, Window } from './referenceIndex';
import { compareDates, type ReferenceDocument } from './references';

/** Below this many letters and digits a quotation is only ever exact or not found. */
export const MIN_COMPARED = 8;
/** Longer quotations are not looked up (a whole chapter in a block quote). */
export const MAX_COMPARED = 600;

export interface SourcePassage {
  readonly doc: ReferenceDocument;
  /** The passage in doc.text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the file where the passage starts. */
  readonly line: number;
  /** The passage as the document writes it (its punctuation included). */
  readonly text: string;
  /** The sentence around it. */
  readonly sentence: string;
  /** Letters and digits of the passage. */
  readonly normalized: string;
  readonly distance: number;
}

export interface QuoteCheck {
  readonly status: 'exact' | 'different' | 'not-found';
  /** Letters and digits of the quotation. */
  readonly normalized: string;
  /** The closest passage (exact or different). */
  readonly source?: SourcePassage;
  /** For `different`: what differs, word by word. */
  readonly differences: readonly QuoteDifference[];
  /** Other wordings of the passage in other documents, oldest first. */
  readonly versions: readonly SourcePassage[];
  /** How many documents hold the source's wording. */
  readonly sameIn: number;
}

const NOT_FOUND = (normalized: string): QuoteCheck => ({ status: 'not-found', normalized, differences: [], versions: [], sameIn: 0 });

/** The greatest edit distance still called "close" for a quotation of m characters. */
export function closeEnough(m: number): number {
  return Math.max(4, Math.floor(m * 0.3));
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[。！？\n]/u.test(text[s - 1]) && start - s < 300) s--;
  let e = end;
  while (e < text.length && !/[。！？\n]/u.test(text[e - 1] ?? '') && e - end < 300) e++;
  return text.slice(s, e).trim();
}

function passage(index: ReferenceIndex, w: Window, refStart: number, refEnd: number, distance: number): SourcePassage {
  const start = w.offsets[refStart];
  const endChar = w.offsets[refEnd - 1];
  let end = endChar + 1;
  // Keep a surrogate pair whole.
  if (end < w.doc.text.length && /[\uDC00-\uDFFF]/.test(w.doc.text[end])) end++;
  return {
    doc: w.doc,
    start,
    end,
    line: index.lineOf(w.doc, start),
    text: w.doc.text.slice(start, end),
    sentence: sentenceAround(w.doc.text, start, end),
    normalized: w.text.slice(refStart, refEnd),
    distance,
  };
}

/** Characters of the quotation before the passage's first and after its last matched character. */
function overhang(al: Alignment): number {
  const cols = al.columns;
  let n = 0;
  for (let k = 0; k < cols.length && cols[k][1] < 0; k++) n++;
  for (let k = cols.length - 1; k >= 0 && cols[k][1] < 0; k--) n++;
  return n;
}

/** Check a quotation (as written, punctuation and all) against the index. */
export function checkQuotation(quoted: string, index: ReferenceIndex): QuoteCheck {
  const q = normalize(quoted).text;
  const m = q.length;
  if (m === 0 || m > MAX_COMPARED || index.documentCount === 0) return NOT_FOUND(q);
  const limit = m > 200 ? 3 : 12;
  const slack = Math.ceil(m / 3) + 12;
  type Scored = { w: Window; al: ReturnType<typeof alignSemiGlobal> };
  const align = (windows: readonly Window[]): Scored[] => {
    const out: Scored[] = [];
    for (const w of windows) {
      if (w.text.length === 0) continue;
      const al = alignSemiGlobal(q, w.text);
      if (al.refEnd > al.refStart) out.push({ w, al });
    }
    return out;
  };
  let windows = index.candidates(q, limit, slack);
  let scored = align(windows);
  // A sentence repeated, with variations, in many documents fills the first candidates: when none
  // of them is exact, look further.
  if (windows.length === limit && !scored.some((s) => s.al.distance === 0) && m <= 200) {
    windows = index.candidates(q, limit * 4, slack);
    scored = align(windows);
  }
  // Closest first; among equals the passage that spans the whole quotation (rather than one the
  // quotation runs past), then the latest document (the current wording).
  scored.sort((a, b) => a.al.distance - b.al.distance || overhang(a.al) - overhang(b.al) || compareDates(b.w.doc.date, a.w.doc.date));
  const best = scored[0];
  if (!best) return NOT_FOUND(q);
  const limitDistance = m < MIN_COMPARED ? 0 : closeEnough(m);
  if (best.al.distance > limitDistance) return NOT_FOUND(q);
  const source = passage(index, best.w, best.al.refStart, best.al.refEnd, best.al.distance);
  // Other wordings: close passages in other documents whose letters differ from the source's.
  const byWording = new Map<string, SourcePassage>();
  const docsWithSource = new Set<string>([source.doc.id]);
  for (const s of scored.slice(1)) {
    if (s.al.distance > limitDistance) continue;
    // Another wording covers the whole quotation: a passage that stops short of its first or last
    // character is a neighbouring sentence, not a version of this one.
    const cols = s.al.columns;
    if (cols[0][1] < 0 || cols[cols.length - 1][1] < 0) continue;
    const p = passage(index, s.w, s.al.refStart, s.al.refEnd, s.al.distance);
    if (p.normalized === source.normalized) {
      docsWithSource.add(p.doc.id);
      continue;
    }
    if (p.doc.id === source.doc.id) continue;
    // The same sentence worded otherwise: the two passages are close to each other.
    const between = alignSemiGlobal(p.normalized, source.normalized);
    if (between.distance > closeEnough(Math.max(p.normalized.length, source.normalized.length))) continue;
    const known = byWording.get(p.normalized);
    if (!known || compareDates(p.doc.date, known.doc.date) > 0) byWording.set(p.normalized, p);
  }
  const versions = [...byWording.values()].sort((a, b) => compareDates(a.doc.date, b.doc.date));
  if (best.al.distance === 0) {
    return { status: 'exact', normalized: q, source, differences: [], versions, sameIn: docsWithSource.size };
  }
  return {
    status: 'different',
    normalized: q,
    source,
    differences: differences(q, best.w.text, best.al),
    versions,
    sameIn: docsWithSource.size,
  };
}
