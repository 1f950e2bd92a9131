/**
 * `speech-drafter quotes [--format text|json] [--config FILE] FILE`: every quotation of a speech
 * checked against the reference documents of `referencePaths` (in `.speechdrafter.json`, relative
 * to that file's folder): exact, different (with the differences) or not found, each with its
 * source document and line. Exit status: 0 no quotation differs, 1 one differs, 2 usage or read
 * error (no reference folder configured included).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import {
  checkAllQuotations,
  CONFIG_FILE_NAME,
  describeDifferences,
  describeVersions,
  formatDate,
  isDocumentFile,
  LineIndex,
  parseReferenceFile,
  readDocumentText,
  ReferenceIndex,
  sourceLabel,
  type SourcePassage,
} from '../core';
import { lineColumns } from './check';
import { CONFIG_OPTION, defineCommand, SHOW_USAGE } from './command';
import { describeFsError, expandInputs, loadAnalyzer, readSpeech } from './io';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The text of a reference file: .docx through mammoth, other files through the core's input module. */
export async function readReferenceText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) throw new Error(l10n.t('{0}: larger than {1} MB; skipped', file, MAX_FILE_BYTES / 1024 / 1024));
    bytes = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw new Error(`${file}: ${describeFsError(e)}`);
    throw e;
  }
  const read = await readDocumentText(file, bytes);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return read.text;
}

/** Reference files below the folders (sorted); a file given directly is taken as it is. */
function referenceFiles(folders: readonly string[], onError: (m: string) => void): string[] {
  return expandInputs(folders, onError, isDocumentFile);
}

/** Read and index every reference document below `folders`; unreadable files are reported and skipped. */
export async function loadReferenceFolders(folders: readonly string[], onError: (m: string) => void): Promise<{ index: ReferenceIndex; files: number }> {
  const index = new ReferenceIndex();
  const files = referenceFiles(folders, onError);
  for (const file of files) {
    try {
      index.add(parseReferenceFile(file, file, await readReferenceText(file)));
    } catch (e) {
      onError((e as Error).message.startsWith(file) ? (e as Error).message : l10n.t('{0} is skipped: {1}', file, (e as Error).message));
    }
  }
  return { index, files: files.length };
}

/** The sentence, cut to about 120 characters around the passage. */
function excerptAround(sentence: string, passage: string): string {
  if (sentence.length <= 120) return sentence;
  const at = Math.max(0, sentence.indexOf(passage));
  const from = Math.max(0, at - 30);
  const to = Math.min(sentence.length, Math.max(at + passage.length + 30, from + 120));
  return (from > 0 ? '…' : '') + sentence.slice(from, to) + (to < sentence.length ? '…' : '');
}

interface JsonQuotation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: 'attributed' | 'blockquote';
  text: string;
  status: 'exact' | 'different' | 'not-found';
  differences: Array<{ kind: string; quote: string; source: string }>;
  message: string;
  source?: { file: string; line: number; title: string; date: string | null; text: string; sentence: string };
  versions: Array<{ file: string; line: number; title: string; date: string | null; text: string }>;
}

function sourceJson(p: SourcePassage) {
  return { file: p.doc.uri, line: p.line + 1, title: p.doc.title, date: p.doc.date ?? null, text: p.text, sentence: p.sentence };
}

export const command = defineCommand({
  name: 'quotes',
  synopsis: 'quotes [--format text|json] [--config FILE] <FILE>',
  options: { format: { type: 'string' }, ...CONFIG_OPTION },
  async run(values, positionals, io) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr(l10n.t('--format must be text or json.') + '\n');
      return 2;
    }
    if (positionals.length !== 1) return SHOW_USAGE;
    const loaded = loadAnalyzer(values.config, io);
    if (!loaded) return 2;
    const config = loaded.analyzer.config;
    const configFile = loaded.configFile;
    if (!configFile || config.referencePaths.length === 0) {
      io.stderr(l10n.t('No reference folders: set "referencePaths" in {0} to the folders of the documents quotations are checked against.', CONFIG_FILE_NAME) + '\n');
      return 2;
    }
    const base = path.dirname(configFile);
    const folders = config.referencePaths.map((p) => path.resolve(base, p));
    let errors = 0;
    const { index } = await loadReferenceFolders(folders, (m) => {
      errors++;
      io.stderr(m + '\n');
    });
    const input = readSpeech(positionals[0] === '-' ? '-' : path.resolve(io.cwd, positionals[0]), io.cwd);
    if ('error' in input) {
      io.stderr(input.error + '\n');
      return 2;
    }
    const { text, shown } = input;
    const entries = checkAllQuotations(text, input.languageId, index);
    const lines = new LineIndex(text);
    const rel = (f: string) => path.relative(io.cwd, f) || f;
    const out: JsonQuotation[] = entries.map(({ quotation: q, check }) => {
      const src = check.source;
      let message: string;
      if (check.status === 'exact') message = l10n.t('Exact: {0}', sourceLabel(src!.doc));
      else if (check.status === 'different') message = l10n.t('Differs from {0}: {1}', sourceLabel(src!.doc), describeDifferences(check.differences));
      else message = l10n.t('Not found in your references');
      if (check.versions.length) message += l10n.t('; ') + l10n.t('other wordings: {0}', describeVersions(check.versions));
      return {
        ...lineColumns(lines, q.start, q.end),
        kind: q.kind,
        text: q.text,
        status: check.status,
        differences: check.differences.map((d) => ({ ...d })),
        message,
        ...(src ? { source: { ...sourceJson(src), file: rel(src.doc.uri) } } : {}),
        versions: check.versions.map((v) => ({ ...sourceJson(v), file: rel(v.doc.uri) })),
      };
    });
    if (format === 'json') io.stdout(JSON.stringify(out, null, 2) + '\n');
    else {
      for (const q of out) {
        const excerpt = q.text.replace(/\s+/g, ' ');
        io.stdout(`${shown}:${q.line}:${q.column}  “${excerpt.length > 40 ? excerpt.slice(0, 40) + '…' : excerpt}”\n    ${q.message}\n`);
        if (q.source) io.stdout(`    ${q.source.file}:${q.source.line}  ${q.source.date ? formatDate(q.source.date) + '  ' : ''}${excerptAround(q.source.sentence, q.source.text)}\n`);
      }
      const count = (s: string) => out.filter((q) => q.status === s).length;
      io.stderr(
        l10n.t('{0} quotations: {1} exact, {2} different, {3} not found in your references ({4} reference documents).', out.length, count('exact'), count('different'), count('not-found'), index.documentCount) + '\n',
      );
    }
    if (errors > 0 && index.documentCount === 0) return 2;
    return out.some((q) => q.status === 'different') ? 1 : 0;
  },
});
