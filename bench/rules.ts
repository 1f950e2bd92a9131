/**
 * `npm run bench`: the whole rule set against autocorrect-node's lintFor on the five seed speeches
 * concatenated, in the same process and run; then the cost of re-checking after a one-character
 * edit with the per-document line cache, on the seeds and on a 200,000-character speech; then the
 * scaling ratio (time at 100 KB / time at 10 KB, CPU time, in a fresh process) of every input
 * shape of test/support/shapes.ts. Prints medians and ratios; nothing here is a pass/fail test.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { configure, createAnalyzer, LineCache } from '../src/core';
import { SHAPES } from '../test/support/shapes';
import { scalingIsolated } from '../test/support/scaling';

function seedsText(): string {
  const dirs = [path.join(__dirname, '..', '..', 'test', 'fixtures', 'seeds'), path.join(__dirname, '..', '..', '..', 'shared', 'seeds')];
  const dir = dirs.find((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => f.endsWith('.txt')));
  if (!dir) throw new Error('seed speeches not found in ' + dirs.join(' or '));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ts);
}

/** Replace the character at `at` with another Han character (alternating, so each edit is new). */
function edited(text: string, at: number, k: number): string {
  return text.slice(0, at) + (k % 2 ? '甲' : '乙') + text.slice(at + 1);
}

function main(): void {
  const seeds = seedsText();
  const analyzer = createAnalyzer();
  const rows: Array<[string, string]> = [];
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

  // 1. Cold: no cache, every line analyzed.
  const ours = time(() => analyzer.analyze(seeds), 30);
  let autocorrect: number | undefined;
  try {
    // Installed by `npm run bench` into bench/peer (see its package.json).
    const peer = path.join(__dirname, '..', '..', 'bench', 'peer', 'node_modules', 'autocorrect-node');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ac = require(peer) as { lintFor(text: string, filename: string): unknown };
    autocorrect = time(() => ac.lintFor(seeds, 'speech.txt'), 30);
  } catch (e) {
    console.error('autocorrect-node not available: ' + (e as Error).message);
  }
  rows.push(['seeds: chars', String(seeds.length)]);
  rows.push(['seeds: findings (whole rule set)', String(analyzer.analyze(seeds).length)]);
  rows.push(['seeds: speech-drafter analyze, cold (median)', fmt(ours)]);
  if (autocorrect !== undefined) {
    rows.push(['seeds: autocorrect-node lintFor (median)', fmt(autocorrect)]);
    rows.push(['ratio autocorrect / speech-drafter (cold)', `${(autocorrect / ours).toFixed(1)}×`]);
  }

  // 2. Incremental: one-character edits in the middle, same cache.
  const incremental = (text: string): number => {
    const cache = new LineCache();
    analyzer.analyze(text, { cache });
    let k = 0;
    const mid = Math.floor(text.length / 2);
    const at = text.charCodeAt(mid) === 10 ? mid + 1 : mid;
    return time(() => analyzer.analyze(edited(text, at, k++), { cache }), 30);
  };
  const seedsInc = incremental(seeds);
  rows.push(['seeds: re-check after a one-character edit (median)', fmt(seedsInc)]);
  rows.push(['ratio cold / one-character re-check (seeds)', `${(ours / seedsInc).toFixed(1)}×`]);

  // 3. A 200,000-character speech (seeds repeated with a numbered suffix so lines differ).
  let big = '';
  for (let i = 0; big.length < 200_000; i++) big += seeds.replace(/。\n/g, `。（${i}）\n`) + '\n';
  big = big.slice(0, 200_000);
  const bigCold = time(() => analyzer.analyze(big), 15);
  const bigInc = incremental(big);
  rows.push(['200k: chars', String(big.length)]);
  rows.push(['200k: analyze, cold (median)', fmt(bigCold)]);
  rows.push(['200k: re-check after a one-character edit (median)', fmt(bigInc)]);
  // Typing: each run inserts one more character in the middle, so every later line moves.
  {
    const cache = new LineCache();
    let typed = big;
    analyzer.analyze(typed, { cache });
    const at = Math.floor(big.length / 2);
    let k = 0;
    const typing = time(() => {
      typed = typed.slice(0, at + k) + (k % 2 ? '甲' : '乙') + typed.slice(at + k);
      k++;
      analyzer.analyze(typed, { cache });
    }, 30);
    rows.push(['200k: re-check after typing one character, later lines moved (median)', fmt(typing)]);
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);

  // 4. Each rule alone: where the time of the cold check and of the one-character re-check goes.
  const ids = analyzer.rules.map((r) => r.id);
  console.log('\nEach rule alone (cold on the seeds; findings; re-check of the 200k speech):');
  for (const id of ids) {
    const only = configure([{ source: 'bench', settings: { rules: Object.fromEntries(ids.map((i) => [i, i === id ? 'warning' : 'off'])) } }]).analyzer;
    const cold = time(() => only.analyze(seeds), 15);
    const cache = new LineCache();
    only.analyze(big, { cache });
    let k = 0;
    const at = Math.floor(big.length / 2) + (big.charCodeAt(Math.floor(big.length / 2)) === 10 ? 1 : 0);
    const inc = time(() => only.analyze(edited(big, at, k++), { cache }), 15);
    console.log(`  ${id.padEnd(24)} ${fmt(cold).padStart(11)}  ${String(only.analyze(seeds).length).padStart(5)}  ${fmt(inc).padStart(11)}`);
  }
  if (process.argv.includes('--no-scaling')) return;

  // 5. Scaling of each input shape: about 10 for linear code, about 100 for quadratic code.
  console.log('\nScaling, 10 KB → 100 KB (CPU ms per run; ratio; ms per 10 KB at 100 KB):');
  const sw = Math.max(...SHAPES.map((s) => s.name.length));
  for (const shape of SHAPES) {
    try {
      const r = scalingIsolated(shape);
      console.log(`  ${shape.name.padEnd(sw)}  ${r.small.toFixed(2).padStart(8)} → ${r.large.toFixed(2).padStart(9)}  ×${r.ratio.toFixed(1).padStart(5)}  ${(r.large / 10).toFixed(1).padStart(7)} ms/10 KB`);
    } catch (e) {
      console.log(`  ${shape.name.padEnd(sw)}  did not finish: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}

main();
