/**
 * Rule `formulation-members`: where a text spells out the members of a known formulation (增强
 * 政治意识、大局意识、核心意识、看齐意识), a missing, extra, altered or reordered member is flagged,
 * with the right wording as the (unsafe: a person checks it) fix. The glossary's entries carry
 * their own examples, which the tests run. Earlier wordings (全面建成小康社会 in 四个全面) are left
 * to outdated-term, which knows the document's date.
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { defaultGlossary } from '../glossary/glossary';
import type { GlossaryEntry } from '../glossary/types';
import type { LineRule, RawFinding } from '../rule';

interface Checked {
  readonly entry: GlossaryEntry;
  readonly members: readonly string[];
  /** Text every member shares at its start or end (意识, 自信, 早, 集中), used to spot altered members. */
  readonly affix: { readonly kind: 'prefix' | 'suffix'; readonly text: string } | undefined;
}

function commonAffix(members: readonly string[]): Checked['affix'] {
  let suffix = members[0];
  let prefix = members[0];
  for (const m of members) {
    while (suffix && !m.endsWith(suffix)) suffix = suffix.slice(1);
    while (prefix && !m.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  if (suffix.length >= prefix.length && suffix) return { kind: 'suffix', text: suffix };
  return prefix ? { kind: 'prefix', text: prefix } : undefined;
}

let checked: Checked[] | undefined;
function entries(): Checked[] {
  checked ??= defaultGlossary()
    .entries.filter((e) => e.status !== 'unconfirmed' && e.members && e.members.length >= 3 && !e.members.some((m) => /[、，]/.test(m)))
    .map((entry) => ({ entry, members: entry.members!, affix: commonAffix(entry.members!) }));
  return checked;
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The 、-separated lists of a line, each item trimmed to the part that can be a member. */
function lists(text: string): Item[][] {
  const out: Item[][] = [];
  const re = /[^、，。；：！？“”‘’（）《》\s,.;:!?()]+(?:、[^、，。；：！？“”‘’（）《》\s,.;:!?()]+)+/gu;
  for (const m of text.matchAll(re)) {
    let pos = m.index!;
    out.push(
      m[0].split('、').map((t) => {
        const item = { start: pos, end: pos + t.length, text: t };
        pos += t.length + 1;
        return item;
      }),
    );
  }
  return out;
}

function check(text: string, c: Checked, list: Item[]): RawFinding | undefined {
  const { members, affix } = c;
  const n = members.length;
  // Trim the first item to a trailing member (增强政治意识 → 政治意识) and the last to a leading one.
  const trimmed = list.map((it, i) => {
    const fits = (s: string) => members.includes(s) || (affix && s.length <= Math.max(...members.map((m) => m.length)) + 2 && (affix.kind === 'suffix' ? s.endsWith(affix.text) : s.startsWith(affix.text)));
    if (members.includes(it.text)) return it;
    if (i === 0) {
      const m = members.find((mm) => it.text.endsWith(mm));
      if (m) return { start: it.end - m.length, end: it.end, text: m };
    }
    if (i === list.length - 1) {
      const m = members.find((mm) => it.text.startsWith(mm));
      if (m) return { start: it.start, end: it.start + m.length, text: m };
    }
    return fits(it.text) ? it : undefined;
  });
  // The longest run of items that are, or look like, members.
  let best: Item[] = [];
  let run: Item[] = [];
  for (const t of trimmed) {
    if (t) run.push(t);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  const hits = best.filter((t) => members.includes(t.text));
  if (hits.length < n - 1 || hits.length < 2) return undefined;
  if (c.entry.outdatedMembers?.some((o) => best.some((t) => t.text === o))) return undefined;
  const written = best.map((t) => t.text);
  if (written.length === n && written.every((t, i) => t === members[i])) return undefined;
  const missing = members.filter((m) => !written.includes(m));
  const extra = written.filter((t) => !members.includes(t));
  const problem =
    missing.length || extra.length
      ? [missing.length ? l10n.t('missing {0}', missing.join('、')) : '', extra.length ? l10n.t('not a member: {0}', extra.join('、')) : ''].filter(Boolean).join('; ')
      : l10n.t('members out of order');
  const right = members.join('、');
  const start = best[0].start;
  const end = best[best.length - 1].end;
  return {
    start,
    end,
    message: l10n.t('The members of “{0}” are not as fixed ({1}): “{2}”.', c.entry.term, problem, right),
    fixes: [{ title: l10n.t('Change to "{0}"', right), edits: [{ start, end, newText: right }], safe: false }],
  };
}

export const formulationMembersRule: LineRule = {
  id: 'formulation-members',
  scope: 'line',
  defaultLevel: 'warning',
  description: 'The members of a known formulation spelled out with one missing, extra, altered or out of order (四个意识, 四个自信, 五位一体, 四早 …).',
  get examples() {
    const flag = entries().flatMap((c) => (c.entry.examples?.flag ?? []).map((text) => ({ text })));
    const pass = entries().flatMap((c) => (c.entry.examples?.pass ?? []).map((text) => ({ text })));
    return { flag, pass };
  },
  checkLine(text, ctx): RawFinding[] {
    if (!text.includes('、')) return [];
    const out: RawFinding[] = [];
    const all = lists(text);
    if (all.length === 0) return out;
    for (const c of entries()) {
      if (!c.members.some((m) => text.includes(m))) continue;
      for (const list of all) {
        const f = check(text, c, list);
        if (f && !overlapsAny(ctx.masked, f.start, f.end) && !out.some((o) => o.start < f.end && o.end > f.start)) out.push(f);
      }
    }
    return out;
  },
};
