/**
 * Mines the glossary's record layer (corpus/glossary.mined.json) from the official record in
 * ../shared/official/ (government work reports 1954–2025 and CPC congress reports): `npm run
 * glossary:mine`. The output holds only terms, members, years, document titles and addresses;
 * the texts stay where they are. The curated layer (corpus/glossary.json) is never touched.
 *
 * What counts as a formulation:
 * - a numbered formulation (四个全面, 两个确立, 三去一降一补, “六稳”) and the list that spells it out
 *   beside it: exactly as many items as its numbers add up to, next to the term or sharing its
 *   key word (稳就业、稳金融 … for 六稳);
 * - a quoted slogan (“放管服”, “一带一路”) used in two documents or more, or in the record since 2013;
 * - a named strategy, plan, programme or system (乡村振兴战略, 河长制) that two documents or more
 *   introduce with a verb (实施, 推进, 坚持 …);
 * - a list spelled out before such a name (创新、协调、绿色、开放、共享的发展理念).
 * For each: the first and last document of the record that use it, how many use it, and every
 * change of its spelled-out members from one document to the next (added, removed, renamed, reordered).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { officialRecords, type OfficialRecord } from '../test/support/shared';
import type { WordingChange } from '../src/core';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'corpus', 'glossary.mined.json');

export interface DocRef {
  readonly title: string;
  readonly year: number;
  readonly url?: string;
}

/** One change of wording: the glossary's own type, so the mined layer loads as it is written. */
export type MinedChange = WordingChange;

export interface MinedEntry {
  term: string;
  kind: 'numbered' | 'slogan' | 'named' | 'enumeration';
  members?: string[];
  firstUse: DocRef;
  lastUse: DocRef;
  documents: number;
  /** Where the members are first spelled out, when not in the first use. */
  membersFirst?: DocRef;
  history?: MinedChange[];
}

interface Doc extends DocRef {
  readonly text: string;
  readonly order: number;
}

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUM = '[一二两三四五六七八九十]';
const HAN = '\\p{Script=Han}';

/** Plans named by their number (十四五, 七五) and other counts that are not formulations. */
const NOT_FORMULATION = /^(?:[一二三四五六七八九十]+五|一个民族|八七|二月提纲|五四运动|一百五十六项|一五六项|十年磨一剑|四两拨千斤|一穷二白|一切向钱看|[一二三四五六七八九十]+连增|五连快|一把手|一言堂|一元化|一个资产阶级|七一|十条)$/u;

/** The count a numbered formulation announces: 四个全面 → 4, 三去一降一补 → 5, 两不愁三保障 → 5. */
export function announcedCount(term: string): number | undefined {
  const nums = [...term.matchAll(new RegExp(`(${NUM})(?=[个大项条种位]?${HAN})`, 'gu'))];
  if (!nums.length || term.indexOf(nums[0][1]) !== 0) return undefined;
  // 一国两制, 五位一体, 一带一路: the second numeral is part of the name, not a second count.
  if (/^(?:一国两制|五位一体|一带一路|一府两院|一中一台|一国两府|两岸一家亲|一刀切|一张网|一口办理|一主多辅|一老一小|一平二调)$/u.test(term)) return undefined;
  const sum = nums.reduce((s, m) => s + (NUMERAL[m[1]] ?? 0), 0);
  return sum >= 2 && sum <= 14 ? sum : undefined;
}

/** The term's key word, the part every member shares (意识 in 四个意识, 稳 in 六稳). */
function keyWord(term: string): string | undefined {
  if ((term.match(new RegExp(NUM, 'gu'))?.length ?? 0) > 1) return undefined;
  const k = term.replace(new RegExp(`^${NUM}+[个大项条种]?`, 'u'), '');
  return k.length >= 1 && k.length <= 4 && k !== term ? k : undefined;
}

const SENT_END = /[。！？；\n]/u;

function sentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENT_END.test(text[i])) {
      if (i > s) out.push({ start: s, text: text.slice(s, i) });
      s = i + 1;
    }
  }
  return out;
}

/** Items of a list, split at 、 (and at ， when every part is short), the last split at 和/以及. */
function splitItems(run: string): string[] {
  const items = run.split('、');
  const last = items[items.length - 1];
  const m = /^(.+?)(?:以及|和|及|与)(.+)$/u.exec(last);
  if (items.length >= 2 && m && m[1].length >= 2 && m[2].length >= 2) items.splice(items.length - 1, 1, m[1], m[2]);
  return items;
}

