/**
 * `npm run glossary:eval`: how many altered formulations `formulation-members` flags. From every
 * sentence of the official record (../shared/official/) and of the devset that spells out all the
 * members of a checked entry in order (joined by 、, the last by 和, with a shared head word written
 * once, or back to back), altered forms are made, written the same way, the way drafters get them wrong:
 * two members swapped, one left out, one added (a member of another entry), one replaced by
 * another entry's member, and, for entries whose wording changed, the older wording in a document
 * dated after the change; formulations whose members are clauses (三个务必, 五个必由之路) the same
 * way, clause by clause. Each is judged once as written and once with the term named beside the
 * list (“四个意识”即……). The sentence itself, unaltered, must raise nothing.
 */
import { createAnalyzer, resolveConfig, RULE_IDS } from '../src/core';
import { builtinEntries } from '../src/core/glossary/glossary';
import { checkableEntries, clauseEntries, type Checked, type ClauseChecked } from '../src/core/rules/formulationMembers';
import { devset, officialRecords, SHARED_MISSING, type OfficialRecord } from '../test/support/shared';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 十四 → 14, 五 → 5, 二十 → 20. */
function numeral(s: string): number {
  if (s.length === 1) return NUMERALS[s];
  if (s[0] === '十') return 10 + (NUMERALS[s[1]] ?? 0);
  return NUMERALS[s[0]] * 10 + (NUMERALS[s[2]] ?? 0);
}
/**
 * The years of the sessions of each National People's Congress before the fifth; from the fifth
 * on, one session a year from the first, the first one every five years from 1978.
 */
const SESSIONS: Record<number, readonly number[]> = { 1: [1954, 1955, 1956, 1957, 1958], 2: [1959, 1960, 1962, 1963], 3: [1964], 4: [1975] };

/**
 * The year a document of the record speaks from: its own, or for a resolution on a work report
 * (第十二届全国人民代表大会第三次会议关于政府工作报告的决议), the year of that session, one a year
 * from the congress's first.
 */
export function recordYear(r: OfficialRecord): number | undefined {
  if (r.year !== undefined) return r.year;
  const m = /第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议/u.exec(r.title);
  if (!m) return undefined;
  const [congress, session] = [numeral(m[1]), numeral(m[2])];
  return congress >= 5 ? 1978 + 5 * (congress - 5) + session - 1 : SESSIONS[congress]?.[session - 1];
}

export type Alteration = 'reordered' | 'missing' | 'extra' | 'altered' | 'older';

export interface Case {
  readonly kind: Alteration | 'correct';
  readonly named: boolean;
  readonly text: string;
  readonly year: number;
  readonly term: string;
}

/** How a sentence writes a list of members: the altered lists are written the same way. */
export type ListForm = (list: readonly string[]) => string;
const BY_COMMA: ListForm = (list) => list.join('、');

/**
 * The ways the record writes the members of `c`: joined by 、; the last joined by 和 (形式主义、
 * 官僚主义、享乐主义和奢靡之风); with the shared head word written once (产业、人才、文化、生态、组织
 * 振兴); back to back (获得感幸福感安全感).
 */
export function listForms(c: Checked): ListForm[] {
  const forms: ListForm[] = [BY_COMMA];
  for (const conj of ['和', '以及', '与']) forms.push((list) => `${list.slice(0, -1).join('、')}${conj}${list[list.length - 1]}`);
  const a = c.affix;
  if (a?.kind === 'suffix') {
    forms.push((list) => list.map((x, i) => (i < list.length - 1 && x.endsWith(a.text) ? x.slice(0, -a.text.length) : x)).join('、'));
    forms.push((list) => list.join(''));
  }
  return forms;
}

