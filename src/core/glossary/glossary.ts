/**
 * Loading, validating and looking up glossary entries. The built-in glossary is the record layer
 * (corpus/glossary.mined.json, generated from the official record) with the curated layer
 * (corpus/glossary.json) on top; a user glossary (.speechdrafter-glossary.json in the workspace)
 * adds or overrides entries by term. A definition (meaning, origin, date) needs a source with an
 * address; an unconfirmed entry carries none: only its name and a note.
 */
import * as l10n from '@vscode/l10n';
import curated from '../../../corpus/glossary.json';
import mined from '../../../corpus/glossary.mined.json';
import type { RuleExample } from '../rule';
import type { ConfigProblem } from '../types';
import type { GlossaryEntry, GlossaryFile, GlossaryScope, GlossaryStatus, RecordRef } from './types';

export const USER_GLOSSARY_FILE = '.speechdrafter-glossary.json';
const STATUSES: readonly GlossaryStatus[] = ['current', 'changed', 'historical', 'outdated', 'unconfirmed'];
const SCOPES: readonly GlossaryScope[] = ['national', 'local', 'sector'];
const DEFINING: ReadonlyArray<keyof GlossaryEntry> = ['members', 'wording', 'meaning', 'origin', 'date', 'source', 'sources'];
/** Fields that state a fact about the formulation and so need a source with an address. */
const NEEDS_SOURCE: ReadonlyArray<keyof GlossaryEntry> = ['meaning', 'origin', 'date'];
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const ADDRESS_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
}

