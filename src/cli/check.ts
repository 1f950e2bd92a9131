/**
 * `speech-drafter check`: findings as `file:line:col  rule  message` lines, or as JSON. With
 * `referencePaths` in the configuration, quotations are checked against those documents too.
 */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { createAnalyzer, LineIndex, type Finding } from '../core';
import { CONFIG_OPTION, defineCommand, SHOW_USAGE } from './command';
import { ErrorLog, loadAnalyzer, readSpeeches } from './io';
import { loadReferenceFolders } from './quotes';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  text: string;
}

/** 1-based lines and columns (UTF-16 code units) of the range [start, end), as the JSON output gives them. */
export function lineColumns(index: LineIndex, start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
  const s = index.positionAt(start);
  const e = index.positionAt(end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toJsonFindings(file: string, text: string, findings: readonly Finding[]): JsonFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => ({
    file,
    ...lineColumns(index, f.start, f.end),
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    text: text.slice(f.start, f.end),
  }));
}

export const command = defineCommand({
  name: 'check',
  synopsis: 'check [--format text|json] [--config FILE] <file|dir|->...',
  options: { format: { type: 'string' }, ...CONFIG_OPTION },
  async run(values, positionals, io) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr(l10n.t('--format must be text or json.') + '\n');
      return 2;
    }
    if (positionals.length === 0) return SHOW_USAGE;
    const loaded = loadAnalyzer(values.config, io);
    if (!loaded) return 2;
    let analyzer = loaded.analyzer;
    const errors = new ErrorLog(io);
    // Reference folders, relative to the configuration file: the quotation rule reads them.
    if (loaded.configFile && analyzer.config.referencePaths.length) {
      const base = path.dirname(loaded.configFile);
      const { index } = await loadReferenceFolders(
        analyzer.config.referencePaths.map((p) => path.resolve(base, p)),
        (m) => io.stderr(m + '\n'),
      );
      analyzer = createAnalyzer(analyzer.config, { references: index });
    }
    let files = 0;
    const all: JsonFinding[] = [];
    for (const input of readSpeeches(positionals, io, errors.report)) {
      files++;
      const findings = toJsonFindings(input.shown, input.text, analyzer.analyze(input.text, { languageId: input.languageId }));
      if (format === 'text') for (const f of findings) io.stdout(`${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}\n`);
      all.push(...findings);
    }
    if (format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n');
    else if (files + errors.count > 1 || all.length > 0) io.stderr(problemsInFiles(all.length, files + errors.count) + '\n');
    return errors.count > 0 ? 2 : all.length > 0 ? 1 : 0;
  },
});

/** "7 problems in 1 file.", with the plurals right (one message per case, for the translations). */
function problemsInFiles(problems: number, files: number): string {
  if (problems === 1) return files === 1 ? l10n.t('1 problem in 1 file.') : l10n.t('1 problem in {0} files.', files);
  return files === 1 ? l10n.t('{0} problems in 1 file.', problems) : l10n.t('{0} problems in {1} files.', problems, files);
}