/** The altered forms of `sentence`, which spells out `c`'s members at `at`, written as `form` writes them. */
export function alterations(sentence: string, at: number, c: Checked, year: number, form: ListForm = BY_COMMA): Case[] {
  const m = c.members;
  const n = m.length;
  const whole = form(m);
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + whole.length);
  const term = c.entry.term;
  const out: Case[] = [];
  const push = (kind: Case['kind'], list: readonly string[], y = year) => {
    out.push({ kind, named: false, text: before + form(list) + after, year: y, term });
    // (A term that is its own members, 获得感、幸福感、安全感, is not named beside them.)
    if (!term.includes('、')) out.push({ kind, named: true, text: `${before}“${term}”，即${form(list)}${after}`, year: y, term });
  };
  push('correct', m);
  const k = Math.min(1, n - 2);
  push('reordered', [...m.slice(0, k), m[k + 1], m[k], ...m.slice(k + 2)]);
  if (n >= 3) push('missing', [...m.slice(0, n - 2), m[n - 1]]);
  // One character of a member changed (享受主义 for 享乐主义), away from the shared affix.
  const j = Math.floor(n / 2);
  const pos = c.affix?.kind === 'suffix' ? 0 : m[j].length - 1;
  const ch = [...'新好实全强优'].find((x) => !m[j].includes(x))!;
  push('altered', [...m.slice(0, j), m[j].slice(0, pos) + ch + m[j].slice(pos + 1), ...m.slice(j + 1)]);
  // One more item that looks like a member: the shared affix with another word (服务意识 after
  // 看齐意识), else a member with one character changed.
  const a = c.affix;
  const stem = ['服务', '责任', '发展'].find((x) => a && !m.includes(a.kind === 'suffix' ? x + a.text : a.text + x));
  const extra = a && stem ? (a.kind === 'suffix' ? stem + a.text : a.text + stem) : m[n - 1].slice(0, -1) + [...'新好实全强优'].find((x) => !m[n - 1].endsWith(x))!;
  push('extra', [...m, extra]);
  for (const o of c.older) {
    const since = Number(o.since.slice(0, 4));
    if (form(o.members) !== whole) push('older', o.members, Math.max(year, since + 1));
  }
  return out;
}

/** The altered forms of a sentence that spells out clause members (务必…，务必…) joined by ，at `at`. */
export function clauseAlterations(sentence: string, at: number, c: ClauseChecked, year: number): Case[] {
  const m = c.members;
  const n = m.length;
  const whole = m.join('，');
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + whole.length);
  const term = c.entry.term;
  const out: Case[] = [];
  const push = (kind: Case['kind'], list: readonly string[]) => {
    out.push({ kind, named: false, text: before + list.join('，') + after, year, term });
    out.push({ kind, named: true, text: `${before}“${term}”，即${list.join('，')}${after}`, year, term });
  };
  push('correct', m);
  push('reordered', [m[1], m[0], ...m.slice(2)]);
  if (n >= 3) push('missing', [...m.slice(0, n - 2), m[n - 1]]);
  // One character changed in the middle of a member, away from the shared words.
  const j = Math.floor(n / 2);
  const mid = c.at === 'end' ? Math.floor((m[j].length - c.prefix.length) / 2) : c.prefix.length + Math.floor((m[j].length - c.prefix.length) / 2);
  const ch = [...'新好实全强优'].find((x) => m[j][mid] !== x)!;
  push('altered', [...m.slice(0, j), m[j].slice(0, mid) + ch + m[j].slice(mid + 1), ...m.slice(j + 1)]);
  return out;
}

/** The sentence (up to its 。) around offset `at` of a line, and `at`'s offset in it. */
function sentenceAround(line: string, at: number): { sentence: string; offset: number } {
  const s = Math.max(line.lastIndexOf('。', at) + 1, 0);
  const e = line.indexOf('。', at);
  return { sentence: line.slice(s, e < 0 ? line.length : e + 1), offset: at - s };
}

