/**
 * The quotation check measured on quotations built from the official record: sentences of the
 * record quoted exactly, with punctuation changed, and with one word dropped, swapped, added or
 * moved (words from the ICU word segmenter; only words inside the quotation are altered, since a
 * quotation may legitimately begin or end anywhere in a sentence), each written into a speech
 * sentence after a speaker and a verb of saying (some as Markdown block quotes, some over two
 * lines); and texts that are not in the references (sentences of the seed speeches and of the devset's
 * clean texts, when present). Seeded: the same seed gives the same quotations.
 *
 *   node out/test/support/quoteEval.js [SEED] [N]     (prints the figures; needs ../shared/)
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { checkQuotation, configure, normalizeForQuotation, RULE_IDS, type Analyzer, type LanguageId, type QuoteDifference, type ReferenceIndex } from '../../src/core';
import { devset, officialRecords, SHARED_MISSING } from './shared';

export type Alteration = 'exact' | 'punctuation' | 'drop' | 'swap' | 'add' | 'move';
export const ALTERATIONS: readonly Alteration[] = ['exact', 'punctuation', 'drop', 'swap', 'add', 'move'];

export interface GeneratedQuote {
  readonly kind: Alteration | 'absent';
  readonly original: string;
  readonly quote: string;
  /** The word the alteration is about: dropped, moved, or [replaced, replacement], or added. */
  readonly word?: string;
  readonly replacement?: string;
  /** The speech text holding the quotation. */
  readonly speech: string;
  readonly languageId: LanguageId;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;

function words(s: string): string[] {
  return [...segmenter.segment(s)].map((x) => x.segment);
}

/** Near-synonyms a drafter swaps by mistake (both directions). */
const SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['推进', '推动'], ['加强', '强化'], ['提高', '提升'], ['建设', '构建'], ['完善', '健全'], ['促进', '推动'],
  ['坚持', '坚定'], ['深化', '加深'], ['实现', '达到'], ['重要', '关键'], ['发展', '进步'], ['全面', '整体'],
  ['加快', '加速'], ['扩大', '增加'], ['保障', '保证'], ['改善', '改进'], ['稳定', '稳固'], ['增强', '加强'],
];
const ADDED = ['进一步', '切实', '坚决', '不断', '大力', '认真', '积极', '全力', '始终', '更加'];
const SPEAKERS = ['习近平总书记强调', '党的二十大报告指出', '《政府工作报告》提出', '李强总理在报告中讲', '毛泽东同志说', '报告要求'];
const MARKS = ['，', '、', '；', '。', '！', ''];

/** Sentences of the record worth quoting: 12–60 characters, mostly Han, no quotation marks inside. */
export function quotableSentences(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const s of t.split(/(?<=[。！？；])|\n/u)) {
      const x = s.trim().replace(/[。！？；]$/u, '');
      if (x.length < 12 || x.length > 60 || /[“”‘’"'《》（）()\[\]【】—…]/u.test(x) || /^[一二三四五六七八九十\d（(]/u.test(x)) continue;
      const han = (x.match(/\p{Script=Han}/gu) ?? []).length;
      if (han / x.length < 0.85) continue;
      out.push(x);
    }
  }
  return out;
}

function alter(kind: Alteration, s: string, rnd: () => number): Omit<GeneratedQuote, 'speech' | 'languageId'> | undefined {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const ws = words(s);
  // Interior word positions: not the first or last two words.
  const interior = ws.map((w, i) => i).filter((i) => i >= 2 && i < ws.length - 2 && HAN_WORD.test(ws[i]));
  switch (kind) {
    case 'exact':
      return { kind, original: s, quote: s };
    case 'punctuation': {
      const gaps = ws.map((_, i) => i).filter((i) => i > 0 && i < ws.length);
      const at = pick(gaps);
      const existing = /^[，、；：]$/u.test(ws[at]);
      const nw = [...ws];
      if (existing) nw[at] = pick(MARKS.filter((m) => m !== ws[at]));
      else nw.splice(at, 0, pick(['，', '、', ' ']));
      return { kind, original: s, quote: nw.join('') + pick(['', '。', '！']) };
    }
    case 'drop': {
      if (!interior.length) return undefined;
      const i = pick(interior);
      return { kind, original: s, quote: [...ws.slice(0, i), ...ws.slice(i + 1)].join(''), word: ws[i] };
    }
    case 'swap': {
      const candidates = interior.filter((i) => SWAPS.some(([a, b]) => ws[i] === a || ws[i] === b));
      const i = candidates.length ? pick(candidates) : undefined;
      if (i === undefined) return undefined;
      const pair = SWAPS.find(([a, b]) => ws[i] === a || ws[i] === b)!;
      const replacement = ws[i] === pair[0] ? pair[1] : pair[0];
      return { kind, original: s, quote: [...ws.slice(0, i), replacement, ...ws.slice(i + 1)].join(''), word: ws[i], replacement };
    }
    case 'add': {
      if (!interior.length) return undefined;
      const i = pick(interior);
      const w = pick(ADDED.filter((a) => !s.includes(a)));
      if (!w) return undefined;
      return { kind, original: s, quote: [...ws.slice(0, i), w, ...ws.slice(i)].join(''), word: w };
    }
    case 'move': {
      const pairs = interior.filter((i) => i + 1 < ws.length - 2 && HAN_WORD.test(ws[i + 1]) && ws[i] !== ws[i + 1]);
      if (!pairs.length) return undefined;
      const i = pick(pairs);
      const nw = [...ws];
      [nw[i], nw[i + 1]] = [nw[i + 1], nw[i]];
      return { kind, original: s, quote: nw.join(''), word: ws[i], replacement: ws[i + 1] };
    }
  }
}

