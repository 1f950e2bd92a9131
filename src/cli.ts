/** The `speech-drafter` command (package.json `bin`): main() with the process's streams. */
import * as fs from 'node:fs';
import { main } from './cli/main';

/**
 * Writes straight to the file descriptor, so a closed reader shows at once as EPIPE: then
 * (`speech-drafter check … | head`) the command stops quietly, as the reader has all it wanted.
 */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function writer(fd: number): (s: string) => void {
  return (s) => {
    let bytes = Buffer.from(s, 'utf8');
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(fs.writeSync(fd, bytes));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(PAUSE, 0, 0, 1); // a non-blocking pipe that is full: wait a moment, try again
          continue;
        }
        process.exit(code === 'EPIPE' ? 0 : 2);
      }
    }
  };
}

main(process.argv.slice(2), { stdout: writer(1), stderr: writer(2), cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // One line for the user; the stack only when asked for (SPEECH_DRAFTER_DEBUG=1).
    const err = e as Error;
    writer(2)(`speech-drafter: ${process.env.SPEECH_DRAFTER_DEBUG ? (err.stack ?? String(e)) : (err.message ?? String(e))}\n`);
    process.exitCode = 2;
  },
);
