/**
 * Writes the rule ids into the two places that list them for editors: package.json
 * (`speechDrafter.rules` setting) and schemas/speechdrafter.schema.json (the workspace file).
 * Run `npm run sync-rules` after adding a rule; a unit test fails while they are out of sync.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../src/core';

const LEVELS = ['off', 'error', 'warning', 'info', 'hint'];

export function ruleProperties(): Record<string, unknown> {
  return Object.fromEntries(
    ALL_RULES.map((r) => [r.id, { type: 'string', enum: LEVELS, default: r.defaultLevel, description: r.description }]),
  );
}

export function workspaceFileSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Speech Drafter workspace configuration (.speechdrafter.json)',
    description: 'Shared by the VS Code extension and the speech-drafter CLI. Lists are added to the editor settings; levels and scalars override them.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Level of each rule: off, error, warning, info or hint.',
        additionalProperties: false,
        properties: ruleProperties(),
      },
      placeholderPatterns: {
        type: 'array',
        description: 'Extra placeholder patterns (regular expressions in RE2 syntax; patterns that can match empty text are rejected).',
        items: { type: 'string', format: 'regex', minLength: 1 },
      },
      boilerplatePhrases: {
        type: 'array',
        description: 'Extra website phrases: a line containing one is flagged as a website leftover.',
        items: { type: 'string', minLength: 1 },
      },
      allow: { type: 'array', description: 'Texts never flagged, by any rule.', items: { type: 'string', minLength: 1 } },
      confusedWords: {
        type: 'array',
        description: 'Extra confused-word entries.',
        items: {
          type: 'object',
          required: ['wrong', 'right'],
          additionalProperties: false,
          properties: { wrong: { type: 'string', minLength: 1 }, right: { type: 'string' }, note: { type: 'string' } },
        },
      },
      targetScript: { enum: ['simplified', 'traditional'], description: 'The script the documents are written in.' },
      documentDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date the documents speak from (YYYY-MM-DD).' },
      referencePaths: {
        type: 'array',
        description: 'Folders of reference documents (.txt, .md, .docx) quotations are checked against; relative to this file\'s folder.',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}

export const ROOT = path.join(__dirname, '..', '..');
export const SCHEMA_PATH = path.join(ROOT, 'schemas', 'speechdrafter.schema.json');

function main(): void {
  const pkgPath = path.join(ROOT, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.contributes.configuration.properties['speechDrafter.rules'].properties = ruleProperties();
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  fs.writeFileSync(SCHEMA_PATH, JSON.stringify(workspaceFileSchema(), null, 2) + '\n');
  console.log(`rules: ${ALL_RULES.map((r) => r.id).join(', ')}`);
}

if (require.main === module) main();
