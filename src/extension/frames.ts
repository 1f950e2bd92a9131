/** The speech frames: the snippets marked as file templates in snippets/speech.json (one source). */
import snippets from '../../snippets/speech.json';

export interface Frame {
  readonly name: string;
  readonly prefix: readonly string[];
  readonly description: string;
  readonly body: readonly string[];
}

export const FRAMES: readonly Frame[] = Object.entries(snippets as Record<string, { prefix: string[]; description: string; body: string[]; isFileTemplate?: boolean }>)
  .filter(([, s]) => s.isFileTemplate)
  .map(([name, s]) => ({ name, prefix: s.prefix, description: s.description, body: s.body }));
