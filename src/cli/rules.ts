/** `speech-drafter rules`: every rule with its default level and what it checks. */
import { ALL_RULES } from '../core';
import { defineCommand, SHOW_USAGE } from './command';

export const command = defineCommand({
  name: 'rules',
  synopsis: 'rules',
  options: {},
  run(_values, positionals, io) {
    if (positionals.length > 0) return SHOW_USAGE;
    for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(24)} ${String(r.defaultLevel).padEnd(8)} ${r.description}\n`);
    return 0;
  },
});
