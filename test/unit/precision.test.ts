/**
 * Correctly written official text: every rule, each switched on (whatever its default level),
 * reports nothing. The fixtures are written to contain the forms rules are most tempted to flag.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configure, RULE_IDS } from '../../src/core';
import { FIXTURES } from './helpers';

const dir = path.join(FIXTURES, 'clean');
const files = fs.readdirSync(dir).sort();
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('precision on clean official text', () => {
  const { analyzer, problems } = configure([{ source: 'test', settings: { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, 'warning'])) } }]);

  it('every rule is on', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual([...analyzer.rules.map((r) => r.id)].sort(), [...RULE_IDS].sort());
  });

  for (const name of files) {
    it(`${name}: no finding from any rule`, () => {
      const text = read(name);
      const findings = analyzer.analyze(text, { languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' });
      assert.deepEqual(
        findings.map((f) => `${f.rule}: ${JSON.stringify(text.slice(Math.max(0, f.start - 8), f.end + 8))}`),
        [],
      );
    });
  }

  it('the fixtures hold the forms that tempt the rules (so the test above means something)', () => {
    const all = files.map(read).join('\n');
    assert.ok(all.length > 4000, `${all.length} characters`);
    const forms: Array<[string, RegExp]> = [
      ['a time', /\d{1,2}:\d{2}/],
      ['a time span', /\d:\d{2}—\d{1,2}:\d{2}/],
      ['a thousands separator', /\d,\d{3}/],
      ['a decimal percentage', /\d\.\d+%/],
      ['a percentage range', /\d%～\d+%/],
      ['an amount range in 万/亿', /\d[万亿]～\d+[万亿]元/],
      ['a count range', /\d～\d+[个名人]/],
      ['a span of years', /\d{4}—\d{4}年/],
      ['a full date', /\d{4}年\d{1,2}月\d{1,2}日/],
      ['an ISO date', /\d{4}-\d{2}-\d{2}/],
      ['a phone number', /0\d{3}-\d{8}/],
      ['an English name', /WHO|UNESCO/],
      ['5G, CT and iPhone', /5G[\s\S]*CT[\s\S]*iPhone/],
      ['an English sentence with its own marks', /[A-Za-z], [a-z][^。]*[a-z]\./],
      ['a URL', /https:\/\/\S+/],
      ['an e-mail address', /\w+@example\.gov\.cn/],
      ['book titles side by side', /》《|《[^》]+》/],
      ['quotes side by side', /”“/],
      ['a nested quote', /“[^”]*‘[^’]+’[^”]*”/],
      ['a quotation of several paragraphs', /\n“[^”\n]+\n“/],
      ['full-width brackets around a note', /（[^）]+）/],
      ['an ellipsis and a dash', /……[\s\S]*—/],
      ['headings of four levels', /一、[\s\S]*（一）[\s\S]*\n1\./],
      ['first, second', /第一，[\s\S]*第二，/],
      ['a list led in by a colon, its items ending in ；', /：\n[^\n]+；\n/],
      ['Markdown code span with ASCII marks', /`[^`]*[,(][^`]*`/],
      ['a fenced code block', /```[\s\S]+```/],
      ['a Markdown table', /\| --- \|/],
      ['a Markdown link', /\]\(https?:/],
      ['emphasis', /\*\*[^*]+\*\*/],
    ];
    assert.deepEqual(forms.filter(([, re]) => !re.test(all)).map(([what]) => what), []);
  });
});