const MEMBER_RE = /^[\p{Script=Han}A-Za-z0-9“”]+$/u;

function cleanMember(s: string): string {
  return s.replace(/[“”]/g, '');
}

/**
 * The members a numbered term's sentence spells out: `n` items separated by 、 (or ，), next to
 * the term (just before it, or just after it with 即/是/：), or every item holding the key word.
 */
export function membersNear(sentence: string, term: string, n: number): string[] | undefined {
  const at = sentence.indexOf(term);
  if (at < 0) return undefined;
  const key = keyWord(term);
  // 1. A list ending right before “term”: 经济建设、政治建设、…、生态文明建设“五位一体”.
  const before = sentence.slice(0, at).replace(/[“]$/u, '').replace(/(?:的|等)$/u, '');
  const listBefore = new RegExp(`((?:${HAN}{2,16}、){${Math.max(1, n - 2)},}${HAN}{2,16}(?:(?:以及|和|及)${HAN}{2,16})?)$`, 'u').exec(before)?.[1];
  const cands: string[][] = [];
  if (listBefore) cands.push(splitItems(listBefore));
  // 2. Right after: “term”，即A、B、C / “term”：A、B.
  const after = sentence.slice(at + term.length).replace(/^”/u, '');
  const listAfter = new RegExp(`^(?:[，,：:（(]|——)?(?:即|就是|包括)[“]?((?:${HAN}{2,20}[、，]){${Math.max(1, n - 2)},}${HAN}{2,20}(?:(?:以及|和|及)${HAN}{2,20})?)`, 'u').exec(after)?.[1];
  if (listAfter) cands.push(splitItems(listAfter.replace(/，/g, '、')));
  for (const c of cands) {
    if (c.length !== n) continue;
    const trimmed = trimEnds(c, key);
    if (trimmed && (!key || trimmed.every((m) => m.includes(key)) || listBefore)) return trimmed;
  }
  return undefined;
}

/** A run of exactly `n` items in a sentence, each holding the term's key word (1–3 characters). */
function keyedRun(sentence: string, term: string, n: number): string[] | undefined {
  const key = keyWord(term);
  if (!key || key.length > 3 || !sentence.includes(key)) return undefined;
  const parts = sentence.split(/[、，；]/u);
  for (let i = 0; i + n <= parts.length; i++) {
    const run = parts.slice(i, i + n);
    if (!run.every((p) => p.includes(key))) continue;
    if ((i > 0 && parts[i - 1].includes(key)) || (i + n < parts.length && parts[i + n].includes(key))) continue;
    const trimmed = trimEnds(run, key);
    // Each member carries the key word at the same end (政治意识 … 看齐意识; 稳就业 … 稳预期).
    if (trimmed && (trimmed.every((m) => m.endsWith(key)) || trimmed.every((m) => m.startsWith(key))) && trimmed.every((m) => m.length > key.length && m.length <= 14)) return trimmed;
  }
  return undefined;
}

/** Cut the lead-in off the first item and the tail off the last: 增强政治意识 → 政治意识. */
function trimEnds(items: string[], key0: string | undefined): string[] | undefined {
  const out = items.map(cleanMember);
  const mids = out.slice(1, -1).map((s) => s.length);
  // Without a key word the middle items share (权分置 of 三权分置), the end they do share (权).
  let key = key0;
  if (out.length > 2 && (!key || !out.slice(1, -1).every((m) => m.endsWith(key!) || m.startsWith(key!)))) {
    const inner = out.slice(1, -1);
    let suffix = inner[0];
    for (const m of inner) while (suffix && !m.endsWith(suffix)) suffix = suffix.slice(1);
    // (Only an end: a shared start would cut the last item at a guessed length.)
    key = suffix && !inner.includes(suffix) ? suffix : key0;
  }
  const typical = mids.length ? Math.max(...mids) : Math.min(out[0].length, out[out.length - 1].length);
  const suffix = key && out.slice(1, -1).every((m) => m.endsWith(key)) && out.length > 2;
  const prefix = key && out.slice(1, -1).every((m) => m.startsWith(key)) && out.length > 2;
  if (out[0].length > typical + 1) {
    if (prefix && out[0].includes(key!)) out[0] = out[0].slice(out[0].lastIndexOf(key!));
    else if (suffix) out[0] = out[0].slice(-typical);
    else return undefined;
  }
  const last = out.length - 1;
  if (out[last].length > typical + 1) {
    if (suffix && out[last].includes(key!)) out[last] = out[last].slice(0, out[last].indexOf(key!) + key!.length);
    else if (prefix) out[last] = out[last].slice(0, typical);
    else return undefined;
  }
  if (out.some((m) => m.length < 2 || m.length > 14 || !MEMBER_RE.test(m) || /^[的了和是及与对在把将]|(?:[的了和是地为对向给在]|之外|以外|之内|以内)$/u.test(m))) return undefined;
  const lens = out.map((m) => m.length);
  if (Math.max(...lens) > 2.5 * Math.min(...lens)) return undefined;
  if (new Set(out).size !== out.length) return undefined;
  return out;
}

