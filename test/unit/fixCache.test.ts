/**
 * Fix-all with one line cache across its passes (as `speech-drafter fix` and the clean-up
 * command run it) gives exactly the result of fix-all re-checking every pass from scratch.
 */
import * as assert from 'node:assert/strict';
import { createAnalyzer, fixAllReported, LineCache } from '../../src/core';
import { seeds } from './helpers';

describe('fix-all with a line cache across passes', () => {
  const analyzer = createAnalyzer();
  for (const { name, text } of seeds()) {
    it(`${name}: same text, edits and report as without the cache`, () => {
      const fresh = fixAllReported(text, (t) => analyzer.analyze(t));
      const cache = new LineCache();
      const cached = fixAllReported(text, (t) => analyzer.analyze(t, { cache }));
      assert.equal(cached.text, fresh.text);
      assert.deepEqual(cached.edits, fresh.edits);
      assert.deepEqual(cached.items, fresh.items);
      assert.equal(cached.total, fresh.total);
    });
  }
});
