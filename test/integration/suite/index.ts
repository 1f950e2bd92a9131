/**
 * The in-host test runner: VS Code's extension host calls `run()` (extensionTestsPath). It runs
 * every compiled *.test.js of this folder with mocha and ALWAYS writes the totals to the file
 * named by SPEECH_DRAFTER_TEST_RESULTS, since in the web setup a rejected run() is reported
 * nowhere. Progress lines go to SPEECH_DRAFTER_TEST_LOG (the launcher prints them) and stdout.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Totals {
  passed: number;
  failed: number;
  pending: number;
  failures: Array<{ title: string; error: string }>;
}

function logger(): (line: string) => void {
  const file = process.env.SPEECH_DRAFTER_TEST_LOG;
  return (line: string) => {
    if (file) fs.appendFileSync(file, line + '\n');
    else console.log(line);
  };
}

export async function run(): Promise<void> {
  const log = logger();
  const totals: Totals = { passed: 0, failed: 0, pending: 0, failures: [] };
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: function () {} as unknown as string });
    const only = process.env.SPEECH_DRAFTER_TEST_ONLY ? process.env.SPEECH_DRAFTER_TEST_ONLY.split(',').filter(Boolean) : undefined;
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js') && (only ? only.some((o) => f.startsWith(o)) : !f.startsWith('vsix')))
      .sort();
    for (const f of files) mocha.addFile(path.join(__dirname, f));
    log(`integration: ${files.length} files (${files.join(', ')})`);
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('suite', (s: Mocha.Suite) => {
        if (s.title) log(`${'  '.repeat(Math.max(0, depth(s) - 1))}${s.title}`);
      });
      runner.on('pass', (t: Mocha.Test) => {
        totals.passed++;
        log(`${'  '.repeat(depth(t))}✔ ${t.title} (${t.duration ?? 0} ms)`);
      });
      runner.on('pending', (t: Mocha.Test) => {
        totals.pending++;
        log(`${'  '.repeat(depth(t))}- ${t.title} (skipped)`);
      });
      runner.on('fail', (t: Mocha.Test, err: Error) => {
        totals.failed++;
        totals.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
        log(`${'  '.repeat(depth(t))}✘ ${t.title}\n${String(err?.stack ?? err).split('\n').map((l) => '      ' + l).join('\n')}`);
      });
    });
  } catch (e) {
    totals.failed++;
    totals.failures.push({ title: 'test runner', error: String((e as Error)?.stack ?? e) });
    log(`✘ test runner: ${String((e as Error)?.stack ?? e)}`);
  } finally {
    const file = process.env.SPEECH_DRAFTER_TEST_RESULTS;
    if (file) fs.writeFileSync(file, JSON.stringify(totals, null, 2));
  }
  if (totals.failed > 0) throw new Error(`${totals.failed} integration tests failed`);
}

function depth(x: Mocha.Runnable | Mocha.Suite): number {
  let d = 0;
  for (let p = x.parent; p && !p.root; p = p.parent) d++;
  return d;
}