function diff(prev: readonly string[], next: readonly string[]): Omit<MinedChange, 'year' | 'title' | 'members'> | undefined {
  if (prev.join('、') === next.join('、')) return undefined;
  const removed = prev.filter((m) => !next.includes(m));
  const added = next.filter((m) => !prev.includes(m));
  const renamed: Array<[string, string]> = [];
  // A member in the same place with a different wording is renamed.
  if (prev.length === next.length) {
    for (let i = 0; i < prev.length; i++) if (removed.includes(prev[i]) && added.includes(next[i])) renamed.push([prev[i], next[i]]);
  }
  const ra = removed.filter((m) => !renamed.some((r) => r[0] === m));
  const aa = added.filter((m) => !renamed.some((r) => r[1] === m));
  const common = (xs: readonly string[], ys: readonly string[]) => xs.filter((m) => ys.includes(m));
  const reordered = common(prev, next).join('、') !== common(next, prev).join('、');
  return {
    ...(aa.length ? { added: aa } : {}),
    ...(ra.length ? { removed: ra } : {}),
    ...(renamed.length ? { renamed } : {}),
    ...(reordered ? { reordered } : {}),
  };
}

/** Whether a document uses a term: the term anywhere, or, for two characters, in quotation marks. */
export function usesTerm(text: string, term: string): boolean {
  return term.length <= 2 ? text.includes(`“${term}”`) : text.includes(term);
}

function ref(d: Doc): DocRef {
  return { title: d.title, year: d.year, ...(d.url ? { url: d.url } : {}) };
}

const VERBS = '深入实施|加快实施|大力实施|全面实施|继续实施|深入推进|大力推进|加快推进|全面推进|扎实推进|贯彻落实|全面落实|深入开展|扎实开展|加快构建|加快建设|全面建立|健全|完善|构建|建立|实施|推进|推动|坚持|落实|贯彻|开展|启动|深化|树立|践行'.split('|');
const NAME_SUFFIX = '战略|工程|行动|计划|理念|布局|格局|方针|方略|攻坚战|制度|长制|责任制|机制|体系|试点|改革|思想|精神|经验|主义|原则|路线|总基调|新发展格局|现代化|制';
const NAMED_RE = new RegExp(`(?:${VERBS.join('|')})((?:“[^”]{1,12}”)?${HAN}{2,10}?(?:${NAME_SUFFIX}))(?=[，。、；：和与及的）\\s]|$)`, 'gu');
/** Quoted words of the record that are not formulations (names of ships and probes, plain words in quotes). */
const NOT_SLOGAN = /^(?:自由|和平|缓和|杀人|裁军|热点|民主派|效忠信|临终嘱咐|共同防御条约|辽宁舰|东方之星|嫦娥[五六]号|天问一号|奋斗者|加速度|星火|条条|块块|瓶颈|打非)$/u;

/** Names that are ordinary phrases, not formulations. */
const NOT_NAMED = /^(?:工作机制|长效机制|体制机制|指导思想|社会主义|马克思主义|爱国主义|体制改革|深化改革|激励机制|决策机制|监督机制|内部机制|民主制度|分配制度|工资制度|产权制度|财税体制|经济体制|市场体系)$|^(?:这一|这个|这项|这些|各项|有关|相关|一系列|一批|一项|一些|各种|各类|新的|我们的|原有|现行|必要的|有效的|全面|各级|各地|政府|国家|中央)|^[^\p{Script=Han}“]|(?:的|和|与|及)(?:战略|工程|体系|机制|制度)$/u;

