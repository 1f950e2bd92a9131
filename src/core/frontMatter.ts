/**
 * Front matter (--- … --- at the top of a file): simple `key: value` lines, values bare or quoted
 * ("JSON" or 'single'). The one reader for corpus speeches and reference documents.
 */
export interface FrontMatter {
  /** Keys as written. */
  readonly meta: Record<string, string>;
  /** The text after the front matter (line ends normalized to LF, a leading BOM dropped). */
  readonly body: string;
  /** 0-based line of `body`'s first line in the file. */
  readonly bodyLine: number;
}

export function splitFrontMatter(text: string): FrontMatter {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  const meta: Record<string, string> = {};
  if (!fm) return { meta, body: normalized, bodyLine: 0 };
  for (const line of fm[1].split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if (v.startsWith('"')) {
      try {
        v = JSON.parse(v) as string;
      } catch {
        /* keep as written */
      }
    } else if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.slice(1, -1);
    }
    meta[m[1]] = v;
  }
  return { meta, body: normalized.slice(fm[0].length), bodyLine: fm[0].split('\n').length - 1 };
}
