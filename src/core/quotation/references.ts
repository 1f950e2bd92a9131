/**
 * Reference documents: the authoritative texts quotations are checked against (the drafter's
 * folders in the setting `referencePaths`). Each has a title and, when it can be told, a date:
 * from front matter (`title:`, `date:`, `year:`), else from its first lines (a short title line,
 * a date line such as （2022年10月16日）, a year in the title), else from the file name
 * (`2022-10-16 报告.txt`, `2025年政府工作报告.docx`).
 */
import { splitFrontMatter } from '../frontMatter';

export interface ReferenceDocument {
  /** Stable id (the file's URI or path). */
  readonly id: string;
  /** Where to open it: a file path or a URI string. */
  readonly uri: string;
  readonly title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; undefined when nothing tells. */
  readonly date: string | undefined;
  /** The body text (front matter removed, line ends as \n). */
  readonly text: string;
  /** 0-based line of the file where `text` starts. */
  readonly bodyLine: number;
}

const FULL_DATE = /((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?/u;
const YEAR = /((?:19|20)\d{2})\s*年/u;
const NAME_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/u;

function pad(n: string): string {
  return n.length === 1 ? '0' + n : n;
}

function dateOf(m: RegExpExecArray): string | undefined {
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
}

/** A date written in front matter: 2022-10-16, 2022-10, 2022, 2022年10月16日. */
function parseDateValue(v: string): string | undefined {
  const full = FULL_DATE.exec(v);
  if (full) return dateOf(full);
  const ym = /^((?:19|20)\d{2})-(\d{1,2})$/.exec(v.trim());
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `${ym[1]}-${pad(ym[2])}`;
  const y = /((?:19|20)\d{2})/.exec(v);
  return y ? y[1] : undefined;
}

/** The file name without folders and extension. */
function baseName(pathOrUri: string): string {
  const last = pathOrUri.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? pathOrUri;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    /* keep as written */
  }
  return name.replace(/\.(txt|md|markdown|docx)$/i, '');
}

/** Read title and date of a reference file's text. `uri` also gives the file name. */
export function parseReferenceFile(id: string, uri: string, text: string): ReferenceDocument {
  const fm = splitFrontMatter(text);
  const { body, bodyLine } = fm;
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(fm.meta)) meta[k.toLowerCase()] = v;
  const name = baseName(uri);

  let title = meta.title?.trim() || undefined;
  let date = meta.date ? parseDateValue(meta.date) : meta.year ? parseDateValue(meta.year) : undefined;

  // The first lines: a short title line and a date line near it.
  const head: string[] = [];
  for (let at = 0, k = 0; k < 8 && at < body.length; k++) {
    const nl = body.indexOf('\n', at);
    const line = body.slice(at, nl < 0 ? body.length : nl).replace(/^#+\s*/, '').trim();
    at = nl < 0 ? body.length : nl + 1;
    if (line) head.push(line);
    else k--;
    if (head.length >= 6) break;
  }
  if (!title && head.length && head[0].length <= 60 && !/[。！？；：:，,、]$/u.test(head[0])) title = head[0];
  if (!date) {
    for (const line of head) {
      if (line.length > 80) continue;
      const m = FULL_DATE.exec(line);
      const d = m && dateOf(m);
      if (d) {
        date = d;
        break;
      }
    }
  }
  if (!date && title) {
    const y = YEAR.exec(title);
    if (y) date = y[1];
  }
  if (!date) {
    const full = FULL_DATE.exec(name);
    const d = full && dateOf(full);
    if (d) date = d;
    else {
      const y = NAME_YEAR.exec(name);
      if (y) date = y[1];
    }
  }
  if (!title) title = name.replace(/^(?:19|20)\d{2}(?:[-.]\d{1,2}){0,2}[\s_-]*/, '').trim() || name;
  return { id, uri, title, date, text: body, bodyLine };
}

/** Compare two dates of different precision: by their text (YYYY < YYYY-MM < YYYY-MM-DD of the same year sort together). */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