/**
 * Words that the verb pattern leaves at the start of a name: 和完善, 起, 了, 执行, 以 (坚持以马列主义…)
 * — but not the 以 of a name built on 以…为 or 以…取胜 (以人民为中心的发展思想, 以质取胜…战略),
 * nor the 和 of 和平, 和谐.
 */
const LEAD_IN = /^(?:和完善|和健全|和发展|和加强|执行|实施|实行|健全|完善|用|了|起|的|在|和(?![平谐])|好|以(?!.*(?:为|取胜)))+/u;

interface Acc {
  term: string;
  kind: MinedEntry['kind'];
  docs: Doc[];
  versions: Array<{ doc: Doc; members: string[] }>;
}

/** The members every item shares at one end (意识, 全面), two characters or more, or undefined. */
function sharedAffix(members: readonly string[]): { kind: 'prefix' | 'suffix'; text: string } | undefined {
  let suffix = members[0];
  let prefix = members[0];
  for (const m of members) {
    while (suffix && !m.endsWith(suffix)) suffix = suffix.slice(1);
    while (prefix && !m.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  if (suffix.length >= 2 && suffix.length >= prefix.length && !members.includes(suffix)) return { kind: 'suffix', text: suffix };
  return prefix.length >= 2 && !members.includes(prefix) ? { kind: 'prefix', text: prefix } : undefined;
}

/**
 * The wording of a formulation with known members in one document: a 、-list of the document that
 * holds all its members or all but one (three at least), in any order, with at most one other
 * item, which must share the members' affix of two characters or more (全面建成小康社会 among the
 * 全面…). The list as the document writes it, its first item cut to the member it ends with and its
 * last to the member it starts with; undefined when no list qualifies.
 */
export function wordingIn(text: string, members: readonly string[]): string[] | undefined {
  const n = members.length;
  if (n < 3 || !members.every((m) => !/[、，；。]/u.test(m))) return undefined;
  const affix = sharedAffix(members);
  const maxLen = Math.max(...members.map((m) => m.length));
  let best: { items: string[]; exact: number } | undefined;
  // Only lines where a member is written.
  if (!members.some((m) => text.includes(m))) return undefined;
  for (const s of sentences(text)) {
    if (members.filter((m) => s.text.includes(m)).length < Math.max(3, n - 1)) continue;
    for (const run of s.text.split(/[，。；：！？“”（）《》\s]/u)) {
      if (!run.includes('、')) continue;
      const items = splitItems(run);
      // Each item as a member: whole, or (only at the ends of the run) cut to the member it ends
      // or starts with, or, once, another word with the members' affix.
      const whole = items.map((it) => (members.includes(it) ? it : undefined));
      const endCut = items.map((it) => members.filter((m) => it.endsWith(m)).sort((a, b) => b.length - a.length)[0]);
      const startCut = items.map((it) => members.filter((m) => it.startsWith(m)).sort((a, b) => b.length - a.length)[0]);
      const affixed = items.map((it) =>
        affix && it.length <= maxLen + 2 && /^\p{Script=Han}+$/u.test(it) && (affix.kind === 'suffix' ? it.endsWith(affix.text) : it.startsWith(affix.text)) ? it : undefined,
      );
      const any = (i: number) => whole[i] ?? affixed[i];
      let from = 0;
      while (from < items.length && !any(from) && !endCut[from]) from++;
      let to = from;
      const got: Array<string | undefined> = [];
      if (from < items.length) got.push(whole[from] ?? endCut[from] ?? affixed[from]);
      for (to = from + 1; to < items.length && any(to); to++) got.push(any(to));
      if (to < items.length && startCut[to]) got.push(startCut[to]);
      const list = got as string[];
      const exact = list.filter((x) => members.includes(x)).length;
      if (exact < Math.max(3, n - 1) || list.length - exact > 1 || list.length < n - 1 || list.length > n + 1 || new Set(list).size !== list.length) continue;
      if (!best || exact > best.exact) best = { items: list, exact };
    }
  }
  return best?.items;
}

/** Members of the curated layer (corpus/glossary.json), by term: the wordings whose history is mined. */
function curatedMembers(): Map<string, string[]> {
  const file = path.join(ROOT, 'corpus', 'glossary.json');
  const out = new Map<string, string[]>();
  if (!fs.existsSync(file)) return out;
  for (const e of (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Array<{ term: string; members?: string[]; status?: string }> }).entries) {
    if (e.members && e.status !== 'unconfirmed') out.set(e.term, e.members);
  }
  return out;
}

export function mine(records: readonly OfficialRecord[], seeds: ReadonlyMap<string, readonly string[]> = curatedMembers()): MinedEntry[] {
  const docs: Doc[] = records
    .filter((r) => r.year !== undefined && r.kind !== 'resolution')
    .map((r) => ({ title: r.title, year: r.year!, text: r.text, order: 0, url: r.url }))
    .sort((a, b) => a.year - b.year || (a.title.includes('政府工作报告') ? -1 : 1));
  docs.forEach((d, i) => ((d as { order: number }).order = i));
  const acc = new Map<string, Acc>();
  const note = (term: string, kind: Acc['kind'], d: Doc) => {
    let a = acc.get(term);
    if (!a) acc.set(term, (a = { term, kind, docs: [], versions: [] }));
    if (a.docs[a.docs.length - 1] !== d) a.docs.push(d);
  };
  const QUOTED = new RegExp(`“((?:${HAN}|[+＋、])[${'\\p{Script=Han}'}+＋、]{1,15})”`, 'gu');
  const NUMBERED = new RegExp(`(?<![${'\\p{Script=Han}'}])${NUM}(?:个|大|项)${HAN}{2,4}?(?=[”，。、；：的和\\s])`, 'gu');
  for (const d of docs) {
    for (const m of d.text.matchAll(QUOTED)) {
      const t = m[1].replace(/＋/g, '+');
      if (/、$|^、|、、/u.test(t) || NOT_FORMULATION.test(t) || NOT_SLOGAN.test(t)) continue;
      if (t.split('、').some((p) => p.length > 8)) continue;
      note(t, announcedCount(t) ? 'numbered' : 'slogan', d);
    }
    for (const m of d.text.matchAll(NUMBERED)) {
      if (d.text[m.index! - 1] === '“') continue;
      note(m[0], 'numbered', d);
    }
    for (const m of d.text.matchAll(NAMED_RE)) {
      const t = m[1].replace(/[“”]/g, '').replace(LEAD_IN, '');
      if (NOT_NAMED.test(t) || t.length < 4) continue;
      note(t, 'named', d);
    }
  }
  // Keep what recurs (or is quoted in the record since 2013, or is numbered with a spelled-out list).
  const kept: Acc[] = [];
  for (const a of acc.values()) {
    const n = announcedCount(a.term);
    for (const d of n ? docs : []) {
      const uses = a.docs.includes(d);
      for (const s of sentences(d.text)) {
        // Beside the term in a document that uses it, or, anywhere, a run sharing its key word.
        // A one-character key word (稳, 保) says too little away from the term: only beside it.
        // Away from the term, only a run whose members all end in a key word of two characters
        // or more (政治意识 … 看齐意识), in a document within two years of the term's first use.
        const key = keyWord(a.term);
        const near = Math.abs(d.year - a.docs[0].year) <= 2 && !/^(?:政策|原则|制度|工作|任务|措施|问题|方面|体系|建设|改革|发展|政治|经济)$/u.test(key ?? '');
        const members = uses && s.text.includes(a.term) ? membersNear(s.text, a.term, n!) : key && key.length >= 2 && near ? keyedRun(s.text, a.term, n!) : undefined;
        if (members && !(uses && s.text.includes(a.term)) && !members.every((m) => m.endsWith(key!) && m.length <= 8)) continue;
        if (members) {
          a.versions.push({ doc: d, members });
          break;
        }
      }
    }
    const recent = a.docs.some((d) => d.year >= 2013);
    const quotedOnce = a.kind === 'slogan' && a.docs.length === 1 && recent && a.term.length >= 3 && a.term.length <= 10;
    const numbered = a.kind === 'numbered' && (a.versions.length > 0 || a.docs.length >= 2 || (recent && new RegExp(`^${NUM}`, 'u').test(a.term)));
    if (a.docs.length >= 2 || quotedOnce || numbered) kept.push(a);
  }
  // Unnumbered names spelled out by a list right before them: 创新、协调、绿色、开放、共享的发展理念.
  const LIST_NAME = new RegExp(`((?:${HAN}{2,8}、){2,9}${HAN}{2,8}(?:(?:和|以及)${HAN}{2,8})?)的(${HAN}{2,10}?(?:${NAME_SUFFIX}))(?=[，。、；：）\\s]|$)`, 'gu');
  const listed = new Map<string, Acc>();
  for (const d of docs) {
    for (const m of d.text.matchAll(LIST_NAME)) {
      const name = m[2];
      if (NOT_NAMED.test(name)) continue;
      const items = splitItems(m[1]).map(cleanMember);
      const trimmed = trimEnds(items, undefined);
      if (!trimmed || trimmed.length < 3) continue;
      let a = listed.get(name) ?? acc.get(name);
      if (!a) listed.set(name, (a = { term: name, kind: 'enumeration', docs: [], versions: [] }));
      if (!a.docs.includes(d)) a.docs.push(d);
      if (!a.versions.some((v) => v.doc === d)) a.versions.push({ doc: d, members: trimmed });
    }
  }
  for (const a of listed.values()) {
    // The same list (in any order) named the same way in two documents or more.
    const sets = a.versions.map((v) => [...v.members].sort().join('、'));
    if (a.versions.length >= 2 && new Set(sets).size < sets.length && !kept.includes(a)) {
      a.docs.sort((x, y) => x.order - y.order);
      kept.push(a);
    }
  }
  const out: MinedEntry[] = [];
  for (const a of kept) {
    // Every document that uses it, as the tests read the record: the term anywhere (a name of two
    // characters only in quotation marks, 双减 and not every 减).
    a.docs = docs.filter((d) => usesTerm(d.text, a.term));
    if (!a.docs.length) continue;
    a.versions.sort((x, y) => x.doc.order - y.doc.order);
    const e: MinedEntry = { term: a.term, kind: a.kind, firstUse: ref(a.docs[0]), lastUse: ref(a.docs[a.docs.length - 1]), documents: a.docs.length };
    // Versions that share most members with the latest are wordings of the term; others are noise.
    const latest = a.versions[a.versions.length - 1]?.members;
    const versions = a.versions.filter((v) => v.members.filter((m) => latest.includes(m)).length * 2 >= latest.length);
    if (versions.length) {
      e.members = [...latest];
      if (versions[0].doc !== a.docs[0]) e.membersFirst = ref(versions[0].doc);
      const history: MinedChange[] = [];
      let prev = versions[0].members;
      for (const v of versions.slice(1)) {
        const change = diff(prev, v.members);
        if (change) history.push({ year: v.doc.year, title: v.doc.title, members: v.members, ...change });
        prev = v.members;
      }
      if (history.length) e.history = [{ year: versions[0].doc.year, title: versions[0].doc.title, members: versions[0].members }, ...history];
    }
    // The history of a wording whose members are known (mined here, or curated): every document's
    // own list of them, from the first that writes one.
    const known = seeds.get(a.term) ?? e.members;
    if (known && !e.history) {
      const versions2 = docs.map((d) => ({ doc: d, members: wordingIn(d.text, known) })).filter((v): v is { doc: Doc; members: string[] } => !!v.members);
      const history: MinedChange[] = [];
      let prev: string[] | undefined;
      for (const v of versions2) {
        const change = prev && diff(prev, v.members);
        if (!prev || change) history.push({ year: v.doc.year, title: v.doc.title, members: v.members, ...(change || {}) });
        prev = v.members;
      }
      if (history.length > 1) e.history = history;
    }
    out.push(e);
  }
  return out.sort((x, y) => x.firstUse.year - y.firstUse.year || x.term.localeCompare(y.term, 'zh'));
}

if (require.main === module) {
  const records = officialRecords();
  if (!records) {
    process.stderr.write('The official record (../shared/official/) is not present; nothing was mined.\n');
    process.exit(2);
  }
  const entries = mine(records);
  const file = {
    $comment: 'Generated by `npm run glossary:mine` from the official record (government work reports 1954–2025, CPC congress reports). Do not edit: curate in corpus/glossary.json.',
    entries,
  };
  fs.writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  const byKind = new Map<string, number>();
  for (const e of entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  process.stdout.write(`${entries.length} entries (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}), ${entries.filter((e) => e.members).length} with members, ${entries.filter((e) => e.history).length} with a history → ${path.relative(ROOT, OUT)}\n`);
}
