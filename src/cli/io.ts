/**
 * The CLI's files: expanding folders into speeches, reading each one through the core's input
 * module, the settings file, and every file-system error as one line that names it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { CONFIG_FILE_NAME, configure, decodeText, isSpeechFile, languageOf, parseSettingsFile, type Analyzer, type LanguageId, type SettingsLayer, type TextEncoding } from '../core';
import type { CliIO } from './command';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** File-system error codes in words, for "<file>: <reason>". */
const FS_ERRORS: Readonly<Record<string, () => string>> = {
  ENOENT: () => l10n.t('no such file or folder'),
  ELOOP: () => l10n.t('a loop of symbolic links'),
  EACCES: () => l10n.t('permission denied'),
  EPERM: () => l10n.t('permission denied'),
  EISDIR: () => l10n.t('is a folder'),
  ENOTDIR: () => l10n.t('a part of the path is not a folder'),
  ENOSPC: () => l10n.t('no space left on the device'),
  EROFS: () => l10n.t('the file system is read-only'),
};

/** A file-system error in words: what went wrong, for "<file>: <reason>". */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && Object.hasOwn(FS_ERRORS, code) ? FS_ERRORS[code]() : undefined) ?? code ?? (e as Error).message;
}

/**
 * Expand folders into the files below them that `accept` takes by name (speeches by default),
 * sorted; a file named directly is taken as it is, and `-` (standard input) stays as is.
 */
export function expandInputs(inputs: readonly string[], onError: (message: string) => void, accept: (name: string) => boolean = isSpeechFile): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(l10n.t('{0}: cannot read the folder ({1})', dir, describeFsError(e)));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && accept(e.name)) {
        out.push(p);
      }
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      onError(`${input}: ${describeFsError(e)}`);
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

export interface SpeechInput {
  /** The path read, or `-` for standard input. */
  readonly file: string;
  /** The name shown to the user: relative to the working folder, `<stdin>` for standard input. */
  readonly shown: string;
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly languageId: LanguageId;
}

/** Inside the working folder relative to it; elsewhere the absolute path (never `../../…`). */
export function shownName(file: string, cwd: string): string {
  if (file === '-') return '<stdin>';
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Read one speech (a path or `-`); a message for "<file>: …" when it cannot be read as one. */
export function readSpeech(file: string, cwd: string): SpeechInput | { readonly error: string } {
  const shown = shownName(file, cwd);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    return { error: l10n.t('{0}: cannot read the file ({1})', shown, describeFsError(e)) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { error: `${shown}: ${decoded.message}` };
  return { file, shown, text: decoded.text, encoding: decoded.encoding, languageId: languageOf(file === '-' ? undefined : file, decoded.text) };
}

/** The speeches named on the command line (folders expanded), each read; errors go to `onError`. */
export function* readSpeeches(positionals: readonly string[], io: CliIO, onError: (message: string) => void): Generator<SpeechInput> {
  for (const file of expandInputs(positionals.map((p) => (p === '-' ? p : path.resolve(io.cwd, p))), onError)) {
    const read = readSpeech(file, io.cwd);
    if ('error' in read) onError(read.error);
    else yield read;
  }
}

/** The nearest `.speechdrafter.json` from `dir` upwards. */
export function findConfigFile(dir: string, fileName = CONFIG_FILE_NAME): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    const candidate = path.join(cur, fileName);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/** Messages about files that could not be read or written, counted for the exit status. */
export class ErrorLog {
  count = 0;
  constructor(private readonly io: CliIO) {}
  readonly report = (message: string): void => {
    this.count++;
    this.io.stderr(message + '\n');
  };
}

/**
 * The analyzer for `--config FILE`, else the nearest `.speechdrafter.json`, else the defaults.
 * A broken file is reported and ignored (the defaults apply); a `--config` file that cannot be
 * read at all is reported, and the result is undefined (exit 2). `configFile` is the file read.
 */
export function loadAnalyzer(configFlag: string | undefined, io: CliIO): { analyzer: Analyzer; configFile?: string } | undefined {
  const layers: SettingsLayer[] = [];
  const file = configFlag ? path.resolve(io.cwd, configFlag) : findConfigFile(io.cwd);
  if (file) {
    const source = path.relative(io.cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      io.stderr(l10n.t('{0}: cannot read the configuration file ({1})', source, describeFsError(e)) + '\n');
      return undefined;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.stderr(`${source}: ${decoded.message}\n`);
    } else {
      const parsed = parseSettingsFile(decoded.text, source);
      for (const p of parsed.problems) io.stderr(`${p.source}: ${p.message}\n`);
      if (parsed.layer) layers.push(parsed.layer);
    }
  }
  const { analyzer, problems } = configure(layers);
  for (const p of problems) io.stderr(`${p.source}${p.key ? ` › ${p.key}` : ''}: ${p.message}\n`);
  return { analyzer, configFile: file };
}

/** The package root (where l10n/ lives), from the running script's folder upwards. */
export function packageRoot(from: string): string | undefined {
  let cur = from;
  for (;;) {
    const pj = path.join(cur, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        if ((JSON.parse(fs.readFileSync(pj, 'utf8')) as { name?: string }).name === 'speech-drafter') return cur;
      } catch {
        // keep looking
      }
    }
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}
