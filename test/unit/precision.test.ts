/** Correctly written official text: every rule reports nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../../src/core';
import { FIXTURES } from './helpers';

describe('precision on clean official text', () => {
  const dir = path.join(FIXTURES, 'clean');
  const analyzer = createAnalyzer();
  for (const name of fs.readdirSync(dir).sort()) {
    it(`${name}: no finding from any rule`, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const findings = analyzer.analyze(text, { languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' });
      assert.deepEqual(
        findings.map((f) => `${f.rule}: ${JSON.stringify(text.slice(Math.max(0, f.start - 8), f.end + 8))}`),
        [],
      );
    });
  }
});
