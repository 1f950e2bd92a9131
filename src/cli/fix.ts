/** `speech-drafter fix`: every safe fix, written back in the file's own encoding (or printed, for `-`). */
import * as fs from 'node:fs';
import * as l10n from '@vscode/l10n';
import { describeFixReport, encodeText, fixAllReported, LineCache } from '../core';
import { CONFIG_OPTION, defineCommand, SHOW_USAGE } from './command';
import { describeFsError, ErrorLog, loadAnalyzer, readSpeeches } from './io';

export const command = defineCommand({
  name: 'fix',
  synopsis: 'fix [--dry-run] [--config FILE] <file|dir|->...',
  options: { 'dry-run': { type: 'boolean' }, ...CONFIG_OPTION },
  run(values, positionals, io) {
    if (positionals.length === 0) return SHOW_USAGE;
    const dryRun = values['dry-run'] === true;
    const analyzer = loadAnalyzer(values.config, io)?.analyzer;
    if (!analyzer) return 2;
    const errors = new ErrorLog(io);
    let changedFiles = 0;
    for (const input of readSpeeches(positionals, io, errors.report)) {
      // What changes, in the words of the clean-up command (the core's fix report).
      // One line cache for the passes: each pass after the first re-checks only the lines the previous one changed.
      const cache = new LineCache();
      const result = fixAllReported(input.text, (t) => analyzer.analyze(t, { languageId: input.languageId, cache }));
      if (input.file === '-' && !dryRun) io.stdout(result.text);
      if (result.text === input.text) continue;
      changedFiles++;
      const words = describeFixReport(result);
      io.stderr(`${input.shown}: ${dryRun ? l10n.t('{0} (dry run: nothing written)', words) : words}\n`);
      if (dryRun || input.file === '-') continue;
      const bytes = encodeText(result.text, input.encoding);
      if (!bytes) {
        errors.report(l10n.t('{0}: the file is in GB18030, which cannot be written back; convert it to UTF-8 first. Left unchanged.', input.shown));
        continue;
      }
      try {
        fs.writeFileSync(input.file, bytes);
      } catch (e) {
        errors.report(l10n.t('{0}: cannot write the file ({1})', input.shown, describeFsError(e)));
      }
    }
    if (errors.count > 0) return 2;
    return dryRun && changedFiles > 0 ? 1 : 0;
  },
});
