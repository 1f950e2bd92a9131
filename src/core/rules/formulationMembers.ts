/**
 * Rule `formulation-members`: where a text spells out the members of a known formulation (增强
 * 政治意识、大局意识、核心意识、看齐意识), a missing, extra, altered or reordered member is flagged,
 * with the right wording as the (unsafe: a person checks it) fix. The glossary's entries carry
 * their own examples, which the tests run. Earlier wordings (全面建成小康社会 in 四个全面) are left
 * to outdated-term, which knows the document's date.
 *
 * Precision first. When the list stands next to the formulation's name (属地、部门、单位、个人
 * “四方责任”; “四个意识”即……), any difference is reported. Without the name, a list may be
 * something else that shares words with the formulation (早发现、早报告 as two of many duties; the
 * five-member 五位一体 plus 党的建设), so only two cases are reported there: exactly the members in
 * another order, or exactly as many items with one altered (服务意识 in place of 看齐意识) — and
 * only for formulations whose members share a distinctive affix (意识, 自信, 建设, 早, 集中).
 */
import * as l10n from '@vscode/l10n';
import { overlapsAny } from '../document';
import { defaultGlossary } from '../glossary/glossary';
import type { GlossaryEntry } from '../glossary/types';
import type { LineRule, RawFinding } from '../rule';
import { toSimplifiedChars } from '../script';

interface Checked {
  readonly entry: GlossaryEntry;
  readonly members: readonly string[];
  /** Text every member shares at its start or end (意识, 自信, 早, 集中), used to spot altered members. */
  readonly affix: { readonly kind: 'prefix' | 'suffix'; readonly text: string } | undefined;
  readonly minLen: number;
  readonly maxLen: number;
  /** The name (term or alias) right after the list: 属地、部门、单位、个人“四方责任”, 早治疗”等“四早”. */
  readonly namedAfter: RegExp;
  /** The name right before the list: “四个意识”即, 四方责任（ . */
  readonly namedBefore: RegExp;
}