/** The cases made from the record and the devset. */
export function cases(): Case[] | undefined {
  const records = officialRecords();
  if (!records) return undefined;
  const checked = checkableEntries(builtinEntries());
  const clauses = clauseEntries(builtinEntries());
  const texts = records.filter((r) => recordYear(r) !== undefined).map((r) => ({ text: r.text, year: recordYear(r)! }));
  for (const p of [...(devset()?.pages ?? []), ...(devset()?.clean ?? [])]) texts.push({ text: p.text, year: 2023 });
  const out: Case[] = [];
  const seen = new Set<string>();
  for (const { text, year } of texts) {
    for (const line of text.split('\n')) {
      for (const c of checked) {
        for (const form of listForms(c)) {
          const at = line.indexOf(form(c.members));
          if (at < 0) continue;
          const { sentence, offset } = sentenceAround(line, at);
          if (seen.has(c.entry.term + sentence)) continue;
          seen.add(c.entry.term + sentence);
          out.push(...alterations(sentence, offset, c, year, form));
        }
      }
      for (const c of clauses) {
        const at = line.indexOf(c.members.join('，'));
        if (at < 0) continue;
        const { sentence, offset } = sentenceAround(line, at);
        if (seen.has(c.entry.term + sentence)) continue;
        seen.add(c.entry.term + sentence);
        out.push(...clauseAlterations(sentence, offset, c, year));
      }
    }
  }
  return out;
}

/** Whether the rule flags the case (a finding of the case's term, judged with its year). */
export function judge(cs: readonly Case[]): Array<Case & { flagged: boolean }> {
  const { config } = resolveConfig([{ source: 'eval', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'formulation-members' ? 'warning' : 'off'])) } }], RULE_IDS);
  const analyzers = new Map<number, ReturnType<typeof createAnalyzer>>();
  return cs.map((c) => {
    let a = analyzers.get(c.year);
    if (!a) analyzers.set(c.year, (a = createAnalyzer({ ...config, documentDate: String(c.year) })));
    return { ...c, flagged: a.analyze(c.text).some((f) => f.data?.term === c.term || f.message.includes(c.term)) };
  });
}

if (require.main === module) {
  const cs = cases();
  if (!cs) {
    process.stderr.write(`${SHARED_MISSING}; nothing was measured.\n`);
    process.exit(2);
  }
  const judged = judge(cs);
  const rate = (xs: typeof judged) => `${xs.filter((x) => x.flagged).length}/${xs.length}`;
  const altered = judged.filter((x) => x.kind !== 'correct');
  const pct = (xs: typeof judged) => ((100 * xs.filter((x) => x.flagged).length) / Math.max(1, xs.length)).toFixed(1);
  process.stdout.write(`${new Set(cs.map((c) => c.term)).size} entries, ${judged.filter((x) => x.kind === 'correct' && !x.named).length} sentences of the record and the devset\n`);
  process.stdout.write(`altered and flagged: ${rate(altered)} (${pct(altered)} %); with the term beside the list ${rate(altered.filter((x) => x.named))} (${pct(altered.filter((x) => x.named))} %), without ${rate(altered.filter((x) => !x.named))} (${pct(altered.filter((x) => !x.named))} %)\n`);
  // The ways real speeches get a formulation wrong that the issue measures (no extra item among them).
  const four = altered.filter((x) => x.kind !== 'extra');
  process.stdout.write(`reordered, missing, altered or older: ${rate(four)} (${pct(four)} %); with the term ${rate(four.filter((x) => x.named))}, without ${rate(four.filter((x) => !x.named))} (${pct(four.filter((x) => !x.named))} %)\n`);
  for (const k of ['reordered', 'missing', 'extra', 'altered', 'older'] as const) {
    const xs = altered.filter((x) => x.kind === k);
    process.stdout.write(`  ${k.padEnd(10)} named ${rate(xs.filter((x) => x.named)).padStart(9)}   unnamed ${rate(xs.filter((x) => !x.named)).padStart(9)}\n`);
  }
  const wrong = judged.filter((x) => x.kind === 'correct' && x.flagged);
  process.stdout.write(`correct sentences flagged: ${wrong.length} of ${judged.filter((x) => x.kind === 'correct').length}\n`);
  for (const w of wrong.slice(0, 10)) process.stdout.write(`  ${w.term}: ${w.text.slice(0, 80)}\n`);
  if (process.argv.includes('--missed')) {
    for (const x of altered.filter((y) => !y.flagged).slice(0, 60)) process.stdout.write(`  missed ${x.kind}${x.named ? ' (named)' : ''} ${x.term}: ${x.text.slice(0, 90)}\n`);
  }
}
