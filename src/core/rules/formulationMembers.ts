/**
 * Rule `formulation-members`: where a text spells out the members of a known formulation (增强
 * 政治意识、大局意识、核心意识、看齐意识), a missing, extra, altered or reordered member is flagged,
 * with the right wording as the (unsafe: a person checks it) fix; so is an older wording of the
 * formulation in a document dated after it changed (the glossary's outdatedMembers and changedOn,
 * and the record's history of wording). The glossary's entries carry their own examples, which
 * the tests run, and the tests run every sentence of the official record through the rule with
 * its document's year: none may be flagged.
 *
 * Lists are read three ways: separated by 、 (the last item may be joined by 和/以及/与); written
 * without separators (获得感幸福感安全感); abbreviated with a shared head word (产业、人才、文化、
 * 生态、组织振兴).
 *
 * Precision first. When the list stands next to the formulation's name (属地、部门、单位、个人
 * “四方责任”; “四个意识”即……), any difference is reported. Without the name, a list may be
 * something else that shares words with the formulation (早发现、早报告 as two of many duties; the
 * five-member 五位一体 plus 党的建设), so what is reported there is narrower: the members in another
 * order, or as many items with one altered (服务意识 in place of 看齐意识); one short between two
 * written, or one more that looks like a member, in a list that is all the formulation (see
 * oneMissing, oneExtra); in a list that goes on past it, only four members or more reordered or
 * one altered.
 *
 * Linear in the line: lists are found by one scan, each item is looked up in an index of the
 * members (by whole item, and by its ends for the first and last items), and the name beside a
 * list is looked for in a bounded window.
 */
import * as l10n from '@vscode/l10n';
import { maskedRanges, overlapsAny } from '../document';
import { documentDate, isOnOrAfter, type DocDate } from '../documentDate';
import { OUTDATED_TERMS } from '../data/outdatedTerms';
import { replace, shifted } from '../fix';
import { defaultGlossary } from '../glossary/glossary';
import type { GlossaryEntry } from '../glossary/types';
import type { DocumentRule, RawFinding } from '../rule';
import { simplifiedUnits, toSimplifiedChars } from '../script';
import { unitTable } from '../chars';
import { chineseToNumber } from '../structure';

/** An earlier wording of an entry: its members, and from when it is outdated. */
interface OlderWording {
  readonly members: readonly string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD from which a document should not use it. */
  readonly since: string;
  /** Where the change is known from, for the message. */
  readonly where: string;
  /** `where` is the record's document that first has the new wording (the message names it instead of `since`). */
  readonly fromDocument?: boolean;
  /** outdated-term reports this wording itself. */
  readonly told?: boolean;
}

export interface Checked {
  readonly entry: GlossaryEntry;
  readonly members: readonly string[];
  /** Text every member shares at its start or end (意识, 自信, 早, 集中), used to spot altered members. */
  readonly affix: { readonly kind: 'prefix' | 'suffix'; readonly text: string } | undefined;
  readonly minLen: number;
  readonly maxLen: number;
  readonly names: readonly string[];
  readonly older: readonly OlderWording[];
  /** Members of older wordings that are no longer members. */
  readonly formerMembers: ReadonlySet<string>;
  /** The term says how many members there are (四个意识, 三不腐, 乡村五个振兴): the count is fixed. */
  readonly counted: boolean;
}

/**
 * Whether the term names its members' number: a numeral within its first three characters, not
 * followed by another (十二), equal to the count (四化同步 of four; not 三严三实 of six).
 */
export function countedTerm(term: string, count: number): boolean {
  const m = /^[^一两二三四五六七八九十]{0,2}([一两二三四五六七八九十])(?![一二三四五六七八九十])/u.exec(term);
  return !!m && (m[1] === '两' ? 2 : chineseToNumber(m[1])) === count;
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

const SINGLE_PHRASE = (m: string) => !/[、，,；]/u.test(m);

function olderWordings(e: GlossaryEntry): OlderWording[] {
  const out: OlderWording[] = [];
  const members = e.members!;
  const since = e.changedOn ?? e.outdatedSince;
  if (e.outdatedMembers?.length && since) {
    // The outdated members are the earlier wording's first members (全面建成小康社会 in 四个全面).
    const old = [...e.outdatedMembers, ...members.slice(e.outdatedMembers.length)];
    // outdated-term already tells this exact wording (with the date it changed); not twice.
    const told = OUTDATED_TERMS.some((t) => t.from.source === old.join('、'));
    out.push({ members: old, since, where: e.origin ?? '', told });
  }
  // The record's history: a wording last used before a later one came in.
  const h = e.history ?? [];
  for (let i = 0; i + 1 < h.length; i++) {
    const v = h[i].members;
    if (v.join('、') === members.join('、') || !v.every(SINGLE_PHRASE)) continue;
    const lastUse = Math.max(...h.filter((x) => x.members.join('、') === v.join('、')).map((x) => x.year));
    const next = h.find((x) => x.year > lastUse && x.members.join('、') !== v.join('、'));
    // Flagged in documents dated after that year (one of the same year may be older than the change).
    if (next) out.push({ members: v, since: String(next.year + 1), where: `${next.year}年《${next.title}》`, fromDocument: true });
  }
  return out;
}

/** Entries whose members the rule can check: confirmed, two or more single-phrase members (two long ones are clauses). */
export function checkableEntries(entries: readonly GlossaryEntry[]): Checked[] {
  return entries
    .filter((e) => e.status !== 'unconfirmed' && e.members && e.members.length >= 2 && e.members.every(SINGLE_PHRASE) && !(e.members.length === 2 && e.members.every((m) => m.length >= 8)))
    .map((entry) => {
      const members = entry.members!;
      const older = olderWordings(entry);
      return {
        entry,
        members,
        affix: commonAffix(members),
        minLen: Math.min(...members.map((m) => m.length)),
        maxLen: Math.max(...members.map((m) => m.length)),
        names: [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length),
        older,
        formerMembers: new Set(older.flatMap((o) => o.members).filter((m) => !members.includes(m))),
        counted: countedTerm(entry.term, members.length),
      };
    });
}

/**
 * Formulations whose members are clauses sharing their first words (务必不忘初心、牢记使命，务必谦虚
 * 谨慎、艰苦奋斗，…; 坚决维护…，坚决维护…): read clause by clause, between ，/；.
 */
export interface ClauseChecked {
  readonly entry: GlossaryEntry;
  readonly members: readonly string[];
  /** The words every member starts with (务必, 坚决维护, 确立), or, with `at: 'end'`, ends with (的必由之路). */
  readonly prefix: string;
  readonly at?: 'end';
  readonly names: readonly string[];
}

export function clauseEntries(entries: readonly GlossaryEntry[]): ClauseChecked[] {
  const out: ClauseChecked[] = [];
  for (const entry of entries) {
    const members = entry.members;
    if (entry.status === 'unconfirmed' || !members || members.length < 2) continue;
    if (members.every(SINGLE_PHRASE) && !(members.length === 2 && members.every((m) => m.length >= 8))) continue;
    if (members.some((m) => /[，,；。]/u.test(m))) continue;
    let prefix = members[0];
    for (const m of members) while (prefix && !m.startsWith(prefix)) prefix = prefix.slice(0, -1);
    let suffix = members[0];
    for (const m of members) while (suffix && !m.endsWith(suffix)) suffix = suffix.slice(1);
    const names = [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length);
    // Clauses sharing their first words (务必…), or their last (…的必由之路) when those are longer.
    if (suffix.length > prefix.length && suffix.length >= 3) out.push({ entry, members, prefix: suffix, names, at: 'end' });
    else if (prefix.length >= 2) out.push({ entry, members, prefix, names });
  }
  return out;
}

let builtinClauses: ClauseChecked[] | undefined;
function clauseChecked(): ClauseChecked[] {
  builtinClauses ??= clauseEntries(defaultGlossary().entries);
  return builtinClauses;
}

/** Findings on the clause formulations of a line (line-relative). */
export function checkClauses(text: string, entries: readonly ClauseChecked[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const c of entries) {
    if (!text.includes(c.prefix)) continue;
    // Clauses between ，；。！？ with their offsets.
    const clauses: Item[] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || /[，,；;。！？!?\n]/u.test(text[i])) {
        if (i > start) clauses.push({ start, end: i, text: text.slice(start, i) });
        start = i + 1;
      }
    }
    let k = 0;
    while (k < clauses.length) {
      let run: Item[];
      if (c.at === 'end') {
        // A run of clauses that end with the shared words; the first may have a lead-in, cut off
        // at the longest member it ends with (or kept whole when none).
        if (!clauses[k].text.endsWith(c.prefix)) {
          k++;
          continue;
        }
        const first = clauses[k];
        const lead = c.members.filter((m) => first.text.endsWith(m)).sort((a, b) => b.length - a.length)[0];
        run = [lead ? { start: first.end - lead.length, end: first.end, text: lead } : first];
        let j = k + 1;
        while (j < clauses.length && clauses[j].text.endsWith(c.prefix)) run.push(clauses[j++]);
        k = j;
      } else {
        // A run of clauses that start with the shared words (the first may have a lead-in).
        const at = clauses[k].text.indexOf(c.prefix);
        if (at < 0) {
          k++;
          continue;
        }
        run = [{ start: clauses[k].start + at, end: clauses[k].end, text: clauses[k].text.slice(at) }];
        let j = k + 1;
        while (j < clauses.length && clauses[j].text.startsWith(c.prefix)) run.push(clauses[j++]);
        k = j;
      }
      if (c.at !== 'end') {
        // The last clause may go on after its member (…集中统一领导的重要性).
        const last = run[run.length - 1];
        const lead = c.members.filter((m) => last.text.startsWith(m)).sort((a, b) => b.length - a.length)[0];
        if (lead) run[run.length - 1] = { start: last.start, end: last.start + lead.length, text: lead };
        const first = run[0];
        const trail = c.members.filter((m) => first.text.startsWith(m)).sort((a, b) => b.length - a.length)[0];
        if (trail && run.length > 1) run[0] = { start: first.start, end: first.start + trail.length, text: trail };
      }
      if (run.length < 2) continue;
      const written = run.map((r) => r.text);
      const exact = written.filter((w) => c.members.includes(w));
      const n = c.members.length;
      if (exact.length === 0) continue;
      if (written.length === n && written.every((w, i) => w === c.members[i])) continue;
      const s0 = run[0].start;
      const e0 = run[run.length - 1].end;
      const window = c.names[0].length + 8;
      const names = c.names.map(escape).join('|');
      const named = new RegExp(`^[”’"）)]?(?:等|的)?[“"]?(?:${names})`, 'u').test(text.slice(e0, e0 + window)) || new RegExp(`(?:${names})[”"]?(?:[，,：:]|——)?(?:即|就是|是)?[“"]?$`, 'u').test(text.slice(Math.max(0, s0 - window), s0));
      const distinct = new Set(written).size === written.length;
      const reordered = written.length === n && exact.length === n && distinct;
      // One altered clause: three members or more (two members with one altered is too often
      // another sentence), or of two one character changed (新公有制 for 非公有制).
      const oneChar = (w: string, m: string) => w.length === m.length && [...w].filter((ch, i) => ch !== m[i]).length === 1;
      const altered = written.length === n && exact.length === n - 1 && distinct && (n >= 3 || written.some((w, i) => !c.members.includes(w) && oneChar(w, c.members[i])));
      // One clause left out between two written, the others whole and in order (务必不忘初心、牢记
      // 使命，务必敢于斗争、善于斗争): of three or more, as for a list, the left-out one nowhere else.
      const left = c.members.filter((m) => !written.includes(m));
      const short =
        n >= 3 && written.length === n - 1 && exact.length === n - 1 && distinct && left.length === 1 && left[0] !== c.members[0] && left[0] !== c.members[n - 1] && written.every((w, i) => c.members.indexOf(w) > (i ? c.members.indexOf(written[i - 1]) : -1)) && !text.includes(left[0]);
      if (!named && !reordered && !altered && !short) continue;
      if (!named && written.some((w) => w.length > Math.max(...c.members.map((m) => m.length)) + 6)) continue;
      const missing = c.members.filter((m) => !written.includes(m));
      const extra = written.filter((w) => !c.members.includes(w));
      const problem =
        missing.length || extra.length
          ? [missing.length ? l10n.t('missing {0}', missing.join('，')) : '', extra.length ? l10n.t('not a member: {0}', extra.join('，')) : ''].filter(Boolean).join('; ')
          : l10n.t('members out of order');
      const right = c.members.join('，');
      out.push({
        start: s0,
        end: e0,
        message: l10n.t('The members of “{0}” are not as fixed ({1}): “{2}”.', c.entry.term, problem, right),
        fixes: [replace({ start: s0, end: e0 }, right, { preferred: false })],
        data: { term: c.entry.term },
      });
    }
  }
  return out;
}

