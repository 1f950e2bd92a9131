/** Measuring how a path's time grows with its input: the scaling test and `npm run bench` share it. */
import { configure, fixAllSafe } from '../../src/core';
import type { Shape } from './shapes';

/** The work a shape stands for: analyze, or fix-all to the fixed point. */
export function runnerFor(shape: Shape): (text: string) => unknown {
  const { analyzer } = configure([{ source: 'shape', settings: shape.settings ?? {} }], shape.services?.());
  const analyze = (t: string) => analyzer.analyze(t, { languageId: shape.languageId });
  return shape.fixAll ? (t) => fixAllSafe(t, analyze) : analyze;
}

/** CPU milliseconds this process has used: other processes on a shared machine do not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU milliseconds per run of one batch, repeated until it has used at least 10 ms. */
function batch(run: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  let n = 0;
  const t0 = cpuMs();
  let used = 0;
  do {
    run();
    n++;
    used = cpuMs() - t0;
  } while (used < 10);
  return used / n;
}

/** Milliseconds per run: the best of `rounds` batches. */
export function msPerRun(run: () => unknown, rounds = 3): number {
  run();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, batch(run));
  return best;
}

/**
 * Time at 10 KB and at 100 KB (UTF-16 units), and their ratio: about 10 for linear code. The two
 * sizes are measured in adjacent pairs and the ratio is the median of the pairs' ratios, so a
 * load that comes and goes on a shared machine weighs on both sides of each ratio alike.
 */
export function scaling(shape: Shape, rounds = 5): { small: number; large: number; ratio: number } {
  const run = runnerFor(shape);
  const smallText = shape.build(10_000);
  const largeText = shape.build(100_000);
  run(smallText);
  run(largeText);
  const pairs: Array<{ small: number; large: number; ratio: number }> = [];
  for (let r = 0; r < rounds; r++) {
    const small = batch(() => run(smallText));
    const large = batch(() => run(largeText));
    pairs.push({ small, large, ratio: large / small });
  }
  pairs.sort((a, b) => a.ratio - b.ratio);
  return pairs[rounds >> 1];
}

/** Run as a script (`node scaling.js <shape name>`): prints the scaling of one shape as JSON, measured in a fresh heap. */
if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SHAPES } = require('./shapes') as typeof import('./shapes');
  const shape = SHAPES.find((s) => s.name === process.argv[2]);
  if (!shape) throw new Error('no shape ' + process.argv[2]);
  process.stdout.write(JSON.stringify(scaling(shape)));
}

/** The scaling of one shape measured in a child process (a fresh heap, untouched by other tests). */
export function scalingIsolated(shape: Shape): { small: number; large: number; ratio: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, shape.name], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${shape.name}: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout);
}
