/**
 * Builds corpus/ from the raw seed speeches (test/fixtures/seeds): `npm run corpus`.
 * 1. The product's own clean-up (every safe fix of every rule: website leftovers, traditional
 *    characters, pinyin annotations, punctuation, broken lines …), as 清理粘贴文本 does.
 * 2. A seed holding several speeches is split at its repeated title lines.
 * 3. Front matter: title, year, occasion, speaker's role, the seed it came from; a speech that
 *    repeats another almost word for word is marked `duplicateOf`.
 * Placeholders (XX, X月X日 …) stay: they are part of template material.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, fixAllSafe } from '../src/core';

const ROOT = path.join(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const OUT = path.join(ROOT, 'corpus');

interface Speech {
  title: string;
  body: string;
  seed: string;
}

function split(seed: string, text: string): Speech[] {
  const lines = text.split('\n');
  const title = lines.find((l) => l.trim())!.trim();
  // Several speeches under one repeated title (a 范文 collection): split at each repetition.
  const starts = lines.map((l, i) => (l.trim() === title ? i : -1)).filter((i) => i >= 0);
  const parts = starts.length > 2 ? starts : [starts[0]];
  return parts.map((s, k) => {
    const end = k + 1 < parts.length ? parts[k + 1] : lines.length;
    return { title, body: lines.slice(s + 1, end).join('\n').trim(), seed };
  });
}

function meta(title: string, body: string): { year?: number; occasion?: string; speakerRole?: string } {
  const year = /((?:19|20)\d{2})年?/.exec(title)?.[1] ?? /^[（(]?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/m.exec(body)?.[1];
  const occasion = /在(.+?)(?:上的|上)(?:讲话|发言)/.exec(title)?.[1]?.replace(/^(?:(?:19|20)\d{2})?年/, '');
  const speakerRole = /^(?:(?:19|20)\d{2}年?)?(.{2,12}?(?:书记|市长|县长|主任|局长|部长|组长))在/.exec(title)?.[1];
  return { year: year ? Number(year) : undefined, occasion, speakerRole };
}

/** Share of character 4-grams two texts have in common (Jaccard). */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    const t = s.replace(/\s/g, '');
    for (let i = 0; i + 4 <= t.length; i++) set.add(t.slice(i, i + 4));
    return set;
  };
  const A = grams(a);
  const B = grams(b);
  let common = 0;
  for (const g of A) if (B.has(g)) common++;
  return common / Math.max(1, A.size + B.size - common);
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

function main(): void {
  const analyzer = createAnalyzer();
  const speeches: Speech[] = [];
  for (const seed of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
    const cleaned = fixAllSafe(raw, (t) => analyzer.analyze(t)).text;
    speeches.push(...split(seed, cleaned));
  }
  for (const f of fs.readdirSync(OUT).filter((f) => /^\d{3}-\d{2}\.md$/.test(f))) fs.rmSync(path.join(OUT, f));
  const written: Array<{ file: string; body: string }> = [];
  const counters = new Map<string, number>();
  for (const s of speeches) {
    const n = (counters.get(s.seed) ?? 0) + 1;
    counters.set(s.seed, n);
    const file = `${s.seed.slice(0, 3)}-${String(n).padStart(2, '0')}.md`;
    const m = meta(s.title, s.body);
    const dup = written.find((w) => similarity(w.body, s.body) >= 0.6);
    const front = [
      '---',
      `title: ${yamlString(s.title)}`,
      ...(m.year ? [`year: ${m.year}`] : []),
      ...(m.occasion ? [`occasion: ${yamlString(m.occasion)}`] : []),
      ...(m.speakerRole ? [`speakerRole: ${yamlString(m.speakerRole)}`] : []),
      `source: ${yamlString(s.seed)}`,
      ...(dup ? [`duplicateOf: ${yamlString(dup.file)}`] : []),
      '---',
      '',
    ];
    fs.writeFileSync(path.join(OUT, file), front.join('\n') + `# ${s.title}\n\n` + s.body.split('\n').filter((l) => l.trim()).join('\n\n') + '\n');
    written.push({ file, body: s.body });
  }
  console.log(`${written.length} speeches written to corpus/`);
}

main();
