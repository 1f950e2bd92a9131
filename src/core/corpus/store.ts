/**
 * The speech corpus in memory, searched by exact phrase. All bodies are kept in one string with
 * a table of line starts: V8's string search over it answers a phrase in a few milliseconds even
 * for tens of megabytes (see `npm run bench:corpus`), with no index to build or keep in sync.
 */
import type { CorpusDocument, CorpusHit, CorpusSearcher } from './types';
import { lastAtOrBefore } from '../sorted';
import { splitFrontMatter } from '../frontMatter';

/**
 * A title whose year was stripped where it was copied from (范文 sites often drop the digits:
 * “在年全市疫情防控工作电视电话会上的讲话”): the dangling 年 is left out of the title shown, so a
 * hover reads “在全市…”, not “在年全市…”. A 年 that starts a word (年度, 年初, 年终 …) stays.
 */
export function repairTitle(title: string): string {
  return title.replace(/(^|在)年(?![度初末中终底内前后份会轻代级龄来间])/, '$1');
}

export function parseCorpusFile(id: string, uri: string, text: string, origin: CorpusDocument['origin']): CorpusDocument {
  const { meta, body, bodyLine } = splitFrontMatter(text);
  const firstLine = body.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '').trim() ?? id;
  return {
    id,
    uri,
    title: repairTitle(meta.title || firstLine),
    year: meta.year && /^\d{4}$/.test(meta.year) ? Number(meta.year) : undefined,
    occasion: meta.occasion || undefined,
    speakerRole: meta.speakerRole || undefined,
    origin,
    text: body,
    bodyLine,
  };
}

export class CorpusStore implements CorpusSearcher {
  private docs: CorpusDocument[] = [];
  private text = '';
  /** Offset in `text` where each document starts; and every line start (global). */
  private docStarts: number[] = [];
  private lineStarts: number[] = [];
  private dirty = false;

  get documentCount(): number {
    return this.docs.length;
  }

  get documents(): readonly CorpusDocument[] {
    return this.docs;
  }

  /** Add or replace documents (by id), or remove ids. */
  update(add: readonly CorpusDocument[], removeIds: readonly string[] = []): void {
    const drop = new Set([...removeIds, ...add.map((d) => d.id)]);
    this.docs = [...this.docs.filter((d) => !drop.has(d.id)), ...add];
    this.dirty = true;
  }

  private build(): void {
    if (!this.dirty) return;
    const parts: string[] = [];
    this.docStarts = [];
    let pos = 0;
    for (const d of this.docs) {
      this.docStarts.push(pos);
      parts.push(d.text, '\n\u0000\n');
      pos += d.text.length + 3;
    }
    this.text = parts.join('');
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    this.dirty = false;
  }

  search(query: string, options: { readonly limit?: number } = {}): CorpusHit[] {
    const q = query.trim();
    if (!q || q.includes('\n')) return [];
    this.build();
    const limit = options.limit ?? 50;
    const hits: CorpusHit[] = [];
    let lastLine = -1;
    for (let at = this.text.indexOf(q); at >= 0 && hits.length < limit; at = this.text.indexOf(q, at + q.length)) {
      const line = lastAtOrBefore(this.lineStarts, at);
      if (line === lastLine) continue;
      lastLine = line;
      const di = lastAtOrBefore(this.docStarts, at);
      const doc = this.docs[di];
      const lineStart = this.lineStarts[line];
      const lineEnd = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
      const full = this.text.slice(lineStart, lineEnd);
      // A window of the line around the match.
      const from = Math.max(0, at - lineStart - 40);
      const to = Math.min(full.length, at - lineStart + q.length + 40);
      const context = full.slice(from, to);
      const docFirstLine = lastAtOrBefore(this.lineStarts, this.docStarts[di]);
      hits.push({
        docId: doc.id,
        uri: doc.uri,
        title: doc.title,
        line: doc.bodyLine + (line - docFirstLine),
        context,
        matchStart: at - lineStart - from,
        matchEnd: at - lineStart - from + q.length,
      });
    }
    return hits;
  }
}
