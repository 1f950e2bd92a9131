/**
 * Often-confused words in official writing (reference: shared facts, "Often-confused words").
 * Each entry: a pattern, the right wording, whether the fix is safe, and its own examples.
 */
import type { Substitution } from '../substitution';

/** A substitution table entry (`from` → `to`) with an explanation. */
export interface ConfusedWordEntry extends Substitution {
  /** English explanation, localized by the rule. */
  readonly note: string;
  readonly safe: boolean;
}

export const CONFUSED_WORDS: readonly ConfusedWordEntry[] = [
  {
    id: 'jiezhi-mu-qian',
    from: /截止(?:到)?(?=目前|今天|今日|当前|现在|发稿|\d{1,4}年|\d{1,2}月|[XxＸ×]{1,2}月|上半年|下半年|年底|年初|去年|今年|本月|上周|昨天|日前)/gu,
    to: '截至',
    note: '截至 (up to a point in time) is the word before a date; 截止 means "to end" (截止日期, 报名截止).',
    safe: true,
    flag: [
      { text: '截止目前，全市已接种', flagged: '截止', fixed: '截至目前，全市已接种' },
      { text: '截止到今天上午10时', flagged: '截止到', fixed: '截至今天上午10时' },
      { text: '截止2022年底', flagged: '截止' },
    ],
    pass: [{ text: '截至目前，全市已接种' }, { text: '报名截止日期为3月1日' }, { text: '申报于今日截止' }],
  },
  {
    id: 'jiezhi-dao',
    from: /截至到/gu,
    to: '截至',
    note: '截至 already means "up to"; 截至到 repeats it.',
    safe: true,
    flag: [{ text: '截至到目前', flagged: '截至到', count: 1, fixed: '截至目前' }],
    pass: [{ text: '截至目前' }],
  },
  {
    id: 'qita',
    from: /其它/gu,
    to: '其他',
    note: 'Official writing uses 其他 for all things, not 其它.',
    safe: true,
    flag: [{
        text: '其它工作',
        flagged: '其它',
        message: '"其它" → "其他". Official writing uses 其他 for all things, not 其它.',
        fixed: '其他工作',
      }],
    pass: [{ text: '其他工作' }],
  },
  {
    id: 'jiaodai',
    from: /交待/gu,
    to: '交代',
    note: 'Official writing uses 交代 (to explain, to hand over), not 交待.',
    safe: true,
    flag: [{ text: '交待清楚', flagged: '交待', fixed: '交代清楚' }],
    pass: [{ text: '交代清楚' }],
  },
  {
    id: 'zhongzhongzhizhong',
    from: /重中之中/gu,
    to: '重中之重',
    note: 'The idiom is 重中之重.',
    safe: true,
    flag: [{ text: '作为当前工作的重中之中', flagged: '重中之中', fixed: '作为当前工作的重中之重' }],
    pass: [{ text: '作为当前工作的重中之重' }],
  },
  {
    id: 'bijin-erqie',
    // Not after 决/绝/并/远 (决不仅仅是……而是……: "by no means merely …, but …" pairs well).
    from: /(?<![决绝并远])不仅(?=[^。！？；\n]{1,40}?而是)/gu,
    note: 'Pair 不仅 with 而且 (不仅……而且), or write 不是……而是.',
    safe: false,
    flag: [{
        text: '这不仅是任务，而是责任。',
        flagged: '不仅',
        message: 'Pair 不仅 with 而且 (不仅……而且), or write 不是……而是.',
        fixed: '这不仅是任务，而是责任。',
      }],
    pass: [{ text: '这不仅是任务，而且是责任。' }, { text: '这不是任务，而是责任。' }, { text: '不仅如此。而是否……' }, { text: '这决不仅仅是科技界的事情，而是全社会的事情。' }],
  },
  {
    id: 'bixu',
    from: /必需(?=要|把|坚持|加强|做好|高度|认真|切实|严格|始终|进一步)/gu,
    to: '必须',
    note: '必须 (must) is the adverb; 必需 means "needed" (必需品).',
    safe: true,
    flag: [{ text: '必需坚持人民至上', flagged: '必需', fixed: '必须坚持人民至上' }],
    pass: [{ text: '生活必需品' }, { text: '必须坚持人民至上' }],
  },
  {
    id: 'zuochu',
    from: /做出(?=了?(?:重要)?(?:决定|部署|指示|批示|贡献|承诺|安排|努力|回应|规定|说明|判断|评价|结论|决策|表率|牺牲|调整|处理|处分|答复))/gu,
    to: '作出',
    note: '作出 is the official convention with abstract objects (作出决定、作出部署、作出重要指示).',
    severity: 'hint',
    safe: false,
    flag: [{ text: '总书记做出重要指示', flagged: '做出', fixed: '总书记做出重要指示' }],
    pass: [{ text: '总书记作出重要指示' }, { text: '做出了好成绩' }],
  },
];
