/**
 * `speech-drafter glossary [--format text|json] [TERM]`: the glossary of formulations (the record
 * layer mined from the official record, the curated layer on top, and the workspace's
 * .speechdrafter-glossary.json, found from the current folder upwards, merged in), or the one
 * entry named by its term or an alias. Exit status: 0 printed, 1 no such term, 2 usage error or a
 * workspace glossary that cannot be read.
 */
import * as fs from 'node:fs';
import * as l10n from '@vscode/l10n';
import { builtinEntries, describeEntry, entryJson, Glossary, kindText, mergeGlossaries, parseGlossary, scopeText, USER_GLOSSARY_FILE, type GlossaryEntry } from '../core';
import { defineCommand, SHOW_USAGE } from './command';
import { describeFsError, findConfigFile } from './io';

function entryText(e: GlossaryEntry): string {
  const head = [e.term, e.aliases?.length ? `（${e.aliases.join('、')}）` : '', ` · ${[kindText(e), scopeText(e)].filter(Boolean).join(' · ')}`].join('');
  const lines = describeEntry(e).map((l) => {
    const links = l.links?.length ? ` <${l.links.map((x) => x.url).join('> <')}>` : '';
    return `  ${l.label}: ${l.text.replace(/\n/g, '\n    ')}${l.label === l10n.t('Sources') || l.label === l10n.t('In the official record') ? links : ''}`;
  });
  return [head, ...lines].join('\n');
}

export const command = defineCommand({
  name: 'glossary',
  synopsis: 'glossary [--format text|json] [TERM]',
  options: { format: { type: 'string' } },
  run(values, positionals, io) {
    const format = values.format ?? 'text';
    if ((format !== 'text' && format !== 'json') || positionals.length > 1) return SHOW_USAGE;
    let user: GlossaryEntry[] = [];
    const file = findConfigFile(io.cwd, USER_GLOSSARY_FILE);
    if (file) {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      } catch (e) {
        io.stderr(`${file}: ${(e as NodeJS.ErrnoException).code ? describeFsError(e) : (e as Error).message}\n`);
        return 2;
      }
      const parsed = parseGlossary(raw, file);
      for (const p of parsed.problems) io.stderr(`${p.source}${p.key ? ' › ' + p.key : ''}: ${p.message}\n`);
      user = parsed.entries;
    }
    const glossary: Glossary = user.length ? mergeGlossaries(builtinEntries(), user) : new Glossary(builtinEntries());
    if (positionals.length === 1) {
      const entry = glossary.get(positionals[0].trim());
      if (!entry) {
        io.stderr(l10n.t('"{0}" is not in the glossary.', positionals[0]) + '\n');
        return 1;
      }
      io.stdout(format === 'json' ? JSON.stringify(entryJson(entry), null, 2) + '\n' : entryText(entry) + '\n');
      return 0;
    }
    const entries = [...glossary.entries].sort((a, b) => a.term.localeCompare(b.term, 'zh-CN'));
    io.stdout(format === 'json' ? JSON.stringify(entries.map(entryJson), null, 2) + '\n' : entries.map(entryText).join('\n\n') + '\n');
    return 0;
  },
});