/** Validate raw JSON into entries; each bad entry is dropped with a problem. */
export function parseGlossary(raw: unknown, source: string): { entries: GlossaryEntry[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const list = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) {
    problems.push({ source, message: l10n.t('Expected an object with an "entries" list; the file is ignored.') });
    return { entries, problems };
  }
  list.forEach((e: unknown, i) => {
    const key = `entries[${i}]`;
    const o = e as Record<string, unknown>;
    if (!o || typeof o !== 'object' || typeof o.term !== 'string' || !o.term.trim()) {
      problems.push({ source, key, message: l10n.t('An entry needs a "term"; it is ignored.') });
      return;
    }
    const status = o.status as GlossaryStatus | undefined;
    if (status !== undefined && !STATUSES.includes(status)) {
      problems.push({ source, key, message: l10n.t('"status" must be current, changed, historical, outdated or unconfirmed; the entry is ignored.') });
      return;
    }
    if (o.scope !== undefined && !SCOPES.includes(o.scope as GlossaryScope)) {
      problems.push({ source, key, message: l10n.t('"scope" must be national, local or sector; the entry is ignored.') });
      return;
    }
    for (const k of ['aliases', 'members', 'outdatedMembers'] as const) {
      if (o[k] !== undefined && !isStringList(o[k])) {
        problems.push({ source, key: `${key}.${k}`, message: l10n.t('Expected a list of texts; the entry is ignored.') });
        return;
      }
    }
    for (const k of ['date', 'changedOn', 'outdatedSince'] as const) {
      if (o[k] !== undefined && (typeof o[k] !== 'string' || !DATE_RE.test(o[k] as string))) {
        problems.push({ source, key: `${key}.${k}`, message: l10n.t('Expected a date as YYYY, YYYY-MM or YYYY-MM-DD; the entry is ignored.') });
        return;
      }
    }
    if (o.sources !== undefined && (!Array.isArray(o.sources) || !o.sources.every((x) => x && typeof x === 'object' && typeof (x as { url?: unknown }).url === 'string' && ADDRESS_RE.test((x as { url: string }).url)))) {
      problems.push({ source, key: `${key}.sources`, message: l10n.t('Each source needs an address ("url": "https://…"); the entry is ignored.') });
      return;
    }
    if (status === 'unconfirmed' && DEFINING.some((k) => o[k] !== undefined)) {
      problems.push({ source, key, message: l10n.t('An unconfirmed entry may not carry members, wording, meaning, origin, date or sources; the entry is ignored.') });
      return;
    }
    const stated = NEEDS_SOURCE.filter((k) => o[k] !== undefined);
    if (stated.length && !(Array.isArray(o.sources) && o.sources.length > 0)) {
      problems.push({ source, key, message: l10n.t('{0} needs a source with an address ("sources": [{ "url": "https://…" }]); the entry is ignored.', stated.join(', ')) });
      return;
    }
    if (o.examples !== undefined) {
      const ex = o.examples as Record<string, unknown>;
      const lists = ex && typeof ex === 'object' && !Array.isArray(ex) ? (['flag', 'pass'] as const).map((k) => ex[k]) : [null];
      const one = (x: unknown) => (typeof x === 'string' && x.length > 0) || (!!x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string');
      if (!lists.every((l) => l === undefined || (Array.isArray(l) && l.every(one)))) {
        problems.push({ source, key: `${key}.examples`, message: l10n.t('"examples" must be {"flag": [...], "pass": [...]}, each a text or {"text": "..."}; the entry is ignored.') });
        return;
      }
      // A bare text is the example { text }.
      const norm = (l: unknown) => (l === undefined ? undefined : (l as unknown[]).map((x) => (typeof x === 'string' ? { text: x } : x)));
      entries.push({ ...(o as unknown as GlossaryEntry), examples: { ...(ex.flag !== undefined ? { flag: norm(ex.flag) as RuleExample[] } : {}), ...(ex.pass !== undefined ? { pass: norm(ex.pass) as RuleExample[] } : {}) } });
      return;
    }
    entries.push(o as unknown as GlossaryEntry);
  });
  return { entries, problems };
}

const earlier = (a: RecordRef | undefined, b: RecordRef | undefined) => (!a ? b : !b ? a : b.year < a.year ? b : a);
const later = (a: RecordRef | undefined, b: RecordRef | undefined) => (!a ? b : !b ? a : b.year > a.year ? b : a);

/**
 * The curated layer on top of the record layer: a curated entry takes the mined one of its term
 * (and of its aliases) and adds or replaces what it states; the record's facts (first and last
 * use, history) stay the mined ones.
 */
export function layerGlossary(record: readonly GlossaryEntry[], curatedEntries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const byTerm = new Map(record.map((e) => [e.term, e]));
  const out = new Map<string, GlossaryEntry>();
  const absorbed = new Set<string>();
  for (const c of curatedEntries) {
    const names = [c.term, ...(c.aliases ?? [])];
    const found = names.map((n) => byTerm.get(n)).filter((e): e is GlossaryEntry => !!e);
    for (const n of names) absorbed.add(n);
    if (!found.length) {
      out.set(c.term, c);
      continue;
    }
    const own = byTerm.get(c.term) ?? found[0];
    const firstUse = found.reduce<RecordRef | undefined>((a, e) => earlier(a, e.firstUse), undefined);
    const lastUse = found.reduce<RecordRef | undefined>((a, e) => later(a, e.lastUse), undefined);
    const mergedKind = c.kind ?? own.kind;
    out.set(c.term, {
      ...own,
      ...c,
      kind: mergedKind,
      members: c.members ?? own.members,
      firstUse,
      lastUse,
      documents: Math.max(...found.map((e) => e.documents ?? 0)),
      history: own.history,
      membersFirst: own.membersFirst,
    });
  }
  for (const e of record) if (!absorbed.has(e.term)) out.set(e.term, e);
  return [...out.values()];
}

export class Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Term or alias → entry, and the names by first character, longest first. */
  private readonly byName = new Map<string, GlossaryEntry>();
  private readonly byFirst = new Map<string, string[]>();

  constructor(entries: readonly GlossaryEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      for (const name of [e.term, ...(e.aliases ?? [])]) {
        this.byName.set(name, e);
        const list = this.byFirst.get(name[0]) ?? [];
        list.push(name);
        this.byFirst.set(name[0], list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  get(name: string): GlossaryEntry | undefined {
    return this.byName.get(name);
  }

  /** Every term or alias in `text`, longest first at each position, not overlapping. */
  find(text: string): Array<{ start: number; end: number; name: string; entry: GlossaryEntry }> {
    const out: Array<{ start: number; end: number; name: string; entry: GlossaryEntry }> = [];
    for (let i = 0; i < text.length; i++) {
      const names = this.byFirst.get(text[i]);
      if (!names) continue;
      const name = names.find((n) => text.startsWith(n, i));
      if (!name) continue;
      out.push({ start: i, end: i + name.length, name, entry: this.byName.get(name)! });
      i += name.length - 1;
    }
    return out;
  }

  /** The term or alias covering `offset` in `text`. */
  at(text: string, offset: number): { start: number; end: number; name: string; entry: GlossaryEntry } | undefined {
    const from = Math.max(0, offset - 24);
    return this.find(text.slice(from, offset + 24))
      .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
      .find((m) => m.start <= offset && offset <= m.end);
  }
}

let builtinGlossary: Glossary | undefined;
let builtinList: GlossaryEntry[] | undefined;

/** The record layer as generated (national, from the official record). */
export function minedEntries(): GlossaryEntry[] {
  return (mined as unknown as { entries: GlossaryEntry[] }).entries.map((e) => ({ ...e, scope: 'national' as const }));
}

/** The curated layer as written (validated). */
export function curatedEntries(): GlossaryEntry[] {
  return parseGlossary(curated as unknown as GlossaryFile, 'corpus/glossary.json').entries;
}

/** The built-in glossary: the record layer with the curated one on top (computed once). */
export function builtinEntries(): GlossaryEntry[] {
  builtinList ??= layerGlossary(minedEntries(), curatedEntries());
  return builtinList;
}

export function defaultGlossary(): Glossary {
  builtinGlossary ??= new Glossary(builtinEntries());
  return builtinGlossary;
}

/** Built-in entries with the user's added or overriding (by term). */
export function mergeGlossaries(base: readonly GlossaryEntry[], user: readonly GlossaryEntry[]): Glossary {
  return new Glossary(layerGlossary(base, user));
}
