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

/** 一方面, 一项工作, 一个月: counting one thing is ordinary prose, not a formulation (一盘棋 is found when quoted). */
const ORDINARY_COUNT = /^[一1](?:个|项|大|条|方)/u;
/** 三个月内, 两个小时: spans of time. */
const SPAN_OF_TIME = /^[一二三四五六七八九十两百千\d]+个(?:月|小时|星期|礼拜|工作日|钟头|季度)/u;
/** 1月25日, 3时30分. */
const DATE_OR_TIME = /^[\d一二三四五六七八九十]+[年月日时点分号][\d一二三四五六七八九十]+[年月日时点分号]?$/u;

export function unknownFormulations(text: string, glossary: Glossary): UnknownFormulation[] {
  const found = new Map<string, { count: number; first: number }>();
  // A known formulation's members or wording spelled out (“早发现、早报告、早隔离、早治疗”) is known too.
  const spelled = new Set(glossary.entries.flatMap((e) => [e.members?.join('、'), e.wording].filter((x): x is string => !!x)));
  const note = (t: string, at: number) => {
    if (glossary.get(t) || spelled.has(t) || NOT_A_FORMULATION.test(t)) return;
    const e = found.get(t);
    if (e) e.count++;
    else found.set(t, { count: 1, first: at });
  };
  for (const m of text.matchAll(QUOTED)) {
    // A slogan is short, or a series of short parts (“外防输入、内防反弹”); a longer quotation is a standard or a phrase.
    if (m[1].split('、').some((part) => part.length > 8)) continue;
    if (!/^[一二三四五六七八九十两]/u.test(m[1]) || m[1].length > 2) note(m[1], m.index! + 1);
  }
  for (const m of text.matchAll(NUMBERED)) {
    // Counted once: a numbered formulation in quotes is already noted as a slogan.
    if (text[m.index! - 1] === '“' && text[m.index! + m[0].length] === '”') continue;
    if (!ORDINARY_COUNT.test(m[0]) && !DATE_OR_TIME.test(m[0]) && !SPAN_OF_TIME.test(m[0])) note(m[0], m.index!);
  }
  return [...found]
    .map(([t, { count, first }]) => {
      const s = Math.max(text.lastIndexOf('。', first) + 1, text.lastIndexOf('\n', first) + 1);
      let e = text.slice(first).search(/[。\n]/u);
      e = e < 0 ? text.length : first + e + 1;
      return { text: t, count, first, context: text.slice(s, Math.min(e, s + 120)).trim() };
    })
    .sort((a, b) => b.count - a.count || a.first - b.first);
}
