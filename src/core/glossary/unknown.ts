/**
 * Formulations a text uses that no glossary has: quoted slogans (“守土有责”) and numbered
 * formulations (四个意识, 两个立即, 三区两通道, 6个方面18个环节), with a count and a first context.
 */
import type { Glossary } from './glossary';

export interface UnknownFormulation {
  readonly text: string;
  readonly count: number;
  /** Offset of the first use, and the sentence around it. */
  readonly first: number;
  readonly context: string;
}

const NUM = '[一二三四五六七八九十两百千\\d]{1,3}';
const NUMBERED = new RegExp(`${NUM}(?:个|项|大|条|方)\\p{Script=Han}{1,4}?(?:${NUM}(?:个)?\\p{Script=Han}{1,3})?(?=[”，。、；：\\s]|$)|${NUM}\\p{Script=Han}{1,2}${NUM}\\p{Script=Han}{1,2}(?=[”，。、；：\\s]|$)`, 'gu');
const QUOTED = /“([\p{Script=Han}、]{2,16})”/gu;
/** Counting words that are not formulations (三个月, 两个小时 …). */
const NOT_A_FORMULATION = /^[一二三四五六七八九十两百千\d]+个(?:月|小时|星期|人|县|市|区|乡镇|部门|单位|地方|方面|环节|问题|重点|小组|组|点)$/u;

export function unknownFormulations(text: string, glossary: Glossary): UnknownFormulation[] {
  const found = new Map<string, { count: number; first: number }>();
  const note = (t: string, at: number) => {
    if (glossary.get(t) || NOT_A_FORMULATION.test(t)) return;
    const e = found.get(t);
    if (e) e.count++;
    else found.set(t, { count: 1, first: at });
  };
  for (const m of text.matchAll(QUOTED)) if (!/^[一二三四五六七八九十两]/u.test(m[1]) || m[1].length > 2) note(m[1], m.index! + 1);
  for (const m of text.matchAll(NUMBERED)) note(m[0], m.index!);
  return [...found]
    .map(([t, { count, first }]) => {
      const s = Math.max(text.lastIndexOf('。', first) + 1, text.lastIndexOf('\n', first) + 1);
      let e = text.slice(first).search(/[。\n]/u);
      e = e < 0 ? text.length : first + e + 1;
      return { text: t, count, first, context: text.slice(s, Math.min(e, s + 120)).trim() };
    })
    .sort((a, b) => b.count - a.count || a.first - b.first);
}
