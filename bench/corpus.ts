/**
 * `npm run bench:corpus`: the corpus search on a synthetic collection of about 50 MB of speech
 * text (UTF-8), made by recombining the paragraphs of the built-in corpus. Reports the time to
 * load it, the memory it takes, and the latency of phrase queries and of the hover look-up.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusStore, parseCorpusFile } from '../src/core/corpus/store';
import { defaultGlossary } from '../src/core/glossary/glossary';
import { completionNames, completionsFor } from '../src/core/glossary/initials';

const ROOT = path.join(__dirname, '..', '..');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

function main(): void {
  const dir = path.join(ROOT, 'corpus');
  const paragraphs = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}-\d{2}\.md$/.test(f))
    .flatMap((f) => parseCorpusFile(f, f, fs.readFileSync(path.join(dir, f), 'utf8'), 'builtin').text.split('\n'))
    .filter((l) => l.length > 20 && !l.startsWith('#'));
  // Synthetic speeches of 40 paragraphs each, deterministic, until 50 MB of UTF-8.
  const texts: string[] = [];
  let bytes = 0;
  let seed = 1;
  while (bytes < 50 * 1024 * 1024) {
    const parts: string[] = [];
    for (let k = 0; k < 40; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      parts.push(paragraphs[seed % paragraphs.length]);
    }
    const t = parts.join('\n');
    texts.push(t);
    bytes += Buffer.byteLength(t);
  }
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const store = new CorpusStore();
  store.update(texts.map((t, i) => parseCorpusFile(`s${i}`, `s${i}`, t, 'user')));
  store.search('预热'); // the first search assembles the text
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const queries = ['守土有责', '四方责任', '疫情就是命令，防控就是责任', '核酸检测', '三区两通道', '应收尽收', '这句话不在语料中', '统筹疫情防控和经济社会发展', '两个立即', '压实'];
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of queries) {
      const s = process.hrtime.bigint();
      store.search(q, { limit: 100 });
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  // The hover: find the term under the cursor in a line, then three usages.
  const glossary = defaultGlossary();
  const line = '各级党委和政府要压实属地、部门、单位、个人“四方责任”，做到守土有责、守土尽责。';
  const hoverTimes: number[] = [];
  for (let r = 0; r < 50; r++) {
    const s = process.hrtime.bigint();
    const hit = glossary.at(line, 25);
    if (hit) store.search(hit.entry.term, { limit: 3 });
    hoverTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  // Completion over the whole glossary: pinyin initials and a Chinese prefix (the index is built once, before).
  completionNames(glossary);
  const completionTimes: number[] = [];
  for (let r = 0; r < 50; r++) {
    for (const before of ['压实sfzr', '坚持xfz', '统筹推进五位', '深入实施乡村']) {
      const s = process.hrtime.bigint();
      completionsFor(glossary, before);
      completionTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const rows: Array<[string, string]> = [
    ['collection', `${texts.length} speeches, ${(bytes / 2 ** 20).toFixed(1)} MB UTF-8`],
    ['load (build)', `${buildMs.toFixed(0)} ms`],
    ['memory', `${heapMb.toFixed(0)} MB heap`],
    ['query, median / p95 (limit 100)', `${percentile(times, 0.5).toFixed(2)} ms / ${percentile(times, 0.95).toFixed(2)} ms`],
    ['hover look-up + 3 usages, median', `${percentile(hoverTimes, 0.5).toFixed(3)} ms`],
    [`completion over ${glossary.entries.length} entries, median / p95`, `${percentile(completionTimes, 0.5).toFixed(3)} ms / ${percentile(completionTimes, 0.95).toFixed(3)} ms`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}

main();
