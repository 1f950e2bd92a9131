/**
 * `npm run glossary:coverage`: how much of what real speeches say in national formulations the
 * glossary explains. Measured on the devset (../shared/devset/: drafts and clean texts from 范文
 * sites, never used to build the glossary), each part apart: partA is the part one may look at
 * while curating (the uncovered terms are listed for it only), partB is held back.
 *
 * A use of a national formulation is one of:
 * - a numbered formulation: a quoted term that starts with a numeral (“四早”, “两个维护”, “三服务”),
 *   or an unquoted numeral + 个/大/项 + two to four Han characters (四个意识) that the glossary knows;
 * - a 、-list holding two members or more of a glossary entry (政治意识、大局意识、…);
 * - any other national glossary term or alias written in the text.
 * A use is covered when the entry it names (or spells out) has members or a meaning. Unquoted
 * numbered phrases the glossary does not know (三个方面, 两个月) are not counted: nothing tells a
 * formulation from a count there, so the figure says nothing about them.
 */
import { defaultGlossary } from '../src/core/glossary/glossary';
import type { GlossaryEntry } from '../src/core/glossary/types';
import { devset, SHARED_MISSING } from '../test/support/shared';

export interface Use {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly how: 'numbered' | 'list' | 'term';
  readonly entry?: GlossaryEntry;
}

const NUMERAL = '[一二两三四五六七八九十]';
const QUOTED_NUMBERED = new RegExp(`[“"](${NUMERAL}[^“”"\\s，。；：、,.;:]{1,11})[”"]`, 'gu');
const UNQUOTED_NUMBERED = new RegExp(`${NUMERAL}(?:个|大|项)\\p{Script=Han}{2,4}`, 'gu');

const national = (e: GlossaryEntry) => (e.scope ?? 'national') === 'national' && e.status !== 'unconfirmed';
export const covered = (e: GlossaryEntry | undefined) => !!e && (!!e.members?.length || !!e.meaning);

/** The uses of national formulations in `text`, not overlapping (the first found wins). */
export function uses(text: string): Use[] {
  const g = defaultGlossary();
  const out: Use[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (u: Use) => {
    if (!free(u.start, u.end)) return;
    taken.push([u.start, u.end]);
    out.push(u);
  };
  // Lists spelling out members of an entry.
  const byMember = new Map<string, GlossaryEntry[]>();
  for (const e of g.entries) if (national(e)) for (const m of e.members ?? []) byMember.set(m, [...(byMember.get(m) ?? []), e]);
  for (const m of text.matchAll(/(?:[^、，。；：！？“”,.;:!?()（）"\s]{1,30}、){1,}[^、，。；：！？“”,.;:!?()（）"\s]{1,30}/gu)) {
    const items = m[0].split(/、|和|及|与/u);
    const hits = new Map<GlossaryEntry, number>();
    for (const it of items) {
      const seen = new Set<GlossaryEntry>();
      for (const [member, es] of byMember) if (it.endsWith(member) || it.startsWith(member)) for (const e of es) seen.add(e);
      for (const e of seen) hits.set(e, (hits.get(e) ?? 0) + 1);
    }
    const best = [...hits].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 2) add({ start: m.index!, end: m.index! + m[0].length, text: m[0], how: 'list', entry: best[0] });
  }
  for (const m of text.matchAll(QUOTED_NUMBERED)) {
    const start = m.index! + 1;
    const found = g.find(m[1]).find((f) => f.start === 0 && national(f.entry));
    add({ start, end: start + m[1].length, text: m[1], how: 'numbered', entry: found && found.end === m[1].length ? found.entry : g.get(m[1]) });
  }
  for (const m of text.matchAll(UNQUOTED_NUMBERED)) {
    const found = g.find(text.slice(m.index!, m.index! + 12)).find((f) => f.start === 0 && national(f.entry));
    if (found) add({ start: m.index!, end: m.index! + found.end, text: found.name, how: 'numbered', entry: found.entry });
  }
  for (const f of g.find(text)) if (national(f.entry)) add({ start: f.start, end: f.end, text: f.name, how: 'term', entry: f.entry });
  return out.sort((a, b) => a.start - b.start);
}

if (require.main === module) {
  const set = devset();
  if (!set) {
    process.stderr.write(`${SHARED_MISSING}; nothing was measured.\n`);
    process.exit(2);
  }
  const texts = [...set.pages.map((p) => ({ part: p.part, text: p.text })), ...set.clean.map((c) => ({ part: c.part, text: c.text }))];
  for (const part of [...new Set(texts.map((t) => t.part))]) {
    const all = texts.filter((t) => t.part === part).flatMap((t) => uses(t.text));
    const ok = all.filter((u) => covered(u.entry));
    const byHow = (h: Use['how']) => {
      const xs = all.filter((u) => u.how === h);
      return `${h} ${xs.filter((u) => covered(u.entry)).length}/${xs.length}`;
    };
    process.stdout.write(`${part}: ${ok.length} of ${all.length} uses of national formulations covered by an entry with members or a meaning (${((100 * ok.length) / Math.max(1, all.length)).toFixed(1)} %; ${byHow('numbered')}, ${byHow('list')}, ${byHow('term')})\n`);
    if (part === 'partA' || process.argv.includes('--all')) {
      const missing = new Map<string, number>();
      for (const u of all.filter((x) => !covered(x.entry))) missing.set(u.text, (missing.get(u.text) ?? 0) + 1);
      process.stdout.write(`  not covered: ${[...missing].sort((a, b) => b[1] - a[1]).map(([t, n]) => (n > 1 ? `${t}×${n}` : t)).join('、')}\n`);
    }
  }
}
