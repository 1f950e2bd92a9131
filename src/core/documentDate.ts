/**
 * The date a document speaks from: a date line in the text (2023年1月5日, （2023年1月5日）,
 * 2023-01-05, a month: 2023年5月, 2023-05, a year: 2023年, near the top or the bottom), else a year
 * in the title (2023年在全市…), else the configured date (YYYY, YYYY-MM or YYYY-MM-DD), else today.
 * Precision is kept: a year alone is a year, not a day.
 */
import { isBlank } from './chars';
import type { Line, SourceDocument } from './document';

export interface DocDate {
  readonly year: number;
  /** Absent when only the year is known. */
  readonly month?: number;
  readonly day?: number;
  /** Where it came from, for messages. */
  readonly source: 'text' | 'title' | 'setting' | 'today';
}

const DATE_LINE = /^[\s（(]*((?:19|20)\d{2})\s*(?:[年\-./]\s*(\d{1,2})\s*(?:[月\-./]\s*(\d{1,2})\s*日?|月)?|年)[\s）)]*$/u;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年?(?:度)?/u;

export function documentDate(doc: SourceDocument, configured: string | undefined, today = new Date()): DocDate {
  // The first six and the last four prose lines with text (found from each end, not by a pass over all).
  const isText = (l: Line) => l.zone === 'prose' && !isBlank(l.text);
  const first: Line[] = [];
  for (let i = 0; i < doc.lines.length && first.length < 6; i++) if (isText(doc.lines[i])) first.push(doc.lines[i]);
  const last: Line[] = [];
  for (let i = doc.lines.length - 1; i >= 0 && last.length < 4; i--) if (isText(doc.lines[i])) last.unshift(doc.lines[i]);
  // A short document: its lines are in both lists (as slices of one list would give them).
  const candidates = [...first, ...last];
  const prose = first;
  for (const l of candidates) {
    const m = DATE_LINE.exec(l.text);
    if (m && (!m[2] || (+m[2] >= 1 && +m[2] <= 12))) return { year: +m[1], ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}), source: 'text' };
  }
  // The title is among the first short lines (a pasted page may start with navigation).
  for (const l of prose.slice(0, 3)) {
    const t = l.text.length <= 80 ? TITLE_YEAR.exec(l.text) : null;
    if (t) return { year: +t[1], source: 'title' };
  }
  if (configured) {
    const [y, m, d] = configured.split('-').map(Number);
    return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}), source: 'setting' };
  }
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate(), source: 'today' };
}

/**
 * Whether the document is certainly on or after `date` (YYYY, YYYY-MM or YYYY-MM-DD). What the
 * document's date leaves open counts as before: a year alone is after 2020-10 only from 2021 on.
 */
export function isOnOrAfter(d: DocDate, date: string): boolean {
  const [y, m, day] = date.split('-').map(Number);
  if (d.year !== y) return d.year > y;
  if (m === undefined || Number.isNaN(m)) return true;
  if (d.month === undefined) return false;
  if (d.month !== m) return d.month > m;
  if (day === undefined || Number.isNaN(day)) return true;
  return d.day !== undefined && d.day >= day;
}
