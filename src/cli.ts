/** The `speech-drafter` command (package.json `bin`). */
import { main } from './cli/main';
import './cli/export';
import './cli/quotes';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`speech-drafter: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
