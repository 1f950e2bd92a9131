/**
 * Length of a speech as drafters count it (like Word's 字数 for Chinese text): each Han character
 * and each full-width punctuation mark counts 1, each run of Latin letters or digits counts 1;
 * spaces, line breaks and Markdown markers do not count.
 */
const COUNTED = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’…—·]|[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/gu;

export function countCharacters(text: string): number {
  let n = 0;
  COUNTED.lastIndex = 0;
  while (COUNTED.exec(text)) n++;
  return n;
}

/** Minutes to deliver `count` characters at `rate` characters a minute, rounded to 0.5. */
export function deliveryMinutes(count: number, rate: number): number {
  return Math.round((count / rate) * 2) / 2;
}
