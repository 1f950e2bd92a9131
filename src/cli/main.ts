/**
 * `speech-drafter`: the command-line checker over the same core as the extension.
 *
 *   speech-drafter check [--format text|json] [--config FILE] <file|dir|->...
 *   speech-drafter fix [--dry-run] [--config FILE] <file|dir|->...
 *   speech-drafter rules
 *
 * Exit codes: 0 nothing found, 1 something found (or changed by fix --dry-run), 2 usage or read error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { ALL_RULES, CONFIG_FILE_NAME, configure, describeFixReport, fixAllReported, LineIndex, type Analyzer, type Finding, type LanguageId, type SettingsLayer } from '../core';
import { decode, encode, expandInputs, findConfigFile, packageRoot, readInput } from './io';

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

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

/** Extra subcommands other modules add (e.g. `export`). */
export interface Subcommand {
  readonly name: string;
  readonly usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
const subcommands: Subcommand[] = [];
export function registerSubcommand(cmd: Subcommand): void {
  subcommands.push(cmd);
}

/** zh-cn when the locale says Chinese (flag, SPEECH_DRAFTER_LOCALE, LC_ALL, LC_MESSAGES, LANG), else English. */
export function pickLocale(flag: string | undefined, env: CliIO['env']): 'zh-cn' | 'en' {
  const raw = flag || env.SPEECH_DRAFTER_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(raw) ? 'zh-cn' : 'en';
}

export function configureLocale(locale: 'zh-cn' | 'en'): void {
  if (locale !== 'zh-cn') return;
  const root = packageRoot(__dirname);
  const bundle = root && path.join(root, 'l10n', 'bundle.l10n.zh-cn.json');
  if (bundle && fs.existsSync(bundle)) l10n.config({ fsPath: bundle });
}

function usage(): string {
  return [
    l10n.t('Usage:'),
    '  speech-drafter check [--format text|json] [--config FILE] <file|dir|->...',
    '  speech-drafter fix [--dry-run] [--config FILE] <file|dir|->...',
    '  speech-drafter rules',
    ...subcommands.map((c) => '  ' + c.usage),
    '',
    l10n.t('Options:'),
    '  --locale zh-cn|en   ' + l10n.t('language of the messages (default: from LANG)'),
    '',
    l10n.t('Exit status: 0 nothing found, 1 problems found, 2 usage or read error.'),
  ].join('\n');
}

interface ParsedArgs {
  readonly flags: Map<string, string | true>;
  readonly positional: string[];
}

/** `--name value`, `--name=value` and boolean flags; `-` is a positional (stdin). */
function parseArgs(args: readonly string[], valued: ReadonlySet<string>): ParsedArgs | string {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (valued.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) return l10n.t('Option --{0} needs a value.', name);
        flags.set(name, value);
      } else {
        flags.set(name, true);
      }
    } else {
      positional.push(a);
    }
  }
  return { flags, positional };
}

function loadAnalyzer(configFlag: string | undefined, io: CliIO): { analyzer: Analyzer } | { error: string } {
  const layers: SettingsLayer[] = [];
  const file = configFlag ? path.resolve(io.cwd, configFlag) : findConfigFile(io.cwd, CONFIG_FILE_NAME);
  if (file) {
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      return { error: l10n.t('{0}: cannot read the configuration file', file) };
    }
    try {
      layers.push({ source: path.relative(io.cwd, file) || file, settings: JSON.parse(raw) });
    } catch (e) {
      io.stderr(l10n.t('{0}: not valid JSON ({1}); the file is ignored, default settings apply.', file, (e as Error).message) + '\n');
    }
  }
  const { analyzer, problems } = configure(layers);
  for (const p of problems) io.stderr(`${p.source}${p.key ? ` › ${p.key}` : ''}: ${p.message}\n`);
  return { analyzer };
}

function languageOf(file: string): LanguageId {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}

export function toJsonFindings(file: string, text: string, findings: readonly Finding[]): JsonFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const s = index.positionAt(f.start);
    const e = index.positionAt(f.end);
    return {
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      text: text.slice(f.start, f.end),
    };
  });
}

