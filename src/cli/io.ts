/** File input for the CLI: expanding directories, decoding UTF-8 / UTF-16 / GB18030, refusing binaries. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

export const SPEECH_EXTENSIONS = ['.txt', '.md', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expand directories into the speech files below them (sorted); `-` stays as is. */
export function expandInputs(inputs: readonly string[], onError: (message: string) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(l10n.t('{0}: cannot read the folder ({1})', dir, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && SPEECH_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
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
      onError(l10n.t('{0}: no such file or folder', input));
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

export interface Decoded {
  readonly text: string;
  /** The encoding the bytes were read in, so `fix` can write them back the same way. */
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';
}

/** Decode a speech file; throws an Error with a user-facing message for binary content. */
export function decode(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.includes(0)) throw new Error(l10n.t('{0}: not a text file (it contains NUL bytes); skipped', name));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese documents saved by older Windows tools are GBK/GB18030.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export function encode(text: string, encoding: Decoded['encoding']): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    default:
      // Node cannot encode GB18030; the caller reports that the file is left unchanged.
      return undefined;
  }
}

export function readInput(input: string): Decoded {
  const bytes = input === '-' ? fs.readFileSync(0) : fs.readFileSync(input);
  return decode(bytes, input === '-' ? '<stdin>' : input);
}

/** The nearest `.speechdrafter.json` from `dir` upwards. */
export function findConfigFile(dir: string, fileName: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    const candidate = path.join(cur, fileName);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
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