/** Wrap a quotation into a speech: after a speaker and a verb, as a block quote, or over two lines. */
function wrap(quote: string, rnd: () => number): { speech: string; languageId: LanguageId } {
  const r = rnd();
  if (r < 0.15) return { speech: `同志们：\n\n> ${quote}。\n\n我们要认真学习领会。\n`, languageId: 'markdown' };
  let q = quote;
  if (r < 0.3) {
    const cut = Math.floor(q.length / 2);
    q = q.slice(0, cut) + '\n' + q.slice(cut);
  }
  const speaker = SPEAKERS[Math.floor(rnd() * SPEAKERS.length)];
  return { speech: `同志们，${speaker}：“${q}。”我们要深刻领会，抓好落实。\n`, languageId: 'plaintext' };
}

/** `perKind` quotations of each alteration, and as many absent texts. */
/**
 * Runs of 8 letters or digits in the references (hashed into a bitmap): a text that shares none of
 * them is certainly not in the references, which is what "absent" means here.
 */
export function referenceRuns(texts: readonly string[]): (s: string) => boolean {
  const bits = new Uint8Array(1 << 24);
  const h = (t: string, i: number) => {
    let x = 0x811c9dc5;
    for (let k = 0; k < 8; k++) x = Math.imul(x ^ t.charCodeAt(i + k), 0x01000193);
    return (x >>> 0) & ((1 << 27) - 1);
  };
  for (const t of texts) {
    const n = normalizeForQuotation(t).text;
    for (let i = 0; i + 8 <= n.length; i++) {
      const v = h(n, i);
      bits[v >>> 3] |= 1 << (v & 7);
    }
  }
  return (s) => {
    const n = normalizeForQuotation(s).text;
    for (let i = 0; i + 8 <= n.length; i++) {
      const v = h(n, i);
      if (bits[v >>> 3] & (1 << (v & 7))) return true;
    }
    return false;
  };
}

export function generateQuotes(
  sentences: readonly string[],
  absentTexts: readonly string[],
  seed: number,
  perKind: number,
  inReferences: (s: string) => boolean = () => false,
): GeneratedQuote[] {
  const rnd = mulberry32(seed);
  const out: GeneratedQuote[] = [];
  for (const kind of ALTERATIONS) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 50; tries++) {
      const s = sentences[Math.floor(rnd() * sentences.length)];
      const g = alter(kind, s, rnd);
      if (!g || (kind !== 'exact' && kind !== 'punctuation' && g.quote === s)) continue;
      out.push({ ...g, ...wrap(g.quote, rnd) });
      made++;
    }
  }
  // Absent: sentences of speeches that are not in the references (the seed speeches and the
  // devset's clean texts) sharing no run of 8 characters with them, each used once.
  const absent = [...new Set(quotableSentences(absentTexts))].filter((s) => !inReferences(s));
  for (let k = 0; k < perKind && absent.length; k++) {
    const quote = absent.splice(Math.floor(rnd() * absent.length), 1)[0];
    out.push({ kind: 'absent', original: quote, quote, ...wrap(quote, rnd) });
  }
  return out;
}

/** Whether the differences name the alteration: the dropped/added/swapped/moved word, on the right side. */
export function namesAlteration(g: GeneratedQuote, ds: readonly QuoteDifference[]): boolean {
  const w = g.word ?? '';
  switch (g.kind) {
    case 'drop':
      return ds.some((d) => d.source.includes(w) && !d.quote.includes(w));
    case 'add':
      return ds.some((d) => d.quote.includes(w) && !d.source.includes(w));
    case 'swap':
      return ds.some((d) => d.quote.includes(g.replacement!) && d.source.includes(w));
    case 'move':
      return ds.some((d) => d.kind === 'order' && (d.quote.includes(w) || d.quote.includes(g.replacement!)));
    default:
      return ds.length === 0;
  }
}

export interface KindFigures {
  total: number;
  flagged: number;
  /** Flagged with the right difference named. */
  named: number;
  /** Named, and nothing else reported. */
  namedAlone: number;
  misses: string[];
}

