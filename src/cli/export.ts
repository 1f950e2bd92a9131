/** `speech-drafter export --docx OUT IN [--speaker …] [--date …] [--force]`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { configure } from '../core';
import { registerSubcommand } from './main';
import { readInput } from './io';

registerSubcommand({
  name: 'export',
  usage: 'speech-drafter export --docx OUT.docx [--speaker TEXT] [--date TEXT] [--force] <IN.txt|IN.md>',
  async run(args, io) {
    const flags = new Map<string, string | true>();
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
      if (!m) positional.push(a);
      else if (['docx', 'speaker', 'date'].includes(m[1])) flags.set(m[1], m[2] ?? args[++i] ?? '');
      else if (m[1] === 'force' || m[1] === 'locale') {
        if (m[1] === 'locale' && m[2] === undefined) i++;
        else flags.set(m[1], true);
      } else {
        io.stderr(l10n.t('Unknown option --{0}.', m[1]) + '\n');
        return 2;
      }
    }
    const out = flags.get('docx');
    if (typeof out !== 'string' || !out || positional.length !== 1) {
      io.stderr(l10n.t('Usage: {0}', 'speech-drafter export --docx OUT.docx [--speaker TEXT] [--date TEXT] [--force] <IN.txt|IN.md>') + '\n');
      return 2;
    }
    const input = path.resolve(io.cwd, positional[0]);
    const output = path.resolve(io.cwd, out);
    let text: string;
    try {
      text = readInput(input).text;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.stderr((err.code ? l10n.t('{0}: cannot read the file ({1})', positional[0], err.code) : err.message) + '\n');
      return 2;
    }
    const force = flags.has('force');
    const markdown = /\.(md|markdown)$/i.test(input);
    const placeholders = configure([]).analyzer.analyze(text, { languageId: markdown ? 'markdown' : 'plaintext' }).filter((f) => f.rule === 'placeholder');
    if (placeholders.length && !force) {
      const first = placeholders.slice(0, 5).map((f) => `“${text.slice(f.start, f.end)}”`).join(' ');
      io.stderr(l10n.t('{0} placeholders are not filled in yet: {1}. Fill them in, or export anyway with --force.', placeholders.length, first) + '\n');
      return 1;
    }
    if (fs.existsSync(output) && !force) {
      io.stderr(l10n.t('{0} exists; it is not overwritten without --force.', out) + '\n');
      return 1;
    }
    const { exportDocx } = await import('../export/docx');
    const bytes = await exportDocx(text, { markdown, speaker: flags.get('speaker') as string | undefined, date: flags.get('date') as string | undefined });
    fs.writeFileSync(output, bytes);
    io.stderr(l10n.t('Wrote {0}.', out) + '\n');
    return 0;
  },
});
