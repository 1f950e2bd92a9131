/**
 * Text as GB18030 bytes, for tests of files saved by older Windows tools. No standard API encodes
 * GB18030, so the two-byte table is read back from the platform's decoder once; characters
 * outside it (rare in speeches) are refused rather than guessed.
 */
let table: Map<string, [number, number]> | undefined;

function twoByteTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a two-byte character
      }
    }
  }
  return table;
}

export function encodeGb18030(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = twoByteTable().get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
    out.push(...pair);
  }
  return Buffer.from(out);
}
