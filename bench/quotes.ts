/**
 * `npm run bench` (and `node --expose-gc out/bench/quotes.js`): the quotation check on about 50 MB
 * of reference text (UTF-8). The texts are the official record of ../shared/official/ when it is
 * present (else the built-in corpus), recombined paragraph by paragraph into documents of about
 * 60 KB until 50 MB. Reports, in one run:
 *   - indexing: total time, the longest single document (the extension yields between documents),
 *     memory taken by the texts and the index (heap and array buffers, after GC);
 *   - look-up of one quotation (exact and altered ones) against the corpus phrase search of the
 *     same quotation over the same 50 MB (the peer);
 *   - typing: a one-character edit re-checked in a speech with 40 quotations, with the references
 *     against without them (all rules on).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkQuotation, configure, CorpusStore, LineCache, parseCorpusFile, parseReferenceFile, ReferenceIndex } from '../src/core';
import { officialRecords } from '../test/support/shared';

const ROOT = path.join(__dirname, '..', '..');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function sourceParagraphs(): { paragraphs: string[]; from: string } {
  const records = officialRecords();
  if (records) {
    return { paragraphs: records.flatMap((r) => r.text.split('\n')).filter((l) => l.length > 30), from: '../shared/official' };
  }
  const dir = path.join(ROOT, 'corpus');
  const paragraphs = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}-\d{2}\.md$/.test(f))
    .flatMap((f) => parseCorpusFile(f, f, fs.readFileSync(path.join(dir, f), 'utf8'), 'builtin').text.split('\n'))
    .filter((l) => l.length > 30 && !l.startsWith('#'));
  return { paragraphs, from: 'the built-in corpus' };
}

function main(): void {
  const { paragraphs, from } = sourceParagraphs();
  global.gc?.();
  const before = process.memoryUsage();
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < 50 * 1024 * 1024) {
    const parts = [`参考文献 ${texts.length + 1}`, `（${1990 + (texts.length % 35)}年3月5日）`];
    let size = 0;
    while (size < 60_000) {
      const p = paragraphs[Math.floor(rnd() * paragraphs.length)];
      parts.push(p);
      size += Buffer.byteLength(p);
    }
    const t = parts.join('\n');
    texts.push(t);
    bytes += Buffer.byteLength(t);
  }
  const docs = texts.map((t, i) => parseReferenceFile(`r${i}`, `/refs/r${i}.txt`, t));

  const t0 = process.hrtime.bigint();
  const index = new ReferenceIndex();
  index.reserve(texts.reduce((a, t) => a + t.length, 0));
  let longest = 0;
  for (const d of docs) {
    const s = process.hrtime.bigint();
    index.add(d);
    longest = Math.max(longest, ms(s));
  }
  const buildMs = ms(t0);
  global.gc?.();
  const after = process.memoryUsage();
  const heapMb = (after.heapUsed - before.heapUsed) / 2 ** 20;
  const buffersMb = (after.arrayBuffers - before.arrayBuffers) / 2 ** 20;

  // Quotations: sentences of the collection, exact and with a word dropped; and texts not there.
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[。；])/u)).filter((s) => s.length >= 15 && s.length <= 80);
  const quotes: string[] = [];
  for (let k = 0; k < 300; k++) {
    const s = sentences[Math.floor(rnd() * sentences.length)];
    const cut = 4 + Math.floor(rnd() * (s.length - 8));
    quotes.push(k % 3 === 0 ? s : k % 3 === 1 ? s.slice(0, cut) + s.slice(cut + 2) : '今天的天气非常好，我们一起去公园散步吧，顺便看看' + s.slice(0, 6));
  }
  for (const q of quotes.slice(0, 20)) checkQuotation(q, index); // warm up
  const lookup: number[] = [];
  for (const q of quotes) {
    const s = process.hrtime.bigint();
    checkQuotation(q, index);
    lookup.push(ms(s));
  }
  const store = new CorpusStore();
  store.update(docs.map((d) => parseCorpusFile(d.id, d.uri, d.text, 'user')));
  store.search('预热');
  const peer: number[] = [];
  for (const q of quotes.slice(0, 60)) {
    const s = process.hrtime.bigint();
    store.search(q.replace(/[。；]$/u, ''), { limit: 5 });
    peer.push(ms(s));
  }

  // Typing: 40 quotations in a speech of about 20,000 characters, one character typed.
  const lines: string[] = ['关于做好当前工作的讲话', '同志们：'];
  for (let k = 0; k < 40; k++) {
    lines.push(`我们要认真学习领会，抓好贯彻落实。报告指出：“${quotes[k].replace(/[。；]$/u, '')}。”各地各部门要结合实际，细化措施，确保各项任务落地见效。`);
    lines.push('要坚持问题导向，聚焦重点领域和关键环节，推动工作取得新的更大成效。'.repeat(4));
  }
  const speech = lines.join('\n');
  const typed = (i: number) => speech.slice(0, speech.length - 200) + (i % 2 ? '进' : '推') + speech.slice(speech.length - 200);
  const run = (withRefs: boolean) => {
    const analyzer = configure([], withRefs ? { references: index } : undefined).analyzer;
    const cache = new LineCache();
    const c0 = process.hrtime.bigint();
    analyzer.analyze(speech, { cache });
    const cold = ms(c0);
    const edits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const s = process.hrtime.bigint();
      analyzer.analyze(typed(i), { cache });
      edits.push(ms(s));
    }
    return { cold, edit: percentile(edits, 0.5) };
  };
  const without = run(false);
  const withRefs = run(true);

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nQuotations (references from ${from})`);
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`);
  const rows: Array<[string, string]> = [
    ['references', `${docs.length} documents, ${(bytes / 2 ** 20).toFixed(1)} MB UTF-8, ${(index.characterCount / 1e6).toFixed(1)} M characters`],
    ['index: total / longest document', `${(buildMs / 1000).toFixed(2)} s / ${longest.toFixed(0)} ms`],
    ['memory after GC: texts and index (heap + buffers)', `${(heapMb + buffersMb).toFixed(0)} MB (${heapMb.toFixed(0)} + ${buffersMb.toFixed(0)}); of it the index arrays ${(index.indexBytes / 2 ** 20).toFixed(0)} MB`],
    ['look-up, median / p95 / max', `${percentile(lookup, 0.5).toFixed(2)} / ${percentile(lookup, 0.95).toFixed(2)} / ${Math.max(...lookup).toFixed(2)} ms`],
    ['peer: phrase search of the same quotation, median', `${percentile(peer, 0.5).toFixed(2)} ms (look-up / peer ${(percentile(lookup, 0.5) / percentile(peer, 0.5)).toFixed(2)})`],
    ['speech with 40 quotations: cold check without / with references', `${without.cold.toFixed(1)} / ${withRefs.cold.toFixed(1)} ms`],
    ['one-character re-check without / with references, median', `${without.edit.toFixed(2)} / ${withRefs.edit.toFixed(2)} ms (ratio ${(withRefs.edit / without.edit).toFixed(2)})`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}

main();
