/**
 * A glossary of fixed formulations (提法). Two layers: corpus/glossary.mined.json, generated from
 * the official record (first and last use, members spelled out, changes of wording), and
 * corpus/glossary.json, curated on top (meaning, origin, status, sources); the user's
 * .speechdrafter-glossary.json adds or overrides entries by term.
 */
import type { RuleExample } from '../rule';

export type GlossaryStatus = 'current' | 'changed' | 'historical' | 'outdated' | 'unconfirmed';
/** national: the central record; local: a province's or a city's; sector: one field's (epidemic control, health). */
export type GlossaryScope = 'national' | 'local' | 'sector';

/** A document of the official record. */
export interface RecordRef {
  readonly title: string;
  readonly year: number;
  readonly url?: string;
}

/** Where a curated fact can be checked: an address, and what the page is. */
export interface SourceRef {
  readonly url: string;
  readonly title?: string;
}

/** One change of the spelled-out members from one document of the record to the next. */
export interface WordingChange {
  readonly year: number;
  readonly title: string;
  readonly members: readonly string[];
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
  readonly renamed?: ReadonlyArray<readonly [string, string]>;
  readonly reordered?: boolean;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly aliases?: readonly string[];
  /** The members in their fixed order. */
  readonly members?: readonly string[];
  /** Members of an earlier wording, outdated from `changedOn` (date-aware). */
  readonly outdatedMembers?: readonly string[];
  /** The full official wording when it is not just the members joined. */
  readonly wording?: string;
  /** numbered, slogan, named, enumeration (mined), or a curated label (政治提法, 防控措施 …). */
  readonly kind?: string;
  readonly scope?: GlossaryScope;
  /** One sentence on what it means. Needs a source. */
  readonly meaning?: string;
  /** Where and when it was first stated, when the record does not hold it. Needs a source. */
  readonly origin?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD of the origin. */
  readonly date?: string;
  readonly sources?: readonly SourceRef[];
  /** A source named without an address (older files); shown, but it does not carry a definition. */
  readonly source?: string;
  /** Absent on mined entries nobody has curated: the record's first and last use stand instead. */
  readonly status?: GlossaryStatus;
  /** For status changed/outdated/historical: since when (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly changedOn?: string;
  /** For status changed: the wording now in use. */
  readonly newWording?: string;
  /** Older name of changedOn, still read. */
  readonly outdatedSince?: string;
  readonly note?: string;
  /** From the official record (mined). */
  readonly firstUse?: RecordRef;
  readonly lastUse?: RecordRef;
  readonly documents?: number;
  /** Where the members are first spelled out, when that is not the first use. */
  readonly membersFirst?: RecordRef;
  readonly history?: readonly WordingChange[];
  /** Texts the member check must flag / must not flag, in the one example shape of the rules (a bare text is read as `{ text }`). */
  readonly examples?: { readonly flag?: readonly RuleExample[]; readonly pass?: readonly RuleExample[] };
}

export interface GlossaryFile {
  readonly entries: readonly GlossaryEntry[];
}