async function runCheck(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = args.flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.stderr(l10n.t('--format must be text or json.') + '\n');
    return 2;
  }
  if (args.positional.length === 0) {
    io.stderr(usage() + '\n');
    return 2;
  }
  const loaded = loadAnalyzer(args.flags.get('config') as string | undefined, io);
  if ('error' in loaded) {
    io.stderr(loaded.error + '\n');
    return 2;
  }
  let errors = 0;
  const onError = (m: string) => {
    errors++;
    io.stderr(m + '\n');
  };
  const files = expandInputs(args.positional.map((p) => (p === '-' ? p : path.resolve(io.cwd, p))), onError);
  const all: JsonFinding[] = [];
  for (const file of files) {
    const shown = file === '-' ? '<stdin>' : path.relative(io.cwd, file) || file;
    let text: string;
    try {
      text = readInput(file).text;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      onError(err.code ? l10n.t('{0}: cannot read the file ({1})', shown, err.code) : err.message);
      continue;
    }
    const findings = toJsonFindings(shown, text, loaded.analyzer.analyze(text, { languageId: languageOf(file) }));
    if (format === 'text') {
      for (const f of findings) io.stdout(`${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}\n`);
    }
    all.push(...findings);
  }
  if (format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n');
  else if (files.length > 1 || all.length > 0) {
    io.stderr(l10n.t('{0} problems in {1} files.', all.length, files.length) + '\n');
  }
  return errors > 0 ? 2 : all.length > 0 ? 1 : 0;
}

async function runFix(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length === 0) {
    io.stderr(usage() + '\n');
    return 2;
  }
  const dryRun = args.flags.has('dry-run');
  const loaded = loadAnalyzer(args.flags.get('config') as string | undefined, io);
  if ('error' in loaded) {
    io.stderr(loaded.error + '\n');
    return 2;
  }
  let errors = 0;
  let changedFiles = 0;
  const onError = (m: string) => {
    errors++;
    io.stderr(m + '\n');
  };
  const files = expandInputs(args.positional.map((p) => (p === '-' ? p : path.resolve(io.cwd, p))), onError);
  for (const file of files) {
    const shown = file === '-' ? '<stdin>' : path.relative(io.cwd, file) || file;
    let decoded;
    try {
      decoded = file === '-' ? decode(fs.readFileSync(0), '<stdin>') : readInput(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      onError(err.code ? l10n.t('{0}: cannot read the file ({1})', shown, err.code) : err.message);
      continue;
    }
    const languageId = languageOf(file);
    const result = fixAllReported(decoded.text, (t) => loaded.analyzer.analyze(t, { languageId }));
    if (file === '-') {
      if (!dryRun) io.stdout(result.text);
    }
    if (result.text === decoded.text) continue;
    changedFiles++;
    const words = describeFixReport(result);
    io.stderr(`${shown}: ${dryRun ? l10n.t('{0} (dry run: nothing written)', words) : words}\n`);
    if (dryRun || file === '-') continue;
    const bytes = encode(result.text, decoded.encoding);
    if (!bytes) {
      onError(l10n.t('{0}: the file is in GB18030, which cannot be written back; convert it to UTF-8 first. Left unchanged.', shown));
      continue;
    }
    try {
      fs.writeFileSync(file, bytes);
    } catch (e) {
      onError(l10n.t('{0}: cannot write the file ({1})', shown, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
  }
  if (errors > 0) return 2;
  return dryRun && changedFiles > 0 ? 1 : 0;
}

function runRules(io: CliIO): number {
  for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(24)} ${String(r.defaultLevel).padEnd(8)} ${r.description}\n`);
  return 0;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, new Set(['format', 'config', 'locale', 'docx', 'speaker', 'date', 'rules']));
  if (typeof parsed === 'string') {
    io.stderr(parsed + '\n');
    return 2;
  }
  configureLocale(pickLocale(parsed.flags.get('locale') as string | undefined, io.env));
  const [command, ...rest] = parsed.positional;
  const args: ParsedArgs = { flags: parsed.flags, positional: rest };
  if (parsed.flags.has('help') || command === 'help') {
    io.stdout(usage() + '\n');
    return 0;
  }
  if (parsed.flags.has('version')) {
    const root = packageRoot(__dirname);
    io.stdout((root ? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version : '?') + '\n');
    return 0;
  }
  switch (command) {
    case 'check':
      return runCheck(args, io);
    case 'fix':
      return runFix(args, io);
    case 'rules':
      return runRules(io);
    default: {
      const sub = subcommands.find((c) => c.name === command);
      if (sub) return sub.run(argv.slice(argv.indexOf(command) + 1), io);
      io.stderr((command ? l10n.t('Unknown command "{0}".', command) + '\n' : '') + usage() + '\n');
      return 2;
    }
  }
}
