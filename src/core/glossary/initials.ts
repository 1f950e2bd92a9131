/**
 * Completion keys of the glossary: each term and alias with its pinyin initials (四方责任 → sfzr),
 * computed once for a glossary with pinyin-pro (loaded on first use), and the two ways a drafter
 * starts a formulation: its initials in ASCII (a Chinese IME composes, so `sfzr` is what the
 * editor sees) or its first Chinese characters.
 */
import type { Glossary } from './glossary';
import type { GlossaryEntry } from './types';

export interface CompletionName {
  readonly entry: GlossaryEntry;
  /** The term or one of its aliases. */
  readonly name: string;
  /** Lower-case pinyin initials of the name's Chinese characters, digits kept (6个方面 → 6gfm). */
  readonly initials: string;
}

type PinyinFn = (text: string, options: { pattern: 'first'; toneType: 'none'; type: 'array' }) => string[];
let pinyinFn: PinyinFn | undefined;

/** Pinyin initials of a name, with the readings pinyin-pro picks in context (重 in 重点 → z). */
export function nameInitials(name: string): string {
  pinyinFn ??= (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  const text = name.replace(/[^\p{Script=Han}\d]/gu, '');
  return pinyinFn(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

const indexes = new WeakMap<Glossary, CompletionName[]>();

/** Every term and alias of the glossary with its initials; computed once per glossary. */
export function completionNames(glossary: Glossary): readonly CompletionName[] {
  let index = indexes.get(glossary);
  if (!index) {
    index = glossary.entries.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((name) => ({ entry, name, initials: nameInitials(name) })));
    indexes.set(glossary, index);
  }
  return index;
}

export interface CompletionMatch {
  /** The text before the cursor that the completion replaces. */
  readonly typed: string;
  readonly names: readonly CompletionName[];
}

/**
 * The glossary names that what was typed before the cursor starts: ASCII letters as pinyin
 * initials (at least two: one letter would offer half the glossary), else the longest tail of
 * the Chinese text (at least two characters) that starts a name and is not already the name.
 */
export function completionsFor(glossary: Glossary, before: string): CompletionMatch | undefined {
  const latin = /(?<![A-Za-z])[A-Za-z]{2,12}$/.exec(before)?.[0];
  if (latin) {
    const typed = latin.toLowerCase();
    const names = completionNames(glossary).filter((n) => n.initials.startsWith(typed));
    return names.length ? { typed: latin, names } : undefined;
  }
  const han = /[\p{Script=Han}\d]{2,12}$/u.exec(before)?.[0];
  if (!han) return undefined;
  const all = completionNames(glossary);
  for (let k = han.length; k >= 2; k--) {
    const typed = han.slice(-k);
    const names = all.filter((n) => n.name.length > typed.length && n.name.startsWith(typed));
    if (names.length) return { typed, names };
  }
  return undefined;
}

/**
 * The members written out as the formulation is worded: 、 between single-phrase members, ，
 * between members that have a 、 of their own (务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，…).
 */
export function membersText(members: readonly string[]): string {
  return members.join(members.some((m) => m.includes('、')) ? '，' : '、');
}
