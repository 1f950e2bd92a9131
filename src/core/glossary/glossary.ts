/**
 * Loading, validating and looking up glossary entries. The built-in glossary is corpus/glossary.json;
 * a user glossary (.speechdrafter-glossary.json in the workspace) adds or overrides entries by term.
 * An unconfirmed entry never carries a definition: only its name and a note.
 */
import * as l10n from '@vscode/l10n';
import builtin from '../../../corpus/glossary.json';
import type { ConfigProblem } from '../types';
import type { GlossaryEntry, GlossaryFile, GlossaryStatus } from './types';

export const USER_GLOSSARY_FILE = '.speechdrafter-glossary.json';
const STATUSES: readonly GlossaryStatus[] = ['current', 'historical', 'outdated', 'unconfirmed'];
const DEFINING: ReadonlyArray<keyof GlossaryEntry> = ['members', 'wording', 'origin', 'date', 'source'];

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
    const status = (o.status ?? 'current') as GlossaryStatus;
    if (!STATUSES.includes(status)) {
      problems.push({ source, key, message: l10n.t('"status" must be current, historical, outdated or unconfirmed; the entry is ignored.') });
      return;
    }
    for (const k of ['aliases', 'members', 'outdatedMembers'] as const) {
      if (o[k] !== undefined && !isStringList(o[k])) {
        problems.push({ source, key: `${key}.${k}`, message: l10n.t('Expected a list of texts; the entry is ignored.') });
        return;
      }
    }
    if (status === 'unconfirmed' && DEFINING.some((k) => o[k] !== undefined)) {
      problems.push({ source, key, message: l10n.t('An unconfirmed entry may not carry members, wording, origin, date or source; the entry is ignored.') });
      return;
    }
    entries.push(o as unknown as GlossaryEntry);
  });
  return { entries, problems };
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

/** The built-in glossary (validated once). */
export function builtinEntries(): GlossaryEntry[] {
  return parseGlossary(builtin as unknown as GlossaryFile, 'corpus/glossary.json').entries;
}

export function defaultGlossary(): Glossary {
  builtinGlossary ??= new Glossary(builtinEntries());
  return builtinGlossary;
}

/** Built-in entries with the user's added or overriding (by term). */
export function mergeGlossaries(base: readonly GlossaryEntry[], user: readonly GlossaryEntry[]): Glossary {
  const byTerm = new Map(base.map((e) => [e.term, e]));
  for (const e of user) byTerm.set(e.term, e);
  return new Glossary([...byTerm.values()]);
}
