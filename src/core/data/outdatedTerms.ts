/**
 * Wording that changed on a known date (reference: shared facts, "Outdated wording"). Each entry
 * carries the date, the source and examples; the rule flags it only in documents dated after.
 */
import type { Substitution } from '../substitution';

/**
 * A substitution table entry (`from` → `to`, the current wording) with the date of the change.
 * Its examples are written without a date: the rule puts a date after every change before them.
 */
export interface OutdatedTerm extends Substitution {
  /** YYYY-MM-DD from which the old wording is outdated (for a month-only date, the next month's first day). */
  readonly since: string;
  /** The date as the source gives it, for messages. */
  readonly sinceText: string;
  /** Where the change was published (as the facts name it). */
  readonly source: string;
  /** English note for information-only entries (no `to`). */
  readonly note?: string;
}

export const OUTDATED_TERMS: readonly OutdatedTerm[] = [
  {
    id: 'xinguan-feiyan-full',
    from: /新型冠状病毒肺炎/gu,
    to: '新型冠状病毒感染',
    since: '2022-12-26',
    sinceText: '2022年12月26日',
    source: '国家卫生健康委员会公告2022年第7号',
    flag: [{ text: '做好新型冠状病毒肺炎防控工作', flagged: '新型冠状病毒肺炎', count: 1 }],
    pass: [{ text: '做好新型冠状病毒感染防控工作' }],
  },
  {
    id: 'xinguan-feiyan',
    from: /新冠肺炎/gu,
    to: '新冠病毒感染',
    since: '2022-12-26',
    sinceText: '2022年12月26日',
    source: '国家卫生健康委员会公告2022年第7号',
    flag: [
      {
        text: '新冠肺炎患者',
        flagged: '新冠肺炎',
        count: 1,
        message: '"新冠肺炎" is outdated since 2022年12月26日 (国家卫生健康委员会公告2022年第7号): now "新冠病毒感染".',
        fixed: '新冠肺炎患者',
      },
      { text: '新冠肺炎疫情防控', flagged: '新冠肺炎' },
    ],
    pass: [{ text: '新冠病毒感染者' }],
  },
  {
    id: 'yilei-jiaguan',
    from: /乙类甲管/gu,
    to: '乙类乙管',
    since: '2023-01-08',
    sinceText: '2023年1月8日',
    source: '国家卫生健康委员会公告2022年第7号',
    flag: [{ text: '继续实施乙类甲管' }],
    pass: [{ text: '实施乙类乙管' }],
  },
  {
    id: 'sige-quanmian-xiaokang',
    from: /全面建成小康社会、全面深化改革、全面依法治国、全面从严治党/gu,
    to: '全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党',
    since: '2020-11-01',
    sinceText: '2020年10月',
    source: '党的十九届五中全会',
    flag: [{ text: '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党' }],
    pass: [{ text: '协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党' }],
  },
  {
    id: 'dongtai-qingling',
    from: /动态清零/gu,
    since: '2023-01-01',
    sinceText: '2022年12月',
    source: '2022年12月疫情防控措施调整',
    severity: 'info',
    note: '"动态清零" belongs to the period before the December 2022 adjustment of the epidemic measures.',
    flag: [
      {
        text: '坚持动态清零总方针',
        flagged: '动态清零',
        message: '"动态清零": "动态清零" belongs to the period before the December 2022 adjustment of the epidemic measures. (2022年12月疫情防控措施调整, since 2022年12月).',
      },
    ],
    pass: [{ text: '坚持科学精准防控' }],
  },
];
