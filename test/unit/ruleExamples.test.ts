/**
 * Every example attached to every rule (a data-driven rule lists every example of every entry):
 * must-flag examples are flagged (with the given text, count, message and safe-fix result, when
 * the example gives them), must-not-flag examples produce nothing from that rule.
 */
import * as assert from 'node:assert/strict';
import { ALL_RULES, createAnalyzer, fixAllSafe, resolveConfig, RULE_IDS } from '../../src/core';

describe('rule examples', () => {
  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      // Only this rule, at a reporting level even when it is off by default.
      const { config } = resolveConfig(
        [{ source: 'test', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, id === rule.id ? 'warning' : 'off'])) } }],
        RULE_IDS,
      );
      const analyzer = createAnalyzer(config, rule.exampleServices?.());
      it('has examples of both kinds', () => {
        assert.ok(rule.examples.flag.length > 0, 'no must-flag example');
        assert.ok(rule.examples.pass.length > 0, 'no must-not-flag example');
      });
      rule.examples.flag.forEach((ex, i) => {
        it(`flags example ${i + 1}: ${JSON.stringify(ex.text).slice(0, 60)}`, () => {
          const findings = analyzer.analyze(ex.text, { languageId: ex.languageId });
          assert.ok(findings.length > 0, `nothing flagged in ${JSON.stringify(ex.text)}`);
          const texts = findings.map((f) => ex.text.slice(f.start, f.end));
          if (ex.flagged !== undefined) {
            assert.ok(texts.includes(ex.flagged), `expected ${JSON.stringify(ex.flagged)} among ${JSON.stringify(texts)}`);
          }
          if (ex.count !== undefined) assert.equal(findings.length, ex.count, `findings: ${JSON.stringify(texts)}`);
          if (ex.message !== undefined) {
            const messages = findings.filter((f) => ex.flagged === undefined || ex.text.slice(f.start, f.end) === ex.flagged).map((f) => f.message);
            assert.ok(messages.includes(ex.message), `expected message ${JSON.stringify(ex.message)} among ${JSON.stringify(messages)}`);
          }
          if (ex.fixed !== undefined) {
            const out = fixAllSafe(ex.text, (t) => analyzer.analyze(t, { languageId: ex.languageId }));
            assert.equal(out.text, ex.fixed);
          }
        });
      });
      it('finds the same on every example checked twice in a row, and again after all the others (no state kept from a check)', () => {
        const all = [...rule.examples.flag, ...rule.examples.pass];
        const run = (ex: (typeof all)[number]) => JSON.stringify(analyzer.analyze(ex.text, { languageId: ex.languageId }));
        const first = all.map(run);
        for (const [i, ex] of all.entries()) assert.equal(run(ex), first[i], ex.text);
        for (const [i, ex] of all.entries()) {
          run(ex);
          assert.equal(run(ex), first[i], `${ex.text} (checked twice in a row)`);
        }
      });
      rule.examples.pass.forEach((ex, i) => {
        it(`does not flag example ${i + 1}: ${JSON.stringify(ex.text).slice(0, 60)}`, () => {
          const findings = analyzer.analyze(ex.text, { languageId: ex.languageId });
          assert.deepEqual(
            findings.map((f) => ex.text.slice(f.start, f.end)),
            [],
            `unexpected findings in ${JSON.stringify(ex.text)}`,
          );
        });
      });
    });
  }
});
