/**
 * The subcommands of `speech-drafter`, by name. Each module exports `command` (a CliCommand with
 * its own options and handler) and is loaded only when it runs. A new command is one line here.
 */
import type { CliCommand } from './command';

export const COMMANDS: Readonly<Record<string, () => Promise<{ readonly command: CliCommand }>>> = {
  check: () => import('./check'),
  fix: () => import('./fix'),
  rules: () => import('./rules'),
  export: () => import('./export'),
  quotes: () => import('./quotes'),
  glossary: () => import('./glossary'),
};
