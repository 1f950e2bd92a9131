/** A glossary of fixed formulations (提法): corpus/glossary.json and the user's own file. */
export type GlossaryStatus = 'current' | 'historical' | 'outdated' | 'unconfirmed';

export interface GlossaryEntry {
  readonly term: string;
  readonly aliases?: readonly string[];
  /** The members in their fixed order. */
  readonly members?: readonly string[];
  /** Members of an earlier wording, flagged by outdated-term instead (date-aware). */
  readonly outdatedMembers?: readonly string[];
  /** The full official wording when it is not just the members joined. */
  readonly wording?: string;
  readonly kind?: string;
  readonly origin?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly source?: string;
  readonly status: GlossaryStatus;
  readonly outdatedSince?: string;
  readonly note?: string;
  /** Texts the member check must flag / must not flag. */
  readonly examples?: { readonly flag?: readonly string[]; readonly pass?: readonly string[] };
}

export interface GlossaryFile {
  readonly entries: readonly GlossaryEntry[];
}
