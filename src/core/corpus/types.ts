/** Shared shapes of the speech corpus: documents, search hits and the searcher interface. */

export interface CorpusDocument {
  /** Stable id: the file's path relative to its corpus root, or its URI for user folders. */
  readonly id: string;
  /** Where to open it: a file path or a URI string. */
  readonly uri: string;
  readonly title: string;
  readonly year?: number;
  readonly occasion?: string;
  readonly speakerRole?: string;
  /** Which corpus it belongs to: the built-in one or a user folder. */
  readonly origin: 'builtin' | 'user';
  /** The body text (front matter removed). */
  readonly text: string;
  /** Line number (0-based) in the file where `text` starts (after front matter). */
  readonly bodyLine: number;
}

export interface CorpusHit {
  readonly docId: string;
  readonly uri: string;
  readonly title: string;
  /** 0-based line in the file (front matter counted). */
  readonly line: number;
  /** The line (or the sentence around the match) as context. */
  readonly context: string;
  /** The match inside `context`, UTF-16 offsets. */
  readonly matchStart: number;
  readonly matchEnd: number;
}

export interface CorpusSearcher {
  /** Hits for `query` (Chinese text or a phrase), best first. */
  search(query: string, options?: { readonly limit?: number }): CorpusHit[];
  readonly documentCount: number;
}
