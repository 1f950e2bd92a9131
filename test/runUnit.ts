/**
 * Runs the unit tests (mocha, spec reporter) and writes the totals to .test-results/unit.json
 * for scripts/test.sh's closing line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const root = path.resolve(__dirname, '..', '..');
const dir = path.join(root, 'out', 'test', 'unit');
const mocha = new Mocha({ ui: 'bdd', timeout: 20000, reporter: 'spec' });
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
const runner = mocha.run((failures) => {
  const totals = { passed: runner.stats?.passes ?? 0, failed: failures, pending: runner.stats?.pending ?? 0 };
  fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
  fs.writeFileSync(path.join(root, '.test-results', 'unit.json'), JSON.stringify(totals));
  process.exitCode = failures > 0 ? 1 : 0;
});
