/** `speech-drafter export --docx OUT IN`: the speech as a Word document in the official layout. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { findingsOf, LineIndex, RULE } from '../core';
import { CONFIG_OPTION, defineCommand, SHOW_USAGE } from './command';
import { describeFsError, loadAnalyzer, readSpeech } from './io';

export const command = defineCommand({
  name: 'export',
  synopsis: 'export --docx OUT.docx [--speaker TEXT] [--date TEXT] [--force] [--config FILE] <IN.txt|IN.md>',
  options: { docx: { type: 'string' }, speaker: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' }, ...CONFIG_OPTION },
  async run(values, positionals, io) {
    const out = values.docx;
    if (!out || positionals.length !== 1) return SHOW_USAGE;
    const input = readSpeech(positionals[0] === '-' ? '-' : path.resolve(io.cwd, positionals[0]), io.cwd);
    if ('error' in input) {
      io.stderr(input.error + '\n');
      return 2;
    }
    const analyzer = loadAnalyzer(values.config, io)?.analyzer;
    if (!analyzer) return 2;
    const { text, languageId } = input;
    const force = values.force === true;
    const placeholders = findingsOf(analyzer.analyze(text, { languageId }), RULE.placeholder);
    if (placeholders.length && !force) {
      // Each placeholder with its line, as the editor's warning lists them.
      const lines = new LineIndex(text);
      const listed = placeholders.slice(0, 8).map((f) => `  ${input.shown}:${lines.positionAt(f.start).line + 1}: “${text.slice(f.start, f.end)}”\n`);
      const more = placeholders.length > 8 ? `  ${l10n.t('and {0} more', placeholders.length - 8)}\n` : '';
      const head = placeholders.length === 1 ? l10n.t('1 placeholder is not filled in yet.') : l10n.t('{0} placeholders are not filled in yet.', placeholders.length);
      io.stderr(`${head}\n${listed.join('')}${more}${l10n.t('Fill them in, or export anyway with --force.')}\n`);
      return 1;
    }
    const output = path.resolve(io.cwd, out);
    if (fs.existsSync(output) && !force) {
      io.stderr(l10n.t('{0} exists; it is not overwritten without --force.', out) + '\n');
      return 1;
    }
    const { exportDocx } = await import('../export/docx');
    const bytes = await exportDocx(text, { markdown: languageId === 'markdown', speaker: values.speaker, date: values.date });
    try {
      fs.writeFileSync(output, bytes);
    } catch (e) {
      io.stderr(l10n.t('{0}: cannot write the file ({1})', out, describeFsError(e)) + '\n');
      return 2;
    }
    io.stderr(l10n.t('Wrote {0}.', out) + '\n');
    return 0;
  },
});
