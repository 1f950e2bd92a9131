/**
 * Reading a speech from bytes, the one way every adapter does it (the CLI, the workspace check,
 * the corpus folders, the export): the encoding detected (BOM, UTF-8, UTF-16 with BOM, GB18030
 * only when the bytes are valid GB18030 text), binary content refused with a reason, and the
 * language told from the file name and, without a telling name, from the content.
 */
import * as l10n from '@vscode/l10n';
import type { LanguageId } from './document';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Why bytes are not read as a speech. */
export type UnreadableReason = 'nul-bytes' | 'control-characters' | 'invalid-utf8' | 'unknown-encoding';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: UnreadableReason; /** Localized, for "<file>: <message>". */ readonly message: string };

/** File name endings of the speeches the checks look at. */
export const SPEECH_FILE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

/** Share of control characters (other than tab, line and page breaks) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of U+FFFD (what a wrong decoding leaves) above which text is binary. */
const MAX_REPLACEMENT_SHARE = 0.1;

/** Control characters and replacement characters in the first 64K characters. */
function oddCharacters(text: string): { sample: number; controls: number; replacements: number } {
  const sample = Math.min(text.length, 65536);
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || (c >= 0x80 && c <= 0x9f)) controls++;
    else if (c === 0xfffd) replacements++;
  }
  return { sample, controls, replacements };
}

/**
 * Whether decoded text (a file read, an open editor's) is binary rather than a speech: a NUL;
 * more than 1 % control characters (and more than a stray few); or, past 200 characters, more
 * than 10 % replacement characters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const { sample, controls, replacements } = oddCharacters(text);
  return (controls > 4 && controls / sample > MAX_CONTROL_SHARE) || (sample > 200 && replacements / sample > MAX_REPLACEMENT_SHARE);
}

/**
 * Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8, and the offset
 * of the first such byte. A UTF-8 file with a few stray bytes has many of the first and few of
 * the second; GB18030 text read as UTF-8 has the reverse.
 */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuse(reason: UnreadableReason, message: string): DecodeResult {
  return { ok: false, reason, message };
}

function accept(text: string, encoding: TextEncoding): DecodeResult {
  if (looksBinary(text)) {
    return text.includes('\u0000')
      ? refuse('nul-bytes', l10n.t('not a text file (it contains NUL bytes); skipped'))
      : refuse('control-characters', l10n.t('not a text file (it is full of control characters); skipped'));
  }
  return { ok: true, text, encoding };
}

/** Decode the bytes of a speech file; never throws. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    return text === undefined ? refuse('unknown-encoding', l10n.t('starts like UTF-16 but is not valid UTF-16; skipped')) : accept(text, 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes.subarray(2));
    return text === undefined ? refuse('unknown-encoding', l10n.t('starts like UTF-16 but is not valid UTF-16; skipped')) : accept(text, 'utf-16be');
  }
  if (bytes.includes(0)) return refuse('nul-bytes', l10n.t('not a text file (it contains NUL bytes); skipped'));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== undefined) return accept(utf8, bom ? 'utf-8-bom' : 'utf-8');
  const shape = utf8Shape(body);
  // Mostly UTF-8 with a few bytes that are not: a damaged UTF-8 file, not GB18030 text.
  if (bom || shape.valid >= 4 * shape.invalid) {
    return refuse('invalid-utf8', l10n.t('not valid UTF-8 (byte {0} of {1} is not part of a character); skipped, nothing was changed', shape.firstInvalid + (bom ? 3 : 0), bytes.length));
  }
  // Chinese documents saved by older Windows tools are GBK / GB18030.
  const gb = tryDecode('gb18030', body);
  if (gb === undefined) return refuse('unknown-encoding', l10n.t('neither UTF-8 nor GB18030 text; skipped'));
  return accept(gb, 'gb18030');
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** The bytes of `text` in the encoding it was read in; undefined for GB18030, which no standard API writes. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\ufeff' + text);
    case 'utf-16le':
      return utf16(text, false);
    case 'utf-16be':
      return utf16(text, true);
    default:
      return undefined;
  }
}

/** Markdown signs at the start of a text: front matter, or a first line that is a # heading. */
const MARKDOWN_START = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n|\s*#{1,6}\s+\S)/;

/**
 * The language of a speech: Markdown for .md / .markdown, plain text for .txt; a name that says
 * neither (standard input, no extension) is Markdown when the text opens like Markdown.
 */
export function languageOf(name: string | undefined, text?: string): LanguageId {
  const ext = name ? /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() : undefined;
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'plaintext';
  return text !== undefined && MARKDOWN_START.test(text) ? 'markdown' : 'plaintext';
}

function extensionOf(name: string): string | undefined {
  return /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
}

/** Whether a file name is one of the speeches the checks look at. */
export function isSpeechFile(name: string): boolean {
  const ext = extensionOf(name);
  return ext !== undefined && SPEECH_FILE_EXTENSIONS.includes(ext);
}

/** What the corpus and the reference folders read: the speeches' files and Word documents. */
export const DOCUMENT_FILE_EXTENSIONS: readonly string[] = [...SPEECH_FILE_EXTENSIONS, '.docx'];

const globOf = (extensions: readonly string[]) => `**/*.{${extensions.map((e) => e.slice(1)).join(',')}}`;

/** Glob patterns of the speech files and of the document files, for file searches and watchers. */
export const SPEECH_FILES_GLOB = globOf(SPEECH_FILE_EXTENSIONS);
export const DOCUMENT_FILES_GLOB = globOf(DOCUMENT_FILE_EXTENSIONS);

/** A document file by its name; Word's lock files (~$name.docx) are not documents. */
export function isDocumentFile(name: string): boolean {
  const ext = extensionOf(name);
  return ext !== undefined && DOCUMENT_FILE_EXTENSIONS.includes(ext) && !/(^|[\\/])~\$[^\\/]*$/.test(name);
}

export type DocumentText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** The text of a document file: a .docx through mammoth (its paragraphs), any other through decodeText. */
export async function readDocumentText(name: string, bytes: Uint8Array): Promise<DocumentText> {
  if (extensionOf(name) !== '.docx') return decodeText(bytes);
  try {
    // Loaded on first use (the bundles take it from dist/vendor/).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };
    return { ok: true, text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value };
  } catch (e) {
    return { ok: false, message: l10n.t('not a Word document that can be read ({0}); skipped', (e as Error).message) };
  }
}