export interface EvalFigures {
  readonly byKind: Record<string, KindFigures>;
  /** Share of altered quotations flagged with the right difference named. */
  readonly alteredNamed: number;
  readonly alteredNamedAlone: number;
  readonly exactFlagged: number;
  readonly absentFlagged: number;
  readonly lookupMs: { median: number; p95: number; max: number };
}

export function quotationAnalyzer(references: ReferenceIndex): Analyzer {
  const levels = Object.fromEntries([...RULE_IDS].map((id) => [id, id === 'quotation' ? 'warning' : 'off']));
  return configure([{ source: 'eval', settings: { rules: levels } }], { references }).analyzer;
}

export function evaluate(references: ReferenceIndex, quotes: readonly GeneratedQuote[]): EvalFigures {
  const analyzer = quotationAnalyzer(references);
  const byKind: Record<string, KindFigures> = {};
  const times: number[] = [];
  for (const g of quotes) {
    const k = (byKind[g.kind] ??= { total: 0, flagged: 0, named: 0, namedAlone: 0, misses: [] });
    k.total++;
    const findings = analyzer.analyze(g.speech, { languageId: g.languageId });
    const t0 = process.hrtime.bigint();
    const check = checkQuotation(g.quote, references);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const flagged = findings.length > 0;
    if (flagged) k.flagged++;
    const named = flagged && namesAlteration(g, check.differences);
    if (named) k.named++;
    if (named && check.differences.length === 1) k.namedAlone++;
    const altered = g.kind !== 'exact' && g.kind !== 'punctuation' && g.kind !== 'absent';
    if ((altered && !named) || (!altered && flagged)) {
      k.misses.push(`${g.kind}: ${g.quote} ← ${g.original} | ${check.status} ${JSON.stringify(check.differences)} ${findings.map((f) => f.message).join(' / ')}`);
    }
  }
  const altered = ['drop', 'swap', 'add', 'move'].map((x) => byKind[x]).filter(Boolean);
  const sum = (f: (k: KindFigures) => number) => altered.reduce((a, k) => a + f(k), 0);
  times.sort((a, b) => a - b);
  const exact = [byKind.exact, byKind.punctuation].filter(Boolean);
  return {
    byKind,
    alteredNamed: sum((k) => k.named) / Math.max(1, sum((k) => k.total)),
    alteredNamedAlone: sum((k) => k.namedAlone) / Math.max(1, sum((k) => k.total)),
    exactFlagged: exact.reduce((a, k) => a + k.flagged, 0),
    absentFlagged: byKind.absent?.flagged ?? 0,
    lookupMs: { median: times[times.length >> 1] ?? 0, p95: times[Math.floor(times.length * 0.95)] ?? 0, max: times[times.length - 1] ?? 0 },
  };
}

/** Speeches that are not in the references: the seeds (test/fixtures/seeds) and the devset's clean texts when present. */
export function seedTexts(): string[] {
  const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
  const seeds = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return [...seeds, ...(devset()?.clean.map((c) => c.text) ?? [])];
}

if (require.main === module) {
  void (async () => {
    const seed = Number(process.argv[2] ?? 15);
    const perKind = Number(process.argv[3] ?? 200);
    const records = officialRecords();
    if (!records) {
      process.stderr.write(SHARED_MISSING + '\n');
      process.exit(1);
    }
    const { writeOfficialReferences } = await import('./officialReferences');
    const { loadReferenceFolders } = await import('../../src/cli/quotes');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-refs-'));
    writeOfficialReferences(dir);
    const t0 = Date.now();
    const { index } = await loadReferenceFolders([dir], () => undefined);
    const ms = Date.now() - t0;
    const texts = records.map((r) => r.text);
    const quotes = generateQuotes(quotableSentences(texts), seedTexts(), seed, perKind, referenceRuns(texts));
    const fig = evaluate(index, quotes);
    fs.rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`references: ${index.documentCount} documents, ${index.characterCount} characters, read and indexed in ${ms} ms\n`);
    process.stdout.write(`seed ${seed}, ${quotes.length} quotations\n`);
    for (const [kind, k] of Object.entries(fig.byKind)) {
      process.stdout.write(`${kind.padEnd(12)} ${k.total} quotations: flagged ${k.flagged}, right difference named ${k.named} (alone ${k.namedAlone})\n`);
    }
    process.stdout.write(`altered quotations flagged with the right difference: ${(fig.alteredNamed * 100).toFixed(1)} % (with nothing else reported: ${(fig.alteredNamedAlone * 100).toFixed(1)} %)\n`);
    process.stdout.write(`exact or punctuation-only quotations flagged: ${fig.exactFlagged}; absent texts flagged: ${fig.absentFlagged}\n`);
    process.stdout.write(`look-up: median ${fig.lookupMs.median.toFixed(2)} ms, p95 ${fig.lookupMs.p95.toFixed(2)} ms, max ${fig.lookupMs.max.toFixed(2)} ms\n`);
    if (process.argv.includes('--misses')) for (const k of Object.values(fig.byKind)) for (const m of k.misses) process.stdout.write(m + '\n');
  })();
}
