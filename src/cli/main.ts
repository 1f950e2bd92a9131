/**
 * `speech-drafter`: the command-line checker over the same core as the extension.
 *
 *   speech-drafter check [--format text|json] [--config FILE] <file|dir|->...
 *   speech-drafter fix [--dry-run] [--config FILE] <file|dir|->...
 *   speech-drafter rules
 *   speech-drafter export --docx OUT.docx … <IN>
 *
 * The first word that is not an option names the command (src/cli/commands.ts); the arguments
 * are then parsed strictly by node:util parseArgs against that command's options, so a mistyped
 * option is an error, never a file name.
 *
 * Exit codes: 0 nothing found, 1 something found (or changed by fix --dry-run), 2 usage, read or write error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as l10n from '@vscode/l10n';
import { SHOW_USAGE, type CliCommand, type CliIO, type OptionsConfig, type OptionValues } from './command';
import { COMMANDS } from './commands';
import { packageRoot } from './io';

export type { CliIO } from './command';
export type { JsonFinding } from './check';
export { toJsonFindings } from './check';

/** Options every command takes, wherever they stand. */
const GLOBAL_OPTIONS = {
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies OptionsConfig;

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

async function loadCommands(): Promise<CliCommand[]> {
  return Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command));
}

function usage(commands: readonly CliCommand[]): string {
  return [
    l10n.t('Usage:'),
    ...commands.map((c) => '  speech-drafter ' + c.synopsis),
    '',
    l10n.t('Options:'),
    '  --locale zh-cn|en   ' + l10n.t('language of the messages (default: from LANG)'),
    '',
    l10n.t('Exit status: 0 nothing found, 1 problems found, 2 usage, read or write error.'),
  ].join('\n');
}

function commandUsage(command: CliCommand): string {
  return l10n.t('Usage: {0}', 'speech-drafter ' + command.synopsis);
}

/** parseArgs' error as the user should read it: the option named, in their language. */
function argumentError(e: unknown): string {
  const err = e as { code?: string; message: string };
  const named = /'([^']+)'/.exec(err.message)?.[1]?.replace(/ <value>$/, '');
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return l10n.t('Unknown option {0}.', named ?? err.message);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(err.message) ? l10n.t('Option {0} needs a value.', named ?? '') : l10n.t('Option {0} takes no value.', named ?? '');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return l10n.t('Unexpected argument {0}.', named ?? err.message);
    default:
      return err.message;
  }
}

/** The `--locale` value and the command word, read leniently before the command's strict parse. */
function firstLook(argv: readonly string[]): { locale?: string; help: boolean; version: boolean; commandIndex: number } {
  const { tokens } = parseArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  let locale: string | undefined;
  let help = false;
  let version = false;
  let commandIndex = -1;
  for (const t of tokens) {
    if (t.kind === 'option' && t.name === 'locale' && typeof t.value === 'string') locale = t.value;
    else if (t.kind === 'option' && t.name === 'help') help = true;
    else if (t.kind === 'option' && t.name === 'version') version = true;
    else if (t.kind === 'positional' && commandIndex < 0) commandIndex = t.index;
    else if (t.kind === 'option-terminator') break;
  }
  return { locale, help, version, commandIndex };
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const look = firstLook(argv);
  configureLocale(pickLocale(look.locale, io.env));
  const name = look.commandIndex >= 0 ? argv[look.commandIndex] : undefined;
  if (look.version && name === undefined) {
    const root = packageRoot(__dirname);
    io.stdout((root ? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version : '?') + '\n');
    return 0;
  }
  if (name === undefined || name === 'help') {
    io[name === 'help' || look.help ? 'stdout' : 'stderr'](usage(await loadCommands()) + '\n');
    return name === 'help' || look.help ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(l10n.t('Unknown command "{0}".', name) + '\n' + usage(await loadCommands()) + '\n');
    return 2;
  }
  const { command } = await load();
  const args = [...argv.slice(0, look.commandIndex), ...argv.slice(look.commandIndex + 1)];
  let parsed: { values: OptionValues<OptionsConfig>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...command.options }, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    io.stderr(argumentError(e) + '\n' + commandUsage(command) + '\n');
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(commandUsage(command) + '\n');
    return 0;
  }
  const code = await command.run(parsed.values, parsed.positionals, io);
  if (code === SHOW_USAGE) {
    io.stderr(commandUsage(command) + '\n');
    return 2;
  }
  return code;
}