export function commonAffix(members: readonly string[]): Checked['affix'] {
  let suffix = members[0];
  let prefix = members[0];
  for (const m of members) {
    while (suffix && !m.endsWith(suffix)) suffix = suffix.slice(1);
    while (prefix && !m.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  // An affix that is a whole member tells nothing apart.
  if (suffix && suffix.length >= prefix.length && !members.includes(suffix)) return { kind: 'suffix', text: suffix };
  return prefix && !members.includes(prefix) ? { kind: 'prefix', text: prefix } : undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entries whose members the rule can check: confirmed, three or more single-phrase members. */
export function checkableEntries(entries: readonly GlossaryEntry[]): Checked[] {
  return entries
    .filter((e) => e.status !== 'unconfirmed' && e.members && e.members.length >= 3 && !e.members.some((m) => /[、，,；]/.test(m)))
    .map((entry) => {
      const members = entry.members!;
      const names = [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length).map(escape).join('|');
      return {
        entry,
        members,
        affix: commonAffix(members),
        minLen: Math.min(...members.map((m) => m.length)),
        maxLen: Math.max(...members.map((m) => m.length)),
        namedAfter: new RegExp(`^[”’」』"'）)]?\\s?(?:等|这|的)?\\s?[“‘「『"']?(?:${names})`, 'u'),
        namedBefore: new RegExp(`(?:${names})[”’」』"']?\\s?(?:[，,：:（(]|——)?\\s?(?:即|就是|是|包括|指)?\\s?[“‘「『"']?$`, 'u'),
      };
    });
}

let checked: Checked[] | undefined;
function entries(): Checked[] {
  checked ??= checkableEntries(defaultGlossary().entries);
  return checked;
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const STOP = '、，。；：！？“”‘’「」『』（）《》〈〉【】\\s,.;:!?()\\[\\]"\'';
const LIST_RE = new RegExp(`[^${STOP}]+(?:、[^${STOP}]+)+`, 'gu');
/** Joins the last item of a list: A、B、C和D. */
const CONJUNCTION = /^(?:以及|和|及|与)/u;

/** The 、-separated lists of a line. */
function lists(text: string): Item[][] {
  const out: Item[][] = [];
  LIST_RE.lastIndex = 0;
  for (let m = LIST_RE.exec(text); m; m = LIST_RE.exec(text)) {
    let pos = m.index;
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

function fits(c: Checked, s: string): boolean {
  if (c.members.includes(s)) return true;
  const a = c.affix;
  if (!a || s.length < c.minLen - 1 || s.length > c.maxLen + 1) return false;
  return a.kind === 'suffix' ? s.endsWith(a.text) && s.length > a.text.length : s.startsWith(a.text) && s.length > a.text.length;
}

/**
 * The items of `list` read as members of `c`: the first item trimmed of its lead-in (增强政治意识 →
 * 政治意识), the last of what follows (个人疫情防控责任 → 个人) and split at a conjunction (单位和
 * 个人). Items that are not, and do not look like, members are undefined.
 */
function asMembers(c: Checked, list: readonly Item[]): { items: Array<Item | undefined>; conjunction?: string } {
  const items: Array<Item | undefined> = [];
  let conjunction: string | undefined;
  const n = list.length;
  list.forEach((it, i) => {
    const expected = c.members[Math.min(i, c.members.length - 1)];
    if (c.members.includes(it.text)) return void items.push(it);
    // The last item: a member, then a conjunction and one more item (单位和个人疫情防控责任).
    if (i === n - 1) {
      const head = c.members.find((m) => it.text.startsWith(m) && CONJUNCTION.test(it.text.slice(m.length)));
      if (head) {
        const conj = CONJUNCTION.exec(it.text.slice(head.length))![0];
        items.push({ start: it.start, end: it.start + head.length, text: head });
        const restStart = it.start + head.length + conj.length;
        const rest = it.text.slice(head.length + conj.length);
        const tail = c.members.find((m) => rest.startsWith(m)) ?? (fits(c, rest.slice(0, expected.length)) ? rest.slice(0, expected.length) : undefined);
        conjunction = conj;
        items.push(tail ? { start: restStart, end: restStart + tail.length, text: tail } : undefined);
        return;
      }
      const lead = c.members.find((m) => it.text.startsWith(m));
      if (lead) return void items.push({ start: it.start, end: it.start + lead.length, text: lead });
    }
    if (i === 0) {
      const trail = c.members.find((m) => it.text.endsWith(m));
      if (trail) return void items.push({ start: it.end - trail.length, end: it.end, text: trail });
      // An altered first member behind a lead-in (增强服务意识): as long as the member it replaces.
      const tail = it.text.slice(-expected.length);
      if (it.text.length > expected.length && fits(c, tail) && (c.affix?.kind === 'suffix' || tail.startsWith(c.affix?.text ?? '\u0000'))) {
        return void items.push({ start: it.end - tail.length, end: it.end, text: tail });
      }
    }
    if (i === n - 1 && it.text.length > expected.length) {
      const lead = it.text.slice(0, expected.length);
      if (c.affix?.kind === 'prefix' && fits(c, lead)) return void items.push({ start: it.start, end: it.start + lead.length, text: lead });
    }
    items.push(fits(c, it.text) ? it : undefined);
  });
  return { items, conjunction };
}

function check(text: string, c: Checked, list: readonly Item[]): RawFinding | undefined {
  const { members } = c;
  const n = members.length;
  const { items, conjunction } = asMembers(c, list);
  // The longest run of items that are, or look like, members.
  let best: Item[] = [];
  let run: Item[] = [];
  for (const t of items) {
    if (t) run.push(t);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < 2) return undefined;
  const written = best.map((t) => t.text);
  const exact = written.filter((t) => members.includes(t));
  if (exact.length < 2) return undefined;
  if (c.entry.outdatedMembers?.some((o) => written.includes(o))) return undefined;
  if (written.length === n && written.every((t, i) => t === members[i])) return undefined;
  const start = best[0].start;
  const end = best[best.length - 1].end;
  const named = c.namedAfter.test(text.slice(end)) || c.namedBefore.test(text.slice(0, start));
  const distinct = new Set(written).size === written.length;
  if (!named) {
    // Without the name: the same number of items, one altered or all present in another order.
    if (!c.affix || !distinct || written.length !== n || exact.length < n - 1) return undefined;
    if (exact.length === n - 1 && written.filter((t) => !members.includes(t)).some((t) => !fits(c, t))) return undefined;
  }
  const missing = members.filter((m) => !written.includes(m));
  const extra = written.filter((t) => !members.includes(t));
  const problem =
    missing.length || extra.length
      ? [missing.length ? l10n.t('missing {0}', missing.join('、')) : '', extra.length ? l10n.t('not a member: {0}', extra.join('、')) : ''].filter(Boolean).join('; ')
      : l10n.t('members out of order');
  const right = members.join('、');
  // Keep the writer's conjunction before the last member when it lies inside the replaced text.
  const conjInside = conjunction !== undefined && text.slice(best[best.length - 2].end, best[best.length - 1].start) === conjunction;
  const newText = conjInside ? `${members.slice(0, -1).join('、')}${conjunction}${members[n - 1]}` : right;
  return {
    start,
    end,
    message: l10n.t('The members of “{0}” are not as fixed ({1}): “{2}”.', c.entry.term, problem, right),
    fixes: [{ title: l10n.t('Change to "{0}"', newText), edits: [{ start, end, newText }], safe: false }],
    data: { term: c.entry.term },
  };
}

/** Findings of the member check on one line, for the given entries (the rule uses the built-in glossary). */
export function checkMembers(line: string, checkedEntries: readonly Checked[], masked: ReadonlyArray<readonly [number, number]> = []): RawFinding[] {
  if (!line.includes('、')) return [];
  // Traditional characters are traditional-char's finding, not a wrong member (same offsets).
  const text = toSimplifiedChars(line);
  const out: RawFinding[] = [];
  let all: Item[][] | undefined;
  for (const c of checkedEntries) {
    let present = 0;
    for (const m of c.members) if (text.includes(m)) present++;
    if (present < 2) continue;
    all ??= lists(text);
    for (const list of all) {
      const f = check(text, c, list);
      if (f && !overlapsAny(masked, f.start, f.end) && !out.some((o) => o.start < f.end && o.end > f.start)) out.push(f);
    }
  }
  return out;
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
    return checkMembers(text, entries(), ctx.masked);
  },
};
