/**
 * The layout the code promises: the core never imports `vscode` or an adapter; the adapters
 * (extension, CLI, Word export) reach the core only through src/core/index.ts; every command id
 * is in commandIds.ts and package.json alike; the rule-id constants name real rules.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE, RULE_IDS } from '../../src/core';
import { COMMANDS } from '../../src/extension/commandIds';

const ROOT = path.join(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');
const CORE = path.join(SRC, 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file imports: `import … from`, `export … from`, `import()`, `require()`. */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const pattern = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(pattern)) out.push(m[1] ?? m[2]);
  return out;
}

/** The absolute path a relative specifier points at (without extension), or undefined for a package. */
function target(file: string, spec: string): string | undefined {
  return spec.startsWith('.') ? path.resolve(path.dirname(file), spec).replace(/\.(ts|js)$/, '') : undefined;
}

const rel = (p: string) => path.relative(ROOT, p);

describe('architecture', () => {
  it('the adapters import the core only through src/core/index.ts', () => {
    const adapters = [...sourceFiles(path.join(SRC, 'extension')), ...sourceFiles(path.join(SRC, 'cli')), ...sourceFiles(path.join(SRC, 'export')), path.join(SRC, 'cli.ts')];
    const deep: string[] = [];
    for (const file of adapters) {
      for (const spec of specifiers(file)) {
        const t = target(file, spec);
        if (!t || !(t === CORE || t.startsWith(CORE + path.sep))) continue;
        if (t !== CORE && t !== path.join(CORE, 'index')) deep.push(`${rel(file)} imports ${spec}`);
      }
    }
    assert.deepEqual(deep, [], 'import from the core\'s index (add the export there, in its section)');
  });

  it('the core imports neither vscode nor an adapter', () => {
    const bad: string[] = [];
    for (const file of sourceFiles(CORE)) {
      for (const spec of specifiers(file)) {
        const t = target(file, spec);
        if (spec === 'vscode' || (t && t.startsWith(SRC + path.sep) && !t.startsWith(CORE))) bad.push(`${rel(file)} imports ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('every command id is declared once in commandIds.ts and in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
    const declared = pkg.contributes.commands.map((c) => c.command).sort();
    const ids = Object.values(COMMANDS).sort();
    assert.deepEqual(ids, declared);
    assert.equal(new Set(ids).size, ids.length, 'no id twice');
  });

  it('no feature spells a command id out of the table', () => {
    const spelled: string[] = [];
    for (const file of sourceFiles(path.join(SRC, 'extension'))) {
      if (file.endsWith('commandIds.ts')) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const id of Object.values(COMMANDS)) if (text.includes(`'${id}'`) || text.includes(`"${id}"`)) spelled.push(`${rel(file)}: ${id}`);
    }
    assert.deepEqual(spelled, []);
  });

  it('each rule-id constant names a rule', () => {
    for (const [name, id] of Object.entries(RULE)) assert.ok(RULE_IDS.has(id), `RULE.${name} = ${id}`);
  });
});
