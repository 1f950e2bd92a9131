/**
 * Real texts for property-based tests: the seed speeches and clean fixtures in test/fixtures, the
 * speeches of corpus/, and, when ../shared/ is present, the devset pages and the official record.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { devset, officialRecords } from './shared';

const root = path.resolve(__dirname, '..', '..', '..');

function readDir(dir: string, exts: readonly string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => exts.some((e) => f.endsWith(e)) && f !== 'README.md')
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

let cache: string[] | undefined;

/** Every real text available here (at least the seeds and the corpus). */
export function realTexts(): string[] {
  if (cache) return cache;
  const texts = [
    ...readDir(path.join(root, 'test', 'fixtures', 'seeds'), ['.txt']),
    ...readDir(path.join(root, 'test', 'fixtures', 'clean'), ['.txt', '.md']),
    ...readDir(path.join(root, 'corpus'), ['.md', '.txt']),
  ];
  const d = devset();
  if (d) texts.push(...d.pages.map((p) => p.text), ...d.clean.map((c) => c.text));
  const o = officialRecords();
  if (o) texts.push(...o.map((r) => r.text));
  cache = texts.filter((t) => t.length > 0);
  return cache;
}
