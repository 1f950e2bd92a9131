/** Shared test helpers: fixture paths and analyzers with chosen rules. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configure, RULE_IDS, type Analyzer, type Finding } from '../../src/core';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

export function seeds(): Array<{ name: string; text: string }> {
  const dir = path.join(FIXTURES, 'seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function seed(prefix: string): string {
  const s = seeds().find((x) => x.name.startsWith(prefix));
  if (!s) throw new Error('no seed ' + prefix);
  return s.text;
}

/** An analyzer with only `rules` on (at warning level). */
export function only(...rules: string[]): Analyzer {
  const levels = Object.fromEntries([...RULE_IDS].map((id) => [id, rules.includes(id) ? 'warning' : 'off']));
  const { analyzer, problems } = configure([{ source: 'test', settings: { rules: levels } }]);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return analyzer;
}

/** The text each finding covers. */
export function flaggedTexts(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
