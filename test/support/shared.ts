/**
 * Readers for the material in ../shared/ (beside the repository, never copied into it): the
 * official record (government work reports and congress reports) and the hand-labelled devset.
 * Every reader returns undefined when the folder is absent, so a suite can skip with the reason.
 * SPEECH_DRAFTER_SHARED names another location.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The shared folder, or undefined when it is not there. */
export function sharedDir(): string | undefined {
  const dir = process.env.SPEECH_DRAFTER_SHARED ?? path.resolve(repoRoot, '..', 'shared');
  return fs.existsSync(dir) ? dir : undefined;
}

export const SHARED_MISSING = 'the shared material (../shared/) is not present beside the repository';

export interface OfficialRecord {
  /** Title as the record gives it. */
  readonly title: string;
  /** 'report' (政府工作报告), 'resolution' (the NPC's resolution on one), or 'congress'. */
  readonly kind: 'report' | 'resolution' | 'congress';
  /** Year of the document when the record knows it (congress reports: the congress's year). */
  readonly year: number | undefined;
  /** Congress number for congress reports. */
  readonly congress: number | undefined;
  /** The text, with Wikisource's licence tail cut off. */
  readonly text: string;
  /** The Wikisource page it was transcribed from. */
  readonly url?: string;
}

/** Years of the CPC National Congresses 1–20. */
export const CONGRESS_YEARS: readonly number[] = [
  1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022,
];

/**
 * Cuts the Wikisource tail: after the last run of four or more empty lines, a tail that starts
 * with the licence template (本作品…, 这部作品…, 注：中文维基文库…, Public domain …) is removed.
 */
export function cutWikisourceTail(content: string): string {
  const tail = /\n(?:[ \t]*\n){3,}(?=[^\n]*(?:本作品|这部作品|這部作品|中文维基文库|Public domain|↑))/;
  const m = tail.exec(content);
  const text = m ? content.slice(0, m.index) : content;
  return text.replace(/\s+$/, '') + '\n';
}

let officialCache: OfficialRecord[] | undefined;

/** Every record of the official record, or undefined when ../shared/official/ is absent. */
export function officialRecords(): OfficialRecord[] | undefined {
  if (officialCache) return officialCache;
  const dir = sharedDir();
  if (!dir || !fs.existsSync(path.join(dir, 'official'))) return undefined;
  const out: OfficialRecord[] = [];
  const read = (file: string) =>
    fs.readFileSync(path.join(dir, 'official', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const r of read('government_work_reports.jsonl')) {
    const year = typeof r.year === 'number' ? r.year : Number(/^(\d{4})/.exec(r.title)?.[1]) || undefined;
    out.push({ title: r.title, kind: r.year == null ? 'resolution' : 'report', year, congress: undefined, text: cutWikisourceTail(r.content), url: r.url });
  }
  for (const r of read('cpc_congress_reports.jsonl')) {
    const congress = typeof r.congress === 'number' ? r.congress : undefined;
    out.push({
      title: r.title,
      kind: 'congress',
      year: congress ? CONGRESS_YEARS[congress - 1] : undefined,
      congress,
      text: cutWikisourceTail(r.content),
      url: r.url,
    });
  }
  officialCache = out;
  return out;
}

export interface DevsetLabels {
  readonly source?: string;
  /** 1-based line, 1-based column in code points. */
  readonly placeholders: readonly { line: number; col: number; text: string }[];
  /** 1-based lines wholly added by the site. */
  readonly boilerplate_lines: readonly number[];
  readonly boilerplate_segments: readonly { line: number; col: number; text: string }[];
  readonly doubtful?: readonly { line: number; note?: string }[];
}

export interface DevsetPage {
  /** 'partA' or 'partB'. */
  readonly part: string;
  readonly name: string;
  readonly text: string;
  readonly labels: DevsetLabels;
}

export interface DevsetClean {
  readonly part: string;
  readonly name: string;
  readonly text: string;
}

/** Labelled pages and clean texts of ../shared/devset/, or undefined when absent. */
export function devset(): { pages: DevsetPage[]; clean: DevsetClean[] } | undefined {
  const dir = sharedDir();
  const root = dir && path.join(dir, 'devset');
  if (!root || !fs.existsSync(root)) return undefined;
  const pages: DevsetPage[] = [];
  const clean: DevsetClean[] = [];
  for (const part of fs.readdirSync(root).filter((p) => fs.statSync(path.join(root, p)).isDirectory()).sort()) {
    const labels = JSON.parse(fs.readFileSync(path.join(root, part, 'labels.json'), 'utf8')) as Record<string, DevsetLabels>;
    for (const name of Object.keys(labels).sort()) {
      const file = path.join(root, part, name);
      if (!fs.existsSync(file)) continue;
      const l = labels[name];
      pages.push({
        part,
        name,
        text: fs.readFileSync(file, 'utf8'),
        labels: { ...l, placeholders: l.placeholders ?? [], boilerplate_lines: l.boilerplate_lines ?? [], boilerplate_segments: l.boilerplate_segments ?? [] },
      });
    }
    const cleanDir = path.join(root, part, 'clean');
    if (fs.existsSync(cleanDir)) {
      for (const name of fs.readdirSync(cleanDir).filter((f) => f.endsWith('.txt')).sort()) {
        clean.push({ part, name, text: fs.readFileSync(path.join(cleanDir, name), 'utf8') });
      }
    }
  }
  return { pages, clean };
}
