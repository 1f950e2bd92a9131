/**
 * What a `speech-drafter` subcommand is: a name, a synopsis for the usage text, its options (as
 * node:util parseArgs declares them, parsed strictly) and a handler. src/cli/commands.ts lists
 * them; main.ts parses the arguments and runs the one named.
 */
import type { ParseArgsConfig } from 'node:util';

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The parsed values of `O`: a string option gives a string, a boolean one true (absent: undefined). */
export type OptionValues<O extends OptionsConfig> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'string' ? (O[K]['multiple'] extends true ? string[] : string) : boolean;
};

export interface CliCommand<O extends OptionsConfig = OptionsConfig> {
  readonly name: string;
  /** The usage line after `speech-drafter `, e.g. `check [--format text|json] <file|dir|->...`. */
  readonly synopsis: string;
  readonly options: O;
  /**
   * Runs the command; resolves to the exit status (0 nothing found, 1 something found, 2 usage or
   * read error). Every message goes through `io`.
   */
  run(values: OptionValues<O>, positionals: string[], io: CliIO): Promise<number> | number;
}

/** A command with its option types checked against its handler. */
export function defineCommand<const O extends OptionsConfig>(command: CliCommand<O>): CliCommand {
  return command as unknown as CliCommand;
}

/** Options every command takes. */
export const CONFIG_OPTION = { config: { type: 'string' } } as const;

/** What a handler returns when its arguments do not fit: main prints the command's usage, exit 2. */
export const SHOW_USAGE = -1;
