/**
 * Input shapes for the scaling test and `npm run bench`: each builds a text of about `size`
 * UTF-16 units that stresses one path of the engine (long runs of one mark, many findings,
 * many suppression comments, …). Linear code takes about ten times as long on ten times the text.
 */
import { parseReferenceFile, ReferenceIndex, RULE_IDS, type AnalyzerServices, type LanguageId } from '../../src/core';

/** Settings that leave only `ids` on, so a shape times those rules alone (their growth is not hidden by the others). */
function only(...ids: string[]): unknown {
  return { rules: Object.fromEntries([...RULE_IDS].map((id) => [id, ids.includes(id) ? 'warning' : 'off'])) };
}
const WEB = only('web-boilerplate');
const PLACEHOLDER = only('placeholder');
const QUOTATION = only('quotation');

/** Two short reference documents, one sentence of which a later one changed: what the quotation shapes look up. */
function references(): AnalyzerServices {
  const index = new ReferenceIndex();
  index.add(parseReferenceFile('a', '/refs/a.txt', '关于经济工作\n（2023年3月5日）\n\n我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求。\n'));
  index.add(parseReferenceFile('b', '/refs/b.txt', '关于经济工作的新报告\n（2025年3月5日）\n\n我们要坚持以人民为中心的发展思想，推进高质量发展，着力扩大国内需求。\n'));
  return { references: index };
}

export interface Shape {
  readonly name: string;
  readonly languageId?: LanguageId;
  /** Settings for the analyzer (as in .speechdrafter.json). */
  readonly settings?: unknown;
  /** Services handed to the analyzer (the reference texts of the quotation check). */
  readonly services?: () => AnalyzerServices;
  /** Also time fix-all (apply every safe fix until nothing changes). */
  readonly fixAll?: boolean;
  build(size: number): string;
}

/** `unit` repeated to `size` units (cut at a unit boundary). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size - (size % unit.length) || unit.length);
}

/** A varied clean speech paragraph, numbered so that lines differ. */
function speech(size: number, sep = '\n'): string {
  const parts = [
    '同志们：今天我们召开全市安全生产工作会议，主要任务是总结工作、分析形势、部署任务。',
    '一、提高政治站位，切实增强做好安全生产工作的责任感和紧迫感',
    '各级各部门要坚持人民至上、生命至上，统筹发展和安全，坚决遏制重特大事故发生。',
    '（一）压实工作责任。要严格落实党政同责、一岗双责、齐抓共管、失职追责。',
    '2023年，全市共开展检查1.2万次，整改隐患3456处，同比下降15.6%。',
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += parts[i % parts.length] + `（${i}）` + sep;
  return out.slice(0, size);
}

const han = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
function items(size: number, sep: string): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += han[i % han.length] + han[(i * 7 + 3) % han.length] + sep;
  return out.slice(0, size);
}

