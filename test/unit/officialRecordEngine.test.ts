/**
 * Precision on the official record: on the verbatim government work reports and congress reports
 * of ../shared/official/, each checked with its own year as documentDate, rules that must stay
 * silent on correct official text raise nothing.
 */
import * as assert from 'node:assert/strict';
import { configure, RULE_IDS } from '../../src/core';
import { officialRecords, SHARED_MISSING } from '../support/shared';

/** Rules that must raise nothing on the official record. */
const SILENT = ['announced-count', 'outdated-term', 'number-format', 'repeated-word', 'lookalike-char'];

describe('official record: rules that stay silent', function () {
  this.timeout(120_000);
  const records = officialRecords();
  for (const rule of SILENT) {
    it(`${rule} raises nothing`, function () {
      if (!records) {
        this.test!.title += ` (skipped: ${SHARED_MISSING})`;
        this.skip();
      }
      const levels = Object.fromEntries([...RULE_IDS].map((id) => [id, id === rule ? 'warning' : 'off']));
      const raised: string[] = [];
      for (const r of records!) {
        const settings = { rules: levels, ...(r.year ? { documentDate: `${r.year}-01-01` } : {}) };
        const { analyzer, problems } = configure([{ source: 'test', settings }]);
        assert.deepEqual(problems, []);
        for (const f of analyzer.analyze(r.text)) raised.push(`${r.title}: “${r.text.slice(Math.max(0, f.start - 10), f.end + 10)}” ${f.message}`);
      }
      assert.deepEqual(raised.slice(0, 20), [], `${raised.length} findings`);
    });
  }
});