/** Members (current and former) → the entries they belong to; and the lengths members have. */
interface Index {
  readonly checked: readonly Checked[];
  readonly byMember: Map<string, Checked[]>;
  readonly lengths: readonly number[];
  /** Members by their first character, longest first (for lists without separators). */
  readonly byFirst: Map<string, string[]>;
  /** 1 at the UTF-16 code unit of each key of byFirst: a quick test before the map look-up. */
  readonly firstUnits: Uint8Array;
}

const indexes = new WeakMap<readonly Checked[], Index>();
function indexOf(checked: readonly Checked[]): Index {
  let ix = indexes.get(checked);
  if (ix) return ix;
  const byMember = new Map<string, Checked[]>();
  const lengths = new Set<number>();
  for (const c of checked) {
    for (const m of new Set([...c.members, ...c.formerMembers])) {
      const list = byMember.get(m) ?? [];
      if (!list.includes(c)) list.push(c);
      byMember.set(m, list);
      lengths.add(m.length);
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const m of byMember.keys()) {
    const list = byFirst.get(m[0]) ?? [];
    list.push(m);
    byFirst.set(m[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const firstUnits = new Uint8Array(0x10000);
  for (const k of byFirst.keys()) firstUnits[k.charCodeAt(0)] = 1;
  ix = { checked, byMember, lengths: [...lengths].sort((a, b) => a - b), byFirst, firstUnits };
  indexes.set(checked, ix);
  return ix;
}

let builtinChecked: Checked[] | undefined;
function entries(): Checked[] {
  builtinChecked ??= checkableEntries(defaultGlossary().entries);
  return builtinChecked;
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Characters that end a list (and an item). */
const STOP = new Set('、，。；：！？“”‘’「」『』（）《》〈〉【】 \t,.;:!?()[]"\'\u3000'.split(''));
/** 1 at the code units of STOP. */
const STOP_UNITS = unitTable([...STOP].join(''));

/** The 、-separated lists of a line (two items or more), found in one scan. */
function lists(text: string): Item[][] {
  const out: Item[][] = [];
  let items: Item[] = [];
  let start = 0;
  const close = (end: number, sep: boolean) => {
    if (end > start) items.push({ start, end, text: text.slice(start, end) });
    else if (sep || items.length) {
      // An empty item (、、 or 、 at an end) breaks the list.
      if (items.length >= 2) out.push(items);
      items = [];
    }
    if (!sep) {
      if (items.length >= 2) out.push(items);
      items = [];
    }
  };
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (STOP_UNITS[u] === 0) continue;
    if (u === 0x3001) {
      close(i, true);
      start = i + 1;
    } else {
      close(i, false);
      start = i + 1;
    }
  }
  close(text.length, false);
  return out;
}

/**
 * Two items joined by a conjunction alone, in a stretch of text no 、 reaches (推进丝绸之路经济带和
 * 21世纪海上丝绸之路建设): read as a list of two. One conjunction only; found in one scan.
 */
function pairs(text: string): Item[][] {
  const out: Item[][] = [];
  let start = 0;
  // Whether the stretch begins right after a 、 (it is then a list's last item).
  let afterComma = false;
  // The conjunctions of the stretch: how many, where the first starts and ends.
  let conjs = 0;
  let conjStart = 0;
  let conjEnd = 0;
  // Where the second conjunction starts (the second item ends there: 农业和农民问题是关系改革开放和…).
  let secondStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const u = i < text.length ? text.charCodeAt(i) : 0x3002;
    if (u === 0x548c || u === 0x4e0e || u === 0x53ca) {
      // 以及 is one conjunction.
      const yi = u === 0x53ca && i > start && text.charCodeAt(i - 1) === 0x4ee5;
      if (!yi || conjs === 0) conjs++;
      if (conjs === 1) [conjStart, conjEnd] = [yi ? i - 1 : i, i + 1];
      if (conjs === 2 && !yi) secondStart = i;
      continue;
    }
    if (STOP_UNITS[u] === 0) continue;
    const end = conjs === 1 ? i : secondStart;
    if (u !== 0x3001 && !afterComma && conjs >= 1 && conjStart > start && conjEnd < end) {
      out.push([
        { start, end: conjStart, text: text.slice(start, conjStart) },
        { start: conjEnd, end, text: text.slice(conjEnd, end) },
      ]);
    }
    afterComma = u === 0x3001;
    start = i + 1;
    conjs = 0;
  }
  return out;
}

/** Joins the last item of a list: A、B、C和D. */
const CONJUNCTION = /^(?:以及|和|及|与)/u;

/** One character of a member changed (享受主义 for 享乐主义, 共赢 for 共享): as long as it, all else the same. */
function nearMember(c: Checked, s: string): boolean {
  for (const m of c.members) {
    if (m.length !== s.length || m.length < 2) continue;
    let diff = 0;
    let at = 0;
    for (let i = 0; i < m.length && diff < 2; i++) if (m.charCodeAt(i) !== s.charCodeAt(i)) [diff, at] = [diff + 1, i];
    // (The changed character a Chinese one, either way: 21世纪海上丝绸之新.)
    if (diff === 1 && /\p{Script=Han}/u.test(s[at]) && /\p{Script=Han}/u.test(m[at]) && /^[\p{Script=Han}\d]+$/u.test(s)) return true;
  }
  return false;
}

function fits(c: Checked, s: string): boolean {
  if (c.members.includes(s) || nearMember(c, s)) return true;
  const a = c.affix;
  if (!a || s.length < c.minLen - 1 || s.length > c.maxLen + 1) return false;
  return a.kind === 'suffix' ? s.endsWith(a.text) && s.length > a.text.length : s.startsWith(a.text) && s.length > a.text.length;
}

const isMember = (c: Checked, s: string) => c.members.includes(s) || c.formerMembers.has(s);

/**
 * The items of `list` read as members of `c`: the first item trimmed of its lead-in (增强政治意识 →
 * 政治意识), the last of what follows (个人疫情防控责任 → 个人) and split at a conjunction (单位和
 * 个人); items shortened by a shared head word (产业、人才、组织振兴) read whole. Items that are
 * not, and do not look like, members are undefined.
 */
function asMembers(c: Checked, list: readonly Item[]): { items: Array<Item | undefined>; conjunction?: string; abbreviated?: boolean } {
  const items: Array<Item | undefined> = [];
  let conjunction: string | undefined;
  const n = list.length;
  // 产业、人才、文化、生态、组织振兴: the head word written once, after the last item.
  const head = c.affix?.kind === 'suffix' ? c.affix.text : undefined;
  const lastText = list[n - 1].text;
  // (The first item may have a lead-in: 扎实推动乡村产业、人才、…、组织振兴.)
  const stem = (it: Item, i: number) => isMember(c, it.text + head) || (i === 0 && [...c.members, ...c.formerMembers].some((m) => (it.text + head).endsWith(m)));
  const abbreviated =
    !!head && lastText.endsWith(head) && list.slice(0, -1).filter((it, i) => !it.text.endsWith(head) && stem(it, i)).length >= Math.max(1, n - 2) && list.slice(0, -1).every((it) => !it.text.endsWith(head));
  list.forEach((it, i) => {
    const expected = c.members[Math.min(i, c.members.length - 1)];
    if (abbreviated && i < n - 1) {
      const whole = it.text + head!;
      if (isMember(c, whole) || (i === 0 && [...c.members, ...c.formerMembers].some((m) => whole.endsWith(m)))) {
        const m = isMember(c, whole) ? whole : [...c.members, ...c.formerMembers].find((x) => whole.endsWith(x))!;
        return void items.push({ start: it.end - (m.length - head!.length), end: it.end, text: m });
      }
      return void items.push(fits(c, whole) ? { start: it.start, end: it.end, text: whole } : undefined);
    }
    if (isMember(c, it.text)) return void items.push(it);
    // The last item: a member, then a conjunction and one more item (单位和个人疫情防控责任).
    if (i === n - 1) {
      const m0 = /^(.+?)(以及|和|及|与)(.+)$/u.exec(it.text);
      // (The one before the conjunction may be a member with one character changed: 农业、农新和农民.)
      const headMember = m0 && (isMember(c, m0[1]) || nearMember(c, m0[1])) ? m0[1] : undefined;
      if (headMember && m0) {
        const conj = m0[2];
        items.push({ start: it.start, end: it.start + headMember.length, text: headMember });
        const restStart = it.start + headMember.length + conj.length;
        const rest = m0[3];
        // (The item after it: a member, or up to the shared affix — 和服务建设中 — or as long as the member it would be.)
        const a = c.affix;
        const p = a?.kind === 'suffix' ? rest.indexOf(a.text, 1) : -1;
        const upToAffix = p > 0 && a ? rest.slice(0, p + a.text.length) : undefined;
        const tail =
          [...c.members, ...c.formerMembers].find((m) => rest.startsWith(m)) ??
          (upToAffix && fits(c, upToAffix) ? upToAffix : undefined) ??
          (fits(c, rest.slice(0, expected.length)) ? rest.slice(0, expected.length) : undefined) ??
          // (The one after the conjunction may be the last member altered: 中部崛起和东部率先发新.)
          c.members.map((m) => rest.slice(0, m.length)).find((t) => nearMember(c, t));
        conjunction = conj;
        items.push(tail ? { start: restStart, end: restStart + tail.length, text: tail } : undefined);
        return;
      }
      const lead = longestEnd(c, it.text, 'start');
      if (lead) return void items.push({ start: it.start, end: it.start + lead.length, text: lead });
    }
    // A member at the end of an item after words that are not members (完整、准确、全面贯彻创新、协调…).
    if (i > 0 && items[i - 1] === undefined) {
      const trail = longestEnd(c, it.text, 'end');
      if (trail) return void items.push({ start: it.end - trail.length, end: it.end, text: trail });
    }
    // A member of four characters or more after a verb of its own (立足新发展阶段、贯彻新发展理念、
    // 构建新发展格局): a lead-in of one to four characters.
    if (i > 0) {
      const trail = longestEnd(c, it.text, 'end');
      if (trail && trail.length >= 4 && it.text.length - trail.length <= 4 && /^\p{Script=Han}+$/u.test(it.text)) return void items.push({ start: it.end - trail.length, end: it.end, text: trail });
    }
    if (i === 0) {
      const trail = longestEnd(c, it.text, 'end');
      if (trail) return void items.push({ start: it.end - trail.length, end: it.end, text: trail });
      // An altered first member behind a lead-in (增强服务意识): as long as the member it replaces.
      const tail = it.text.slice(-expected.length);
      // (Without an affix, a member of four characters or more with one changed: 严以修新 for 严以修身.)
      if (it.text.length > expected.length && fits(c, tail) && (c.affix?.kind === 'suffix' || tail.startsWith(c.affix?.text ?? '\u0000') || (expected.length >= 4 && nearMember(c, tail)))) {
        return void items.push({ start: it.end - tail.length, end: it.end, text: tail });
      }
    }
    // (Not only when longer than the member it would be: 服务化道路 after 农业现代化.)
    if (i === n - 1 && it.text.length > c.minLen) {
      const lead = it.text.slice(0, expected.length);
      if (c.affix?.kind === 'prefix' && it.text.length > expected.length && fits(c, lead)) return void items.push({ start: it.start, end: it.start + lead.length, text: lead });
      // The last item with words after it: up to the shared affix (服务意识，; 服务建设取得…), or
      // a member with one character changed at its start (优化服新改革).
      const a = c.affix;
      if (a?.kind === 'suffix') {
        const p = it.text.indexOf(a.text, 1);
        const head = p < 0 ? '' : it.text.slice(0, p + a.text.length);
        if (head && head.length < it.text.length && fits(c, head)) return void items.push({ start: it.start, end: it.start + head.length, text: head });
      }
      for (const m of c.members) {
        if (it.text.length > m.length && nearMember(c, it.text.slice(0, m.length))) return void items.push({ start: it.start, end: it.start + m.length, text: it.text.slice(0, m.length) });
      }
    }
    items.push(fits(c, it.text) ? it : undefined);
  });
  // A member with words after it, where the list goes on to other things (获得感、幸福感、安全感
  // 更加充实、更有保障): the run of members ends there.
  for (let i = 1; i < n - 1; i++) {
    if (items[i] || !items[i - 1] || items[i + 1]) continue;
    const lead = longestEnd(c, list[i].text, 'start');
    if (lead) items[i] = { start: list[i].start, end: list[i].start + lead.length, text: lead };
  }
  return { items, conjunction, abbreviated };
}

/** The longest member (current or former) of `c` written in `text` at `at`. */
function longestAt(c: Checked, text: string, at: number): string | undefined {
  let best: string | undefined;
  for (const m of [...c.members, ...c.formerMembers]) if (text.startsWith(m, at) && (!best || m.length > best.length)) best = m;
  return best;
}

/** The longest member (current or former) that `text` starts or ends with. */
function longestEnd(c: Checked, text: string, at: 'start' | 'end'): string | undefined {
  let best: string | undefined;
  for (const m of [...c.members, ...c.formerMembers]) {
    if ((at === 'start' ? text.startsWith(m) : text.endsWith(m)) && (!best || m.length > best.length)) best = m;
  }
  return best;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRes = new WeakMap<Checked, { after: RegExp; before: RegExp }>();
/** The name right after the list (属地、部门、单位、个人“四方责任”) or right before it (“四个意识”即). */
function isNamed(c: Checked, text: string, start: number, end: number): boolean {
  let re = nameRes.get(c);
  if (!re) {
    const names = c.names.map(escape).join('|');
    re = {
      after: new RegExp(`^[”’」』"'）)]?\\s?(?:等|这|的)?\\s?[“‘「『"']?(?:${names})`, 'u'),
      before: new RegExp(`(?:${names})[”’」』"']?\\s?(?:[，,：:（(]|——)?\\s?(?:即|就是|是|包括|指)?\\s?[“‘「『"']?$`, 'u'),
    };
    nameRes.set(c, re);
  }
  const window = c.names[0].length + 8;
  return re.after.test(text.slice(end, end + window)) || re.before.test(text.slice(Math.max(0, start - window), start));
}

/** A raw finding of the line, with the date from which it applies (older wordings). */
interface LineFinding extends RawFinding {
  /** The finding holds only for documents dated on or after this (an older wording). */
  readonly since?: string;
  /** What holds instead for a document dated before `since` (the older wording, misordered). */
  readonly alsoBefore?: RawFinding;
  /**
   * The finding holds only when the document is not dated before this (the year the formulation's
   * members were first stated): a list one short of them, or with one more, is no error before.
   */
  readonly from?: string;
}

/** The finding that holds for a document of `date` (undefined: the date is unknown, an older wording is left alone). */
function forDate(f: LineFinding, date: DocDate | undefined): RawFinding | undefined {
  const { since, alsoBefore, from, ...rest } = f;
  // A list short of a member, or with one more, in a document older than the formulation.
  if (from && date !== undefined && !isOnOrAfter(date, from)) return undefined;
  if (!since) return rest;
  if (date !== undefined && isOnOrAfter(date, since)) return rest;
  return alsoBefore;
}

function check(text: string, c: Checked, list: readonly Item[]): LineFinding | undefined {
  const { members } = c;
  const n = members.length;
  const { items, conjunction, abbreviated } = asMembers(c, list);
  // The longest run of items that are, or look like, members.
  let bestFrom = 0;
  let bestLen = 0;
  let runFrom = 0;
  items.forEach((t, i) => {
    if (!t) runFrom = i + 1;
    else if (i + 1 - runFrom > bestLen) [bestFrom, bestLen] = [runFrom, i + 1 - runFrom];
  });
  let best = items.slice(bestFrom, bestFrom + bestLen) as Item[];
  if (best.length < 2) return undefined;
  // With the name beside it, the whole list claims to be the members: an item next to the run
  // that is no member is one too many (“四个意识”即政治意识、…、看齐意识、服务意识).
  if (bestLen < items.length && isNamed(c, text, list[0].start, list[list.length - 1].end)) {
    const claimed = (i: number) => i >= 0 && i < list.length && !items[i] && list[i].text.length <= c.maxLen + 2 && /^\p{Script=Han}+$/u.test(list[i].text);
    let from = bestFrom;
    let to = bestFrom + bestLen;
    if (to === list.length - 1 && claimed(to)) to++;
    if (from === 1 && claimed(0)) from--;
    if (from < bestFrom || to > bestFrom + bestLen) best = items.slice(from, to).map((t, i) => t ?? list[from + i]);
  }
  const written = best.map((t) => t.text);
  const exact = written.filter((t) => isMember(c, t));
  // (Of two members, one may be all that is written right: 碳达峰、碳中新; members of three
  // characters or more, the other one character off.)
  if (exact.length < 2 && !(alteredPair(c, written) && exact.length === 1)) return undefined;
  if (written.length === n && written.every((t, i) => t === members[i])) return undefined;
  const start = best[0].start;
  const end = best[best.length - 1].end;
  const named = isNamed(c, text, start, end);
  // An older wording, whole and in its order: right before it changed, outdated after.
  const older = c.older.find((o) => o.members.length === written.length && o.members.every((m, i) => m === written[i]));
  // (Named with today's term, an older wording with another count is just wrong: 道路自信、理论
  // 自信、制度自信“四个自信”.)
  if (older && !(named && older.members.length !== n)) {
    // A wording that had fewer members, written beside the member added since, is meant as it is
    // (融入经济建设、政治建设、文化建设、社会建设各方面 after 生态文明建设).
    const added = members.filter((m) => !older.members.includes(m));
    if (!named && older.members.every((m) => members.includes(m)) && added.some((m) => text.includes(m))) return undefined;
    return older.told ? undefined : outdatedFinding(text, c, best, older, conjunction);
  }
  // Written with a former member but otherwise not the older wording: judged as the older wording would be.
  const formerUsed = written.some((t) => c.formerMembers.has(t) && !members.includes(t));
  if (formerUsed) {
    const o = c.older.find((x) => written.some((t) => x.members.includes(t) && !members.includes(t)))!;
    const permutation = written.length === o.members.length && written.every((t) => o.members.includes(t)) && new Set(written).size === written.length;
    if (!permutation && !named) return undefined;
    // Before the change it is judged against the older wording; after it, it is an older wording.
    return { ...outdatedFinding(text, c, best, o, conjunction), alsoBefore: membersFinding(text, c, best, conjunction, o.members) };
  }
  const distinct = new Set(written).size === written.length;
  if (!named) {
    // Without the name, only a list that is all the formulation, as many items as members, all
    // present in another order or one altered (one character changed, or another word with the
    // shared affix). One left out or one added is often meant without the name (道路自信、理论
    // 自信、制度自信 before 2016; 五位一体 and 党的建设; 早诊断 in the five 早): not reported.
    // The list is the formulation alone: the run is all its items, or is cut off from items
    // before or after it by a lead-in (各地区、各部门不断增强政治意识、…) or a tail.
    const last = bestFrom + bestLen - 1;
    const alone = (bestFrom === 0 || best[0].start > list[bestFrom].start) && (last === items.length - 1 || best[best.length - 1].end < list[last].end);
    if (!distinct) return undefined;
    const others = written.filter((t) => !members.includes(t));
    const same = written.length === n && (exact.length === n || (exact.length === n - 1 && others.every((t) => fits(c, t))));
    // A list that goes on past the formulation (稳增长、促改革、调结构、惠民生、防风险、保稳定) still
    // holds it wrong when all four members or more, of three characters or more, are there in
    // another order, or all but one with that one altered, or all of them and one written twice,
    // once altered (防风险、防风新); one short or one more of another kind is no evidence there, nor
    // are two-character words (部门、属地、单位、个人、家庭 may be five duties of their own).
    const twice = written.length === n + 1 && exact.length === n && others.length === 1 && nearMember(c, others[0]) && inOrder(written, members);
    if (!alone && !((same || twice) && n >= 4 && c.minLen >= 3)) return undefined;
    if (!same) {
      // (Items with words of their own before the member — 进行伟大斗争、推进伟大事业、实现伟大
      // 梦想 — are a sentence's own list: one short or one more is no evidence there.)
      const bare = best.every((t, k) => k === 0 || text.slice(best[k - 1].end, best[k].start).replace(CONJUNCTION, '').length <= 1);
      const one = bare && (oneMissing(text, c, written, end) || oneExtra(c, written, others, conjunction));
      if (!one) return undefined;
      const f = membersFinding(text, c, best, conjunction);
      const from = statedYear(c.entry);
      return from ? { ...f, from } : f;
    }
  }
  if (abbreviated && written.length === n && written.every((t, i) => t === members[i])) return undefined;
  // The rest of the members after a comma, in order (A、B、C，D): the list goes on past the 、.
  if (written.every((t, i) => t === members[i])) {
    let at = end;
    let k = written.length;
    while (k < n && /^[，,；]/u.test(text.slice(at, at + 1)) && text.startsWith(members[k], at + 1)) at += 1 + members[k++].length;
    if (k === n) return undefined;
  }
  return membersFinding(text, c, best, conjunction);
}

/** An entry of two members of three characters or more, read also with one of them altered. */
function pairRead(c: Checked): boolean {
  return c.members.length === 2 && c.minLen >= 3;
}

/** Two items: one a member of a pair-read entry, the other that entry's other member with one character changed. */
function alteredPair(c: Checked, written: readonly string[]): boolean {
  return pairRead(c) && written.length === 2 && written.filter((t) => c.members.includes(t)).length === 1 && written.some((t) => !c.members.includes(t) && nearMember(c, t)) && written[0] !== written[1];
}

/** Whether `written` holds `members` in their order (each once), other items between them allowed. */
function inOrder(written: readonly string[], members: readonly string[]): boolean {
  let k = 0;
  for (const t of written) if (k < members.length && t === members[k]) k++;
  return k === members.length;
}

/**
 * A whole list of all members but one, in their order, the one left out between two written
 * (增强政治意识、大局意识、看齐意识，): four members or more, or three words of three characters
 * or more sharing an affix (获得感、安全感), or three phrases of four characters or more (简政放权、
 * 优化服务); not two-character words (农业、农民 is often meant so). A list without the first
 * or the last member is often meant so (全面深化改革、全面依法治国、全面从严治党; 早发现、早报告、
 * 早隔离; 获得感、幸福感); of five members or more, four closed by a stop (，。；) without the last
 * are one short. The left-out member is nowhere in the line (not written after a comma or before
 * the list), and the list is not left open (…等).
 */
function oneMissing(text: string, c: Checked, written: readonly string[], end: number): boolean {
  const { members } = c;
  const n = members.length;
  if (written.length !== n - 1 || !written.every((t) => members.includes(t)) || !inOrder(members, written)) return false;
  const left = members.find((m) => !written.includes(m))!;
  if (left === members[0]) return false;
  if (left === members[n - 1] && !(n >= 5 && /^[，。；！？]/u.test(text.slice(end, end + 1)))) return false;
  // Of three: only where what is written is distinctive (words of three characters or more with a
  // shared affix, or phrases of four or more).
  if (n === 3 && !(c.affix && c.minLen >= 3) && c.minLen < 4) return false;
  if (text.includes(left)) return false;
  return !/^[”’"）)]?(?:等|之类|诸)/u.test(text.slice(end, end + 3));
}

/**
 * All members in their order and one item more that looks like one: a member with one character
 * changed (优化服新 beside 优化服务), or another word with an affix of two characters or more the
 * members share (服务意识 among the 意识), or, of a term that names its count, one character
 * shared by an item after the last member (不愿腐 after 不想腐). One character shared elsewhere says
 * too little (早诊断 among the 早 makes the five 早; 认同感 after 安全感). Not an affixed item
 * joined by a conjunction at the end (经济建设、…、生态文明建设和党的建设 names one more thing on
 * purpose).
 */
function oneExtra(c: Checked, written: readonly string[], others: readonly string[], conjunction: string | undefined): boolean {
  const n = c.members.length;
  if (written.length !== n + 1 || others.length !== 1 || !inOrder(written, c.members)) return false;
  // A member written twice, once with one character changed, is never meant (奢靡之风和奢靡之新).
  if (nearMember(c, others[0])) return true;
  // The affix: two characters or more, or one where the term fixes the count and the item comes
  // after the last member (四化同步 and a fifth …化; 三不腐 and a fourth 不…腐). One slipped in
  // between may make a larger formulation (早诊断 before 早治疗: the five 早).
  const affixed = (c.affix?.text.length ?? 0) >= 2 || (c.counted && c.affix && written[n] === others[0]);
  if (!(affixed && fits(c, others[0]))) return false;
  return !(conjunction !== undefined && written[n] === others[0]);
}

/**
 * When the entry's members were first stated: its curated date, or the record's first document
 * spelling them out (its membersFirst, or the first version of its history with these members);
 * not the first use of the term, which may come years after the members (放管服).
 */
export function statedYear(e: GlossaryEntry): string | undefined {
  const same = (e.history ?? []).filter((h) => h.members.join('、') === e.members?.join('、'));
  const years = [e.membersFirst?.year, ...same.map((h) => h.year)].filter((y): y is number => y !== undefined);
  const first = years.length ? Math.min(...years) : undefined;
  // The curated date, more exact, unless the record has the members that year or before.
  if (e.date && (first === undefined || Number(e.date.slice(0, 4)) < first)) return e.date;
  return first === undefined ? undefined : String(first);
}

/**
 * The members in their order, each after the words the writer put before it inside the flagged
 * range (立足新发展阶段、构建新发展格局、贯彻新发展理念 → …、贯彻新发展理念、构建新发展格局): those
 * words move with their member; an altered item's go to the member it stands for; a member left
 * out is written bare. The first item's lead-in lies before the range and stays, unless another
 * member is to come first: then as many Chinese characters before it as the longest other
 * lead-in move with it (要贯彻新发展理念、立足新发展阶段 → 要立足新发展阶段、贯彻新发展理念), and
 * the range starts there (`from`). `sep` is the list's separator (、, or ， between clauses).
 */
function withLeads(text: string, best: readonly Item[], against: readonly string[], conjunction: string | undefined): { parts: string[]; from: number; sep: string } {
  const leads = new Map<string, string>();
  const written = best.map((t) => t.text);
  let listSep = '、';
  for (let k = 1; k < best.length; k++) {
    const gap = text.slice(best[k - 1].end, best[k].start);
    const sep = /^[、，；]/u.test(gap) ? gap[0] : conjunction !== undefined && gap.startsWith(conjunction) ? conjunction : '';
    if (sep === '，' || sep === '；') listSep = sep;
    if (gap.length > sep.length) leads.set(written[k], gap.slice(sep.length));
  }
  let from = best[0].start;
  if (leads.size === 0) return { parts: [...against], from, sep: listSep };
  if (against[0] !== written[0]) {
    const longest = Math.max(...[...leads.values()].map((l) => l.length));
    let k = from;
    while (k > 0 && from - k < longest && /\p{Script=Han}/u.test(text[k - 1])) k--;
    if (k < from) leads.set(written[0], text.slice(k, from));
    from = k;
  }
  const missing = against.filter((m) => !written.includes(m));
  const extra = written.filter((t) => !against.includes(t));
  if (missing.length === extra.length) extra.forEach((t, i) => leads.has(t) && leads.set(missing[i], leads.get(t)!));
  return { parts: against.map((m) => (leads.get(m) ?? '') + m), from, sep: listSep };
}

function membersFinding(text: string, c: Checked, best: readonly Item[], conjunction: string | undefined, against: readonly string[] = c.members): RawFinding {
  const members = against;
  const n = members.length;
  const written = best.map((t) => t.text);
  const end = best[best.length - 1].end;
  const missing = against.filter((m) => !written.includes(m));
  const extra = written.filter((t) => !against.includes(t));
  const problem =
    missing.length || extra.length
      ? [missing.length ? l10n.t('missing {0}', missing.join('、')) : '', extra.length ? l10n.t('not a member: {0}', extra.join('、')) : ''].filter(Boolean).join('; ')
      : l10n.t('members out of order');
  const right = members.join('、');
  // Keep the writer's conjunction before the last member when it lies inside the replaced text
  // (as the last item's, or alone between two items: 丝绸之路经济带和21世纪海上丝绸之路).
  const lastGap = best.length >= 2 ? text.slice(best[best.length - 2].end, best[best.length - 1].start) : '';
  if (conjunction === undefined && CONJUNCTION.exec(lastGap)?.[0] === lastGap) conjunction = lastGap;
  const conjInside = conjunction !== undefined && best.length >= 2 && lastGap === conjunction;
  const { parts, from: start, sep } = withLeads(text, best, against, conjInside ? conjunction : undefined);
  const newText = conjInside ? `${parts.slice(0, -1).join(sep)}${conjunction}${parts[n - 1]}` : parts.join(sep);
  return {
    start,
    end,
    message: l10n.t('The members of “{0}” are not as fixed ({1}): “{2}”.', c.entry.term, problem, right),
    fixes: [replace({ start, end }, newText, { preferred: false })],
    data: { term: c.entry.term },
  };
}

function outdatedFinding(text: string, c: Checked, best: readonly Item[], older: OlderWording, conjunction: string | undefined): LineFinding {
  const start = best[0].start;
  const end = best[best.length - 1].end;
  const members = c.members;
  const changed = [
    ...older.members.filter((m) => !members.includes(m)).map((m) => `${m} → ${members[older.members.indexOf(m)] ?? '—'}`),
    ...(older.members.length < members.length ? members.filter((m) => !older.members.includes(m)).map((m) => l10n.t('added {0}', m)) : []),
  ];
  const conjInside = conjunction !== undefined && text.slice(best[best.length - 2].end, best[best.length - 1].start) === conjunction;
  const newText = conjInside ? `${members.slice(0, -1).join('、')}${conjunction}${members[members.length - 1]}` : members.join('、');
  return {
    start,
    end,
    since: older.since,
    message: older.fromDocument
      ? l10n.t('An older wording of “{0}”: since {1} it reads “{2}” ({3}).', c.entry.term, older.where, members.join('、'), changed.join('；') || l10n.t('members out of order'))
      : l10n.t('An older wording of “{0}”: since {1}{2} it reads “{3}” ({4}).', c.entry.term, older.since, older.where ? `（${older.where}）` : '', members.join('、'), changed.join('；') || l10n.t('members out of order')),
    fixes: [replace({ start, end }, newText, { preferred: false })],
    data: { term: c.entry.term, since: older.since },
  };
}

/** The marks between clauses a comma-read list is split at. */
const CLAUSE_END_UNITS = unitTable('，；,;');

/**
 * Whether an entry is also read clause by clause (立足新发展阶段，贯彻新发展理念，构建新发展格局，
 * 推动高质量发展): three members or more, each of four characters or more.
 */
function commaRead(c: Checked): boolean {
  return c.members.length >= 3 && c.minLen >= 4;
}

/**
 * Lists written as clauses, each a member after at most four characters of its own (a verb: 立足,
 * 深入贯彻), the first after any: runs of two clauses or more ending in members of one comma-read
 * entry (or, among them, with a member with one character changed), as items at the members.
 */
function commaLists(text: string, ix: Index): Array<{ c: Checked; items: Item[] }> {
  const out: Array<{ c: Checked; items: Item[] }> = [];
  // The clauses: between the marks that end them (a clause holding another stop is no item).
  const clauses: Item[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const u = i < text.length ? text.charCodeAt(i) : 0x3002;
    if (STOP_UNITS[u] === 0) continue;
    if (CLAUSE_END_UNITS[u] === 1 || u === 0x3002 || i === text.length) clauses.push({ start, end: i, text: text.slice(start, i) });
    else clauses.push({ start: i, end: i, text: '' });
    start = i + 1;
  }
  // The exact members each clause ends with (of comma-read entries).
  const endings = clauses.map((cl) => {
    const found: Array<{ c: Checked; m: string }> = [];
    for (const L of ix.lengths) {
      if (L < 4 || L > cl.text.length) continue;
      const tail = cl.text.slice(-L);
      for (const c of ix.byMember.get(tail) ?? []) if (commaRead(c)) found.push({ c, m: tail });
    }
    return found;
  });
  const entriesSeen = new Set<Checked>();
  for (const e of endings) for (const { c } of e) entriesSeen.add(c);
  for (const c of entriesSeen) {
    // The item of clause k for c: its member, or a member with one character changed, after a lead-in.
    const itemAt = (k: number, first: boolean): Item | undefined => {
      const cl = clauses[k];
      const hit = endings[k].find((x) => x.c === c);
      const lens = hit ? [hit.m.length] : [...new Set(c.members.map((m) => m.length))];
      for (const L of lens) {
        if (cl.text.length < L) continue;
        const tail = cl.text.slice(-L);
        if (!hit && !nearMember(c, tail)) continue;
        const lead = cl.text.slice(0, -L);
        if (!first && (lead.length > 4 || !/^\p{Script=Han}*$/u.test(lead))) continue;
        return { start: cl.end - L, end: cl.end, text: tail };
      }
      return undefined;
    };
    let k = 0;
    while (k < clauses.length) {
      const first = itemAt(k, true);
      if (!first) {
        k++;
        continue;
      }
      const items = [first];
      let j = k + 1;
      for (; j < clauses.length; j++) {
        const it = itemAt(j, false);
        if (!it) {
          // The last clause may go on after its member (以推动高质量发展为主题; …生活水平为标准).
          const cl = clauses[j];
          let last: Item | undefined;
          for (let p = 0; p <= 4 && p < cl.text.length && !last; p++) {
            if (p > 0 && !/\p{Script=Han}/u.test(cl.text[p - 1])) break;
            const m = longestAt(c, cl.text, p);
            if (m) last = { start: cl.start + p, end: cl.start + p + m.length, text: m };
          }
          if (last) items.push(last);
          j++;
          break;
        }
        items.push(it);
      }
      if (items.length >= 2 && items.filter((t) => isMember(c, t.text)).length >= 2) out.push({ c, items });
      k = j;
    }
  }
  return out;
}

/**
 * Runs of members written without separators (获得感幸福感安全感), read as lists: two members or
 * more of one entry back to back, with a neighbouring item that shares their affix.
 */
function joinedLists(text: string, ix: Index): Array<{ c: Checked; items: Item[] }> {
  const out: Array<{ c: Checked; items: Item[] }> = [];
  const firstUnits = ix.firstUnits;
  for (let i = 0; i < text.length; i++) {
    if (firstUnits[text.charCodeAt(i)] === 0) continue;
    const cands = ix.byFirst.get(text[i]);
    if (!cands) continue;
    const first = cands.find((m) => text.startsWith(m, i));
    if (!first) continue;
    for (const c of ix.byMember.get(first)!) {
      if (c.affix?.kind !== 'suffix') continue;
      const items: Item[] = [{ start: i, end: i + first.length, text: first }];
      let j = i + first.length;
      for (;;) {
        const next = (ix.byFirst.get(text[j]) ?? []).find((m) => text.startsWith(m, j) && isMember(c, m));
        if (next) {
          items.push({ start: j, end: j + next.length, text: next });
          j += next.length;
          continue;
        }
        // One altered member at the end: as long as a member, ending in the affix.
        const w = text.slice(j, j + c.maxLen).indexOf(c.affix.text);
        const k = w < 0 ? -1 : j + w;
        if (k > j && k + c.affix.text.length - j <= c.maxLen && fits(c, text.slice(j, k + c.affix.text.length)) && !STOP.has(text[j])) {
          const t = text.slice(j, k + c.affix.text.length);
          if (![...t].some((ch) => STOP.has(ch))) items.push({ start: j, end: j + t.length, text: t });
        }
        break;
      }
      if (items.length >= 2 && items.filter((t) => isMember(c, t.text)).length >= 2) {
        out.push({ c, items });
        i = items[items.length - 1].end - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Findings of the member check on one line (line-relative), for the given entries (the rule uses
 * the built-in glossary). With a date, an older wording is flagged when the date is on or after
 * its change; without one it is left alone.
 */
export function checkMembers(line: string, checkedEntries: readonly Checked[], masked: ReadonlyArray<readonly [number, number]> = [], date?: DocDate): RawFinding[] {
  return lineFindings(line, checkedEntries, masked)
    .map((f) => forDate(f, date))
    .filter((f): f is RawFinding => f !== undefined);
}

/**
 * Findings of the whole check on one line, clause entries included; `pretested` false skips the
 * pre-tests (the tests compare both: the pre-test may only skip lines with nothing to find).
 */
export function checkLine(line: string, checkedEntries: readonly Checked[], clauses: readonly ClauseChecked[], date?: DocDate, pretested = true): RawFinding[] {
  return lineFindings(line, checkedEntries, [], clauses, pretested ? undefined : IN_LIST | JOINED | CLAUSES | PAIRED | COMMAS, pretested)
    .map((f) => forDate(f, date))
    .filter((f): f is RawFinding => f !== undefined);
}

function lineFindings(line: string, checkedEntries: readonly Checked[], masked: ReadonlyArray<readonly [number, number]>, clauses: readonly ClauseChecked[] = NO_CLAUSES, ways = pretest(line, triggersOf(checkedEntries, clauses), 0, line.length), perList = true): readonly LineFinding[] {
  if (ways === 0) return NOTHING;
  // Traditional characters are traditional-char's finding, not a wrong member (same offsets).
  const text = toSimplifiedChars(line);
  const ix = indexOf(checkedEntries);
  const found: Array<{ f: LineFinding; order: number }> = [];
  const push = (f: LineFinding | undefined) => {
    // A range never starts or ends inside a surrogate pair (an item cut to a member's length may).
    if (!f || splitsPair(text, f.start) || splitsPair(text, f.end) || overlapsAny(masked, f.start, f.end)) return;
    found.push({ f, order: found.length });
  };
  if (ways & (IN_LIST | PAIRED)) {
    const listTriggers = triggersOf(checkedEntries, NO_CLAUSES);
    for (const list of [...(ways & IN_LIST ? lists(text) : []), ...(ways & PAIRED ? pairs(text) : [])]) {
      if (perList && (pretest(text, listTriggers, list[0].start, list[list.length - 1].end) & (IN_LIST | PAIRED)) === 0) continue;
      // The entries two or more of whose members the list holds.
      const hits = new Map<Checked, number>();
      list.forEach((it, i) => {
        const keys = new Set<string>([it.text]);
        // The first item by its end (a lead-in before it), the others by their start (words after
        // a member: the last item's, or a middle one's where the list goes on to other things:
        // 安全感更加充实、更有保障).
        const last = i === list.length - 1;
        // (An item that is a member is read whole; a middle one needs no other key.)
        const whole = !last && i > 0 && ix.byMember.has(it.text);
        for (const L of ix.lengths) {
          if (whole || L >= it.text.length) break;
          if (i === 0) keys.add(it.text.slice(-L));
          // (A middle item by a member of three or more at its start.)
          else if (last || L >= 3) keys.add(it.text.slice(0, L));
          // (After the first, a member of four or more after a verb of its own: 构建新发展格局.)
          if (i > 0 && L >= 4 && it.text.length - L <= 4) keys.add(it.text.slice(-L));
        }
        if (i > 0 && i === list.length - 1) {
          const m = /^(.+?)(?:以及|和|及|与)(.+)$/u.exec(it.text);
          if (m) {
            keys.add(m[1]);
            for (const L of ix.lengths) if (L <= m[2].length) keys.add(m[2].slice(0, L));
          }
        }
        const seen = new Set<Checked>();
        for (const k of keys) for (const c of ix.byMember.get(k) ?? []) seen.add(c);
        // 产业、人才、组织振兴: the item with the last item's head word.
        if (i < list.length - 1) {
          for (const c of ix.byMember.get(list[list.length - 1].text) ?? ix.byMember.get(longestKey(ix, list[list.length - 1].text)) ?? []) {
            if (c.affix?.kind === 'suffix' && isMember(c, it.text + c.affix.text)) seen.add(c);
          }
        }
        for (const c of seen) hits.set(c, (hits.get(c) ?? 0) + 1);
      });
      for (const [c, count] of hits) if (count >= 2 || (count === 1 && pairRead(c))) push(check(text, c, list));
    }
  }
  if (ways & JOINED) for (const { c, items } of joinedLists(text, ix)) push(check(text, c, items));
  if (ways & COMMAS) for (const { c, items } of commaLists(text, ix)) push(check(text, c, items));
  if (ways & CLAUSES) for (const f of checkClauses(text, clauses)) push(f);
  // Overlapping findings: the one found first is kept (a sweep by start, not a search per finding).
  found.sort((a, b) => a.f.start - b.f.start || a.order - b.order);
  const out: Array<{ f: LineFinding; order: number }> = [];
  for (const x of found) {
    const last = out[out.length - 1];
    if (!last || x.f.start >= last.f.end) out.push(x);
    else if (x.order < last.order) out[out.length - 1] = x;
  }
  return out.map((x) => x.f);
}

function splitsPair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** The longest member the text starts with (for a last item with words after it). */
function longestKey(ix: Index, text: string): string {
  for (let k = ix.lengths.length - 1; k >= 0; k--) {
    const key = text.slice(0, ix.lengths[k]);
    if (ix.byMember.has(key)) return key;
  }
  return text;
}

/**
 * The cheap pre-test of a line. Every finding needs two different members of one entry within one
 * list (nothing between them ends a list but 、), two different openings of one clause entry on
 * the line, or a member of a head-word entry right after a 、 (产业、人才、组织振兴). A line
 * without is skipped after one pass over its code units, with no allocation: each pair of
 * neighbouring units is looked up in a table of the first two units of the triggers (members,
 * former members, clause openings), traditional forms included; only where it hits are the
 * triggers compared, read as simplified characters.
 */
interface Trigger {
  /** Its code units (simplified). */
  readonly units: readonly number[];
  /** Entries (index in the checked list) and clause entries (after them) it is a member or an opening of. */
  readonly owners: readonly number[];
  /** A member of an entry with a shared head word at its end (振兴). */
  readonly headed: boolean;
  readonly id: number;
}

interface Triggers {
  /** Hash of two code units → 1 + index in `slots` of the triggers starting so (0: none). */
  readonly pairs: Uint16Array;
  readonly slots: ReadonlyArray<readonly Trigger[]>;
  readonly simplified: Uint16Array;
  /** 1 at a code unit that ends a list (a stop other than 、). */
  readonly stops: Uint8Array;
  /** A trigger of one code unit exists: the pre-test cannot tell, the full check runs. */
  readonly oneUnit: boolean;
  /** Owners from this index on are clause entries (counted per line, not per list). */
  readonly firstClause: number;
  /** Per owner: the line it was last seen on, the trigger seen and where it ended. */
  readonly stamp: Int32Array;
  readonly word: Int32Array;
  readonly end: Int32Array;
  /** The same for members beside a 、 (or a conjunction), the ones a list is read by. */
  readonly listStamp: Int32Array;
  readonly listWord: Int32Array;
  readonly listEnd: Int32Array;
  /** Per owner: 1 when it is read in clauses (commaRead); the clause end after its last member seen there. */
  readonly commaOwner: Uint8Array;
  /** Per owner: 1 when it is a pair-read entry (pairRead). */
  readonly pairOwner: Uint8Array;
  readonly commaStamp: Int32Array;
  readonly commaWord: Int32Array;
  readonly commaEnd: Int32Array;
  tick: number;
}

const triggerSets = new WeakMap<readonly Checked[], WeakMap<readonly ClauseChecked[], Triggers>>();
const NO_CLAUSES: readonly ClauseChecked[] = [];
const NOTHING: readonly LineFinding[] = [];
const pairHash = (a: number, b: number) => ((a * 31) ^ b) & 0xffff;

function triggersOf(checked: readonly Checked[], clauses: readonly ClauseChecked[]): Triggers {
  let inner = triggerSets.get(checked);
  if (!inner) triggerSets.set(checked, (inner = new WeakMap()));
  let t = inner.get(clauses);
  if (t) return t;
  const words = new Map<string, { owners: number[]; headed: boolean }>();
  const add = (w: string, owner: number, headed: boolean) => {
    const x = words.get(w) ?? { owners: [], headed: false };
    if (!x.owners.includes(owner)) x.owners.push(owner);
    x.headed ||= headed;
    words.set(w, x);
  };
  checked.forEach((c, i) => {
    for (const m of [...c.members, ...c.formerMembers]) add(m, i, c.affix?.kind === 'suffix');
  });
  clauses.forEach((c, i) => add(c.prefix, checked.length + i, false));
  const simplified = simplifiedUnits();
  // Simplified code unit → itself and its traditional forms.
  const forms = new Map<number, number[]>();
  for (let c = 0x3400; c < 0x10000; c++) {
    if (simplified[c] === 0) continue;
    const list = forms.get(simplified[c]) ?? [simplified[c]];
    list.push(c);
    forms.set(simplified[c], list);
  }
  const formsOf = (u: number) => forms.get(u) ?? [u];
  const pairs = new Uint16Array(0x10000);
  const slots: Trigger[][] = [];
  let id = 0;
  let oneUnit = false;
  for (const [w, x] of words) {
    const units: number[] = [];
    for (let j = 0; j < w.length; j++) units.push(w.charCodeAt(j));
    const trigger: Trigger = { units, owners: x.owners, headed: x.headed, id: id++ };
    const hashes = new Set<number>();
    // A one-unit trigger (no entry has one): the pre-test is off.
    if (units.length < 2) oneUnit = true;
    else for (const a of formsOf(units[0])) for (const b of formsOf(units[1])) hashes.add(pairHash(a, b));
    for (const h of hashes) {
      if (pairs[h] === 0) {
        slots.push([]);
        pairs[h] = slots.length;
      }
      slots[pairs[h] - 1].push(trigger);
    }
  }
  for (const list of slots) list.sort((p, q) => q.units.length - p.units.length);
  const stops = new Uint8Array(0x10000);
  for (const ch of STOP) if (ch !== '、') stops[ch.charCodeAt(0)] = 1;
  const owners = checked.length + clauses.length;
  t = { pairs, slots, simplified, stops, oneUnit, firstClause: checked.length, stamp: new Int32Array(owners).fill(-1), word: new Int32Array(owners), end: new Int32Array(owners), listStamp: new Int32Array(owners).fill(-1), listWord: new Int32Array(owners), listEnd: new Int32Array(owners), commaOwner: new Uint8Array(owners), pairOwner: new Uint8Array(owners), commaStamp: new Int32Array(owners).fill(-1), commaWord: new Int32Array(owners), commaEnd: new Int32Array(owners), tick: 0 };
  checked.forEach((c, i) => (t!.commaOwner[i] = commaRead(c) ? 1 : 0));
  checked.forEach((c, i) => (t!.pairOwner[i] = pairRead(c) ? 1 : 0));
  inner.set(clauses, t);
  return t;
}

/** Whether `text` at `i`, read as simplified characters, starts with the code units `w`. */
function startsAt(text: string, i: number, w: readonly number[], simplified: Uint16Array, to: number): boolean {
  if (i + w.length > to) return false;
  for (let j = 0; j < w.length; j++) {
    const c = text.charCodeAt(i + j);
    if ((c >= 0x3400 && simplified[c] !== 0 ? simplified[c] : c) !== w[j]) return false;
  }
  return true;
}

/** What the pre-test found: two members in one 、-list (or a head-word list), back to back, two clause openings. */
const IN_LIST = 1;
const JOINED = 2;
const CLAUSES = 4;
/** Two members joined by a conjunction alone. */
const PAIRED = 8;
/** Two members of a comma-read entry in clauses one after the other (立足新发展阶段，贯彻新发展理念). */
const COMMAS = 16;

/**
 * The pre-test over text[from, to): which ways of writing members the full check must read (0:
 * none, the common case).
 */
function pretest(text: string, t: Triggers, from: number, to: number): number {
  const { pairs, slots, simplified, stops, stamp, word, end, listStamp, listWord, listEnd, firstClause, commaOwner, pairOwner, commaStamp, commaWord, commaEnd } = t;
  if (t.oneUnit) return IN_LIST | JOINED | CLAUSES | PAIRED | COMMAS;
  if (t.tick > 0x3fffffff) {
    t.tick = 0;
    stamp.fill(-1);
    listStamp.fill(-1);
    t.commaStamp.fill(-1);
  }
  const line = ++t.tick;
  const n = to;
  let found = 0;
  if (from >= n) return 0;
  // Every trigger is two code units long or more: a pair (text[i - 1], text[i]) starts each.
  let h = text.charCodeAt(from);
  for (let j = from + 1; j < n; j++) {
    const u = text.charCodeAt(j);
    const slot = pairs[((h * 31) ^ u) & 0xffff];
    h = u;
    if (slot === 0) continue;
    const i = j - 1;
    const words = slots[slot - 1];
    for (let w = 0; w < words.length; w++) {
      const trigger = words[w];
      if (!startsAt(text, i, trigger.units, simplified, n)) continue;
      const e = Math.min(i + trigger.units.length, n);
      const b0 = i > from ? text.charCodeAt(i - 1) : 0;
      const before = b0 >= 0x3400 && simplified[b0] !== 0 ? simplified[b0] : b0;
      if (trigger.headed && before === 0x3001) found |= IN_LIST;
      // A list's items are read whole, the first by its end, the last by its start or after its
      // conjunction: a member counts for a list when a 、 (or 和/及/与) is beside it.
      const after = e < n ? text.charCodeAt(e) : 0;
      let aligned = before === 0x3001 || after === 0x3001 || before === 0x548c || before === 0x53ca || before === 0x4e0e || after === 0x548c || after === 0x53ca || after === 0x4e0e;
      // A member of four or more after a verb of its own, the item starting at a 、 up to four units before.
      if (!aligned && trigger.units.length >= 4) {
        for (let k = i - 1; k >= Math.max(from, i - 5) && stops[text.charCodeAt(k)] === 0; k--) {
          if (text.charCodeAt(k) === 0x3001) {
            aligned = true;
            break;
          }
        }
      }
      for (let o = 0; o < trigger.owners.length; o++) {
        const owner = trigger.owners[o];
        if (owner >= firstClause) {
          if (stamp[owner] === line && i >= end[owner]) found |= CLAUSES;
        } else {
          // In clauses one after the other: a member of four or more ending its clause, the next
          // one's clause opened by at most four other units (立足新发展阶段，贯彻新发展理念).
          // A member of a pair-read entry beside a separator: its other member may be altered.
          if (aligned && pairOwner[owner] === 1) found |= IN_LIST | PAIRED;
          if (commaOwner[owner] === 1 && trigger.units.length >= 4) {
            if (commaStamp[owner] === line && commaWord[owner] !== trigger.id && commaEnd[owner] < i && i - commaEnd[owner] <= 5) {
              let k = commaEnd[owner] + 1;
              while (k < i && stops[text.charCodeAt(k)] === 0 && text.charCodeAt(k) !== 0x3001) k++;
              if (k === i) found |= COMMAS;
            }
            if (e < n && CLAUSE_END_UNITS[text.charCodeAt(e)] === 1) {
              commaStamp[owner] = line;
              commaWord[owner] = trigger.id;
              commaEnd[owner] = e;
            }
          }
          // Back to back: a list written without separators.
          if (stamp[owner] === line && end[owner] === i && word[owner] !== trigger.id) found |= JOINED;
          if (aligned) {
            if (listStamp[owner] === line && listWord[owner] !== trigger.id && listEnd[owner] <= i) {
              // In one list: a 、 and no other stop between the two.
              let k = listEnd[owner];
              let sep = false;
              for (; k < i && stops[text.charCodeAt(k)] === 0; k++) if (text.charCodeAt(k) === 0x3001) sep = true;
              if (k >= i && sep) found |= IN_LIST;
              // Or two members with a conjunction alone between them (丝绸之路经济带和21世纪海上丝绸之路).
              const gap = i - listEnd[owner];
              if ((gap === 1 && (text.charCodeAt(i - 1) === 0x548c || text.charCodeAt(i - 1) === 0x4e0e || text.charCodeAt(i - 1) === 0x53ca)) || (gap === 2 && text.charCodeAt(i - 2) === 0x4ee5 && text.charCodeAt(i - 1) === 0x53ca)) found |= PAIRED;
            }
            listStamp[owner] = line;
            listWord[owner] = trigger.id;
            listEnd[owner] = e;
          }
        }
        stamp[owner] = line;
        word[owner] = trigger.id;
        end[owner] = e;
      }
    }
  }
  return found;
}

/** Whether a line may hold a finding of the given entries (the pre-test; exported for the tests). */
export function mayHoldFinding(text: string, checkedEntries: readonly Checked[], clauses: readonly ClauseChecked[] = NO_CLAUSES): boolean {
  return pretest(text, triggersOf(checkedEntries, clauses), 0, text.length) !== 0;
}

export const formulationMembersRule: DocumentRule = {
  id: 'formulation-members',
  scope: 'document',
  defaultLevel: 'warning',
  description: 'The members of a known formulation spelled out with one missing, extra, altered or out of order, or in an older wording after it changed (四个意识, 四个自信, 五位一体, 四早 …), judged against the document\'s date.',
  get examples() {
    const all = [...entries(), ...clauseChecked()];
    const flag = all.flatMap((c) => c.entry.examples?.flag ?? []);
    const pass = all.flatMap((c) => c.entry.examples?.pass ?? []);
    return { flag, pass };
  },
  checkDocument(doc, ctx): RawFinding[] {
    const checked = entries();
    const clauses = clauseChecked();
    const triggers = triggersOf(checked, clauses);
    let date: DocDate | undefined;
    const out: RawFinding[] = [];
    // One function for every line (no allocation per line): it reads the line being checked.
    let line = doc.lines[0];
    const compute = (): readonly LineFinding[] => {
      // Read in the document's own (flat) text: the same units as the line's.
      const ways = pretest(doc.text, triggers, line.start, line.start + line.text.length);
      return ways === 0 ? NOTHING : lineFindings(line.text, checked, maskedRanges(line.text, doc.languageId), clauses, ways);
    };
    for (let k = 0; k < doc.lines.length; k++) {
      line = doc.lines[k];
      if (line.zone !== 'prose' || line.text.length < 4) continue;
      const found = ctx.lineMemo('formulation-members', line.text, compute);
      for (const lf of found) {
        if (lf.since || lf.from) date ??= documentDate(doc, ctx.config.documentDate);
        const rest = forDate(lf, date);
        if (!rest) continue;
        out.push(shifted(rest, line.start));
      }
    }
    return out;
  },
};