export const SHAPES: readonly Shape[] = [
  { name: 'clean speech', build: (n) => speech(n) },
  { name: 'clean speech on one line', build: (n) => speech(n, '') },
  { name: 'clean speech, CRLF', build: (n) => speech(n, '\r\n') },
  { name: 'run of *', build: (n) => fill('*', n) },
  { name: 'run of * (Markdown)', languageId: 'markdown', build: (n) => fill('*', n) },
  { name: 'run of X', build: (n) => fill('X', n) },
  { name: 'run of _', build: (n) => fill('_', n) },
  { name: 'run of ASCII commas', build: (n) => fill(',', n) },
  { name: 'run of %;', build: (n) => fill('%;', n) },
  { name: 'run of 》', build: (n) => fill('》', n) },
  { name: 'run of “', build: (n) => fill('“', n) },
  { name: 'run of （', build: (n) => fill('（', n) },
  { name: 'run of 、', build: (n) => fill('、', n) },
  { name: 'run of …', build: (n) => fill('…', n) },
  { name: 'run of digits', build: (n) => fill('1', n) },
  { name: 'run of spaces', build: (n) => '甲' + fill(' ', n - 2) + '乙' },
  { name: 'run of one Han character', build: (n) => fill('好', n) },
  { name: '、-list without punctuation', build: (n) => items(n, '、') },
  {
    // Formulation members as clauses after their verbs on one line, every third run of four reordered.
    name: 'member clauses on one line',
    settings: only('formulation-members'),
    build: (n) => {
      const verbs = ['立足', '贯彻', '构建', '推动'];
      const members = ['新发展阶段', '新发展理念', '新发展格局', '高质量发展'];
      let s = '';
      for (let i = 0; s.length < n; i++) s += (i ? '，' : '') + verbs[i % 4] + members[Math.floor(i / 4) % 3 === 0 ? [1, 0, 2, 3][i % 4] : i % 4] + (i % 4 === 3 ? '，做好各项工作' : '');
      return s.slice(0, n);
    },
  },
  { name: 'long local part before @', build: (n) => fill('a', n - 1) + '@' },
  { name: 'Markdown emphasis openers', languageId: 'markdown', build: (n) => fill('*甲', n) },
  { name: 'Markdown underscores', languageId: 'markdown', build: (n) => fill('_甲', n) },
  { name: 'many announced counts', build: (n) => fill('下面我讲三点意见。\n一、甲\n', n) },
  { name: 'many quoted counts', build: (n) => fill('做到“两个立即”。一是甲；', n) },
  { name: 'many headings', build: (n) => { let s = ''; for (let i = 1; s.length < n; i++) s += `${i}.标题\n`; return s.slice(0, n); } },
  { name: 'many copyright lines', build: (n) => fill('版权所有 © 2023 某某网 All Rights Reserved\n', n) },
  { name: 'many navigation lines', settings: WEB, build: (n) => fill('您的当前位置: 范文网 > 讲话稿 > 致辞\n手机版\n首页 | 范文 | 讲话 | 致辞 | 下载\n浏览 120 下载 3\n工作总结 >在全市工作会议上的讲话\n', n) },
  { name: 'many numbered navigation lines', settings: WEB, build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `当前位置: 范文网 > 讲话稿 > 第${i}篇\n返回顶部\n浏览 ${i} 下载 3\n`; return s.slice(0, n); } },
  { name: 'many editor notes and site lines', settings: WEB, build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `下面是小编为大家整理的讲话稿${i}，供大家参考。\n甲乙\n开学典礼校长致辞${(i % 90) + 1}篇\n要压实责任【精选推荐】第${i}页共18页\n`; return s.slice(0, n); } },
  { name: 'many placeholders', settings: PLACEHOLDER, build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `XX书记在X月X日讲话，【单位名称】完成了X%${i}\n`; return s.slice(0, n); } },
  { name: 'run of spaces, web-boilerplate alone', settings: WEB, build: (n) => '甲' + fill(' ', n - 2) + '乙' },
  { name: 'run of …, web-boilerplate alone', settings: WEB, build: (n) => fill('…', n) },
  { name: 'many link lists, web-boilerplate alone', settings: WEB, build: (n) => fill('相关推荐\n甲乙丙丁\n同志们：今天我们召开全市安全生产工作会议，主要任务是总结工作、分析形势、部署任务。\n', n) },
  { name: 'many website segments on one line', settings: WEB, build: (n) => fill('编号:123456要压实责任【精选推荐】第1页共2页', n) },
  { name: 'many placeholders on one line', settings: PLACEHOLDER, build: (n) => fill('XX书记在X月X日，', n) },
  { name: 'many quotations', settings: QUOTATION, services: references, build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `报告指出：“坚持以人民为中心的发展思想，推动高质量发展${i}。”\n`; return s.slice(0, n); } },
  { name: 'many quotations never closed', settings: QUOTATION, services: references, build: (n) => fill('总书记强调：“坚持', n) },
  { name: 'quotation verbs in a Markdown code block', languageId: 'markdown', settings: QUOTATION, services: references, build: (n) => { let s = '```\n'; for (let i = 0; s.length < n; i++) s += `总书记强调：“代码${i}”\n`; return s.slice(0, n); } },
  { name: 'block quotes holding quotations', languageId: 'markdown', settings: QUOTATION, services: references, build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `> 他说：“推动高质量发展${i}。”\n\n`; return s.slice(0, n); } },
  { name: 'many suppression comments', languageId: 'markdown', build: (n) => fill('<!-- speech-drafter-disable-next-line -->\nXX书记讲话,很好.\n', n) },
  { name: 'many findings and an allow-list', settings: { allow: ['不在文中的词', '也不在'] }, build: (n) => fill('XX书记讲话,很好.\n', n) },
  { name: 'many small fixes (fix-all)', fixAll: true, build: (n) => fill('甲,乙.', n) },
  { name: 'repeated words (fix-all)', fixAll: true, build: (n) => fill('疫情防控', n) },
  { name: 'near-periodic repeats (fix-all)', fixAll: true, build: (n) => fill('疫情防控疫情防控措施', n) },
  { name: 'traditional characters', build: (n) => fill('我們要加強領導，落實責任。\n', n) },
  { name: 'mixed traditional characters', build: (n) => fill('我们要加強领导，落实责任，认真贯彻。\n', n) },
  { name: 'pinyin annotations', build: (n) => fill('區(qū)', n) },
  { name: 'number ranges', build: (n) => fill('2021-2025年，30-40%，', n) },
  { name: 'broken lines', build: (n) => fill('我们要认真\n贯彻落实\n', n) },
  { name: 'emoji and surrogate pairs', build: (n) => fill('😀XX书记𠮷讲话', n) },
  { name: 'BOMs', build: (n) => fill('\uFEFF甲乙丙。\n', n) },
  { name: 'CR only line ends', build: (n) => fill('甲乙丙,\r', n) },
  { name: 'binary-like text', build: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += String.fromCharCode(1 + ((i * 7919) % 0xd7ff)); return s; } },
];
