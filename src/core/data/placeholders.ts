/**
 * Placeholder forms left in template speeches. Each form is data: a pattern, what the missing
 * text is, and its own must-flag / must-not-flag examples (run by the unit tests).
 *
 * Patterns use the `gu` flags and are matched against one prose line; `X` below stands for any of
 * X x Ｘ ｘ × ✕ ╳. A match that overlaps masked text (URLs, Markdown syntax, code) is dropped.
 */
import { CJK_PUNCT, HAN, X_CHARS } from '../chars';

/** What a placeholder stands for; the message names it. */
export type Missing = 'name' | 'date' | 'number' | 'place' | 'text' | 'censored';

export interface PlaceholderForm {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
  readonly missing: Missing;
  /**
   * Context checked around a match (kept out of the pattern so it can start with a literal
   * character and be scanned fast): `latin` — no Latin letter or digit right before it;
   * `latin-space` — not even one space apart; `han` — a Han character, a Chinese mark or the
   * line start right before it.
   */
  readonly before?: 'latin' | 'latin-space' | 'han';
  /** `han`: a Han character or a Chinese mark right before or right after the match. */
  readonly around?: 'han';
  /** When the pattern has a capture group, only the group is flagged. */
  /** Lines that must contain a finding of this form; `[line, flagged text]`. */
  readonly flag: ReadonlyArray<readonly [string, string]>;
  /** Lines in which this form must find nothing. */
  readonly pass: readonly string[];
}

/** X and its look-alikes: the small and capital Roman numeral ten (ⅹ Ⅹ) typed for x. */
const X = `[${X_CHARS}ⅹⅩ]`;
/** Digits of a year may also be masked with asterisks or underscores: 20**年, 20__年. */
const YX = `[${X_CHARS}ⅹⅩ*_＿]`;
const NOT_LATIN_AFTER = '(?![A-Za-z0-9Ａ-Ｚａ-ｚ])';
/** Titles and forms of address that follow a person's name. */
export const TITLE_WORDS =
  '同志|副?书记|副?市长|副?县长|副?区长|副?省长|副?州长|副?镇长|副?乡长|副?主任|副?局长|副?部长|副?主席|副?厅长|副?处长|副?科长|副?院长|副?校长|副?所长|副?组长|副?指挥长|副?秘书长|董事长|总经理|经理|委员|常委|代表|老师|先生|女士|总';
/** Administrative units that follow a place name. */
export const PLACE_WORDS = '省|市|县|区|州|盟|旗|镇|乡|村|街道|社区|自治区|自治州|自治县|开发区|新区';
/** Offices and bodies that follow a place or unit name: X局, X委, X办. */
const OFFICE_WORDS = '局|委|办|厅|署|处|科|所|院|站|队|中心|公司|集团|有限公司|学校|医院|银行|党委|党组|支部';
/** Measure words and units that follow a number. */
const UNIT_WORDS =
  '%|％|‰|万|亿|千|百|个|名|天|日|次|小时|分钟|岁|家|例|人|位|项|条|件|所|座|批|支|户|辆|台|元|届|期|周|轮|公里|千米|米|吨|亩|平方|倍|成|级|场|篇|本|份|张|起|处|余|多|种|类|年';

function re(source: string, extraFlags = ''): RegExp {
  return new RegExp(source, 'gu' + extraFlags);
}

export const PLACEHOLDER_FORMS: readonly PlaceholderForm[] = [
  {
    id: 'censored',
    description: 'A censorship spelling: pinyin or letters standing for 党, 政府 or a leader\'s name (gong产党, dang中央, zf, xjp). A hint, not a placeholder.',
    pattern: re(
      `gong(?=产党)|(?<=共)chan(?=党)|(?<=共产)dang|dang(?=中央|员|委|组织|支部|建|风|章|的领导)|(?<=中国)gcd|(?<![A-Za-z])gcd(?![A-Za-z])|(?<=[${HAN}])zf(?=[${HAN}])|zheng(?=府)|(?<=政)fu(?=[${HAN}，。、])|(?<=习)jin(?=平)|(?<=习近)ping|(?<![A-Za-z])(?:xjp|XJP)(?![A-Za-z])`,
    ),
    missing: 'censored',
    flag: [
      ['坚持dang中央集中统一领导', 'dang'],
      ['中国gong产党', 'gong'],
      ['市zf办公室', 'zf'],
    ],
    pass: ['党中央', 'Gong Li', 'dangerous', '政府工作报告', 'zfs'],
  },
  {
    id: 'year',
    description: 'A year with unknown digits: 20XX年, 201x年, 20××年.',
    pattern: re(`(?:19|20)(?:[0-9]${X}|${X}{2})${NOT_LATIN_AFTER}(?:年度?)?|(?:19|20)(?:[0-9]${YX}|${YX}{1,2})(?=年)`),
    missing: 'date',
    before: 'latin',
    flag: [
      ['20XX年全市工作会议', '20XX年'],
      ['在20xx年的工作中', '20xx年'],
      ['201x年以来', '201x年'],
      ['202X年度目标', '202X年度'],
      ['20××年', '20××年'],
      ['20**年全县工作', '20**'],
      ['20__年度', '20__'],
    ],
    pass: ['2022年全市工作会议', '二〇二二年', 'iPhone 20X', 'model 201x8', 'a_2022_b', '2*3=6'],
  },
  {
    id: 'date',
    description: 'A month and day (and time) with unknown digits: X月X日, ×月×日, X时.',
    pattern: re(`${X}{1,2}(?:(?:年${X}{1,2})?月(?:${X}{1,2}[日号])?(?:[上下]午)?(?:${X}{1,2}[时点])?|[日号](?=[，。、；：）\\s上下]|${HAN})|[时点](?:${X}{1,2}分)?(?=[，。、；）\\s]|${HAN}))`),
    missing: 'date',
    before: 'latin',
    flag: [
      ['X月X日全市召开会议', 'X月X日'],
      ['于x月x日前完成', 'x月x日'],
      ['×月×日下午', '×月×日下午'],
      ['截至X日，全市', 'X日'],
      ['X月份以来', 'X月'],
    ],
    pass: ['3月15日全市召开会议', '10:30开会', 'X光检查', 'Mr. X said'],
  },
  {
    id: 'ordinal',
    description: 'An ordinal with an unknown number: 第X次, 第××批.',
    pattern: re(`第(${X}{1,3})(?=${HAN})`, 'd'),
    missing: 'number',
    flag: [
      ['第X次全体会议', 'X'],
      ['第××批督导组', '××'],
    ],
    pass: ['第十次全体会议', '第3批督导组'],
  },
  {
    id: 'number-chain',
    description: 'Several unknown numbers joined: X-X岁, “X+X+X+X”体系, X～X人.',
    pattern: re(`${X}(?:\\s?[-+~～—至到]\\s?${X})+${NOT_LATIN_AFTER}`),
    missing: 'number',
    before: 'latin',
    flag: [
      ['建立了“X+X+X+X”医疗救治体系', 'X+X+X+X'],
      ['X-X岁人群', 'X-X'],
      ['每组X～X人', 'X～X'],
    ],
    pass: ['3-11岁人群', '“1+3+N”体系', 'X-ray', 'a+b'],
  },
  {
    id: 'number',
    description: 'An unknown number before a unit or measure word: X%, X万, X个, 不到×个月.',
    pattern: re(`${X}{1,4}(?=\\s?(?:${UNIT_WORDS}))(?!${X}|射线|光|线)`),
    missing: 'number',
    before: 'latin-space',
    flag: [
      ['同比增长X%', 'X'],
      ['完成投资X亿元', 'X'],
      ['派出X个督导组', 'X'],
      ['不到×个月', '×'],
      ['共有XX名干部', 'XX'],
      ['每隔X天开展X次核酸检测', 'X'],
      ['X小时专人值班', 'X'],
    ],
    pass: ['同比增长15%', '3×4米', 'X射线', 'X光', 'X线', '100万元', 'Windows X 个人版'],
  },
  {
    id: 'person',
    description: 'An unknown name before a title or form of address: XX书记, ××主任, XXX同志, x市长.',
    pattern: re(`${X}{1,4}(?= ?(?:${TITLE_WORDS}))`),
    missing: 'name',
    before: 'latin-space',
    flag: [
      ['XX书记主持会议', 'XX'],
      ['疾控中心××主任作了汇报', '××'],
      ['XXX同志所说的', 'XXX'],
      ['等下x书记、x市长还要作重要指示', 'x'],
      ['剛才,x副市長安排', 'x'],
      ['XX 局长讲话', 'XX'],
    ],
    pass: ['李书记主持会议', 'MAX书记', 'Xbox'],
  },
  {
    id: 'place',
    description: 'An unknown place name before an administrative unit: XX省, x区, XXX市.',
    pattern: re(`${X}{1,4}(?= ?(?:${PLACE_WORDS}|${OFFICE_WORDS}))(?!${X})`),
    missing: 'place',
    before: 'latin-space',
    flag: [
      ['XX省党委召开会议', 'XX'],
      ['不论是x区和x市', 'x'],
      ['发生疫情的XX区、XXX市', 'XX'],
      ['X市委召开会议', 'X'],
      ['由×局牵头', '×'],
    ],
    pass: ['本省党委召开会议', 'Mac市场', 'TEX区', 'Windows X 局域网'],
  },
  {
    id: 'x-run',
    description: 'A run of two or more placeholder letters standing alone: XX, xxx, ××, ＸＸ, XXXX.',
    pattern: re(`${X}{2,}${NOT_LATIN_AFTER}`),
    missing: 'text',
    before: 'latin',
    flag: [
      ['提高开发XX、“××”等线上平台速度', 'XX'],
      ['做好xxx会疫情防控', 'xxx'],
      ['ＸＸ单位', 'ＸＸ'],
      ['XXXX', 'XXXX'],
    ],
    pass: ['XXL码', 'TEXX', 'Xbox', 'WHO', '5G', 'CT'],
  },
  {
    id: 'x-single',
    description: 'A single placeholder letter between Chinese characters: 此次X疫情, 我x疫情防控.',
    pattern: re(`${X}(?=$|[${HAN}${CJK_PUNCT},.;:!?()])(?!射线|光|线|轴|型|形|染色体|战警|因子)`),
    missing: 'text',
    before: 'han',
    flag: [
      ['此次X疫情，是新冠疫情发生以来', 'X'],
      ['就我x疫情防控再重点强调几点', 'x'],
      ['疫情稍有反弹,x将再次成为', 'x'],
    ],
    pass: ['做X射线检查', '拍X光片', 'X线胸片', 'iPhone X手机', '3×4米', 'X轴'],
  },
  {
    id: 'masked-title',
    description: 'Asterisks instead of a name before a title: *局长, **同志.',
    pattern: re(`[*＊]{1,6}(?=${TITLE_WORDS})`),
    missing: 'name',
    flag: [
      ['*局长在会上指出', '*'],
      ['**同志', '**'],
      ['王*县长', '*'],
      ['＊＊主任讲话', '＊＊'],
    ],
    pass: ['局长在会上指出', '*强调*'],
  },
  {
    id: 'masked-run',
    description: 'A run of three or more asterisks standing for masked text: ********.',
    pattern: re(`(?<![*＊])[*＊]{3,}(?![*＊])`),
    missing: 'text',
    around: 'han',
    flag: [['《********大宣讲特别节目》', '********']],
    pass: ['***', '* * *', '2*3'],
  },
  {
    id: 'masked-word',
    description: 'Asterisks between Chinese characters or before a unit, standing for a masked word: 党的*大, **有限公司, **县.',
    pattern: re(`(?<![*＊])(?:(?<=[${HAN}])[*＊]{1,6}(?=[${HAN}])|[*＊]{1,6}(?=${PLACE_WORDS}|${OFFICE_WORDS}))(?![*＊])`),
    missing: 'text',
    flag: [
      ['学习贯彻党的*大精神', '*'],
      ['**有限公司', '**'],
      ['**县召开会议', '**'],
      ['＊＊县召开会议', '＊＊'],
    ],
    pass: ['*强调*', '2*3', '注：*为必填项'],
  },
  {
    id: 'underscore',
    description: 'A single underscore standing for a missing word between Chinese characters: _乡, 与_经济.',
    pattern: re('(?<![A-Za-z0-9_＿])[_＿](?![A-Za-z0-9_＿])'),
    missing: 'text',
    around: 'han',
    flag: [
      ['_乡党委', '_'],
      ['推动_经济发展', '_'],
    ],
    pass: ['snake_case', 'a_b', '__init__', '_'],
  },
  {
    id: 'mou-title',
    description: '某 standing for a name before a title or office: 某局长, 某书记.',
    pattern: re(`(?<!某)某(?=${TITLE_WORDS})`),
    missing: 'name',
    flag: [['某局长在会上说', '某']],
    pass: ['某些地方', '某种程度上', '某个环节'],
  },
  {
    id: 'letter-place',
    description: 'A capital letter used as a place name: B县, C市.',
    pattern: re('(?<![A-Za-z0-9Ａ-Ｚａ-ｚ])[A-Z](?=(?:省|市|县|区|镇|乡|村)(?:委|政府|人民|的|、|，|,|和|要|在|是|有|召开|党)|(?:省|市|县|镇|乡)$)'),
    missing: 'place',
    before: 'han',
    flag: [
      ['B县委召开会议', 'B'],
      ['在C市的调研中', 'C'],
    ],
    pass: ['A股市场', 'G20峰会', 'PM10', 'B超室', 'X线片'],
  },
  {
    id: 'slash-date',
    description: 'A date with unknown digits written with slashes or dots: 202X/X/XX, 20XX.X.X.',
    pattern: re(`(?:(?:19|20)(?:[0-9]${X}|${X}{2})|${X}{2,4})[/.．-]${X}{1,2}[/.．-]${X}{1,2}`),
    missing: 'date',
    before: 'latin',
    flag: [['202X/X/XX在全县', '202X/X/XX']],
    pass: ['2023/4/15', '1.2.3'],
  },
  {
    id: 'blank',
    description: 'A fill-in blank: __, ___, ＿＿.',
    pattern: re(`(?:_{2,}|＿{2,})(?![A-Za-z0-9_])(?<![A-Za-z][_＿]+)|(?<=[${HAN}，、])-{2,}(?=[${HAN}])`),
    missing: 'text',
    flag: [
      ['会议于____年召开', '____'],
      ['填写：＿＿', '＿＿'],
      ['在--大学开学典礼上', '--'],
      ['同--区合作', '--'],
      ['早在1__年前', '__'],
    ],
    pass: ['__init__', 'snake_case', 'a_b', '---', 'a--b', '——我们', '--我们要推动发展'],
  },
  {
    id: 'mask-symbols',
    description: 'Symbols standing for unknown words: 某某, ○○, △△, □□, ●●.',
    // ○ and ◯ are also typed for 〇 in years (二○○○年): not next to a Chinese numeral or before 年.
    pattern: re('某某+|(?<![〇一二三四五六七八九十○◯])[○◯]{2,}(?![〇一二三四五六七八九十○◯年])|[●□■△▲☆★]{2,}|(?<![〇一二三四五六七八九十零○◯])〇{2,4}(?=(?:' + PLACE_WORDS + '|' + TITLE_WORDS + '))|[○◯●□■△▲☆★]{1,4}(?=(?:' + PLACE_WORDS + '|' + TITLE_WORDS + '))'),
    missing: 'text',
    flag: [
      ['某某同志', '某某'],
      ['○○单位', '○○'],
      ['△△县', '△△'],
      ['□□□', '□□□'],
      ['☆县召开会议', '☆'],
      ['在〇〇市调研时', '〇〇'],
    ],
    pass: ['二〇二二年', '某些地方', '某地', '二○○○年', '一九九○年', '二〇〇〇年市委', '一九九〇届代表'],
  },
  {
    id: 'ellipsis-date',
    description: 'A date whose numbers are left as dots or ellipses: ……年……月……日, ...年...月.',
    pattern: re('(?:…{1,3}|\\.{3,6})年(?:…{1,3}|\\.{3,6})月(?:(?:…{1,3}|\\.{3,6})日)?'),
    missing: 'date',
    flag: [
      ['会议定于……年……月……日召开', '……年……月……日'],
      ['于...年...月前完成', '...年...月'],
    ],
    pass: ['我们走过了……年的历程', '2023年4月……'],
  },
  {
    id: 'bracketed-instruction',
    description: 'A bracketed instruction to fill something in: 【单位名称】, [姓名], （具体日期）, （待补充）.',
    pattern: re(
      '[【\\[［（(〔](?:具体|填写|请填写|请输入|此处填写?|输入|填入)?(?:单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件|主办|承办|本人|联系人)?(?:名称|姓名|名字|全称|日期|时间|地点|职务|职位|单位|部门|数字|数据|数量|金额|人数|年份|月份|人名|地名|标题|称谓)[】\\]］）)〕]' +
        '|[【\\[［（(〔](?:具体|请填写|此处填写?)[^】\\]］）)〕\n]{1,8}[】\\]］）)〕]' +
        '|[【\\[［（(〔](?:略|此处略|内容略|待补充|待定|待填|待填写|TBD|TODO)[】\\]］）)〕]',
    ),
    missing: 'text',
    flag: [
      ['【单位名称】召开会议', '【单位名称】'],
      ['[姓名]同志', '[姓名]'],
      ['于（具体日期）前完成', '（具体日期）'],
      ['主要成效（待补充）', '（待补充）'],
      ['在（具体会议名称）上', '（具体会议名称）'],
    ],
    pass: ['各县（市、区）', '（一）提高站位', '（单位：万元）', '【精选推荐】', '[1]'],
  },
];

/** Human-readable description of what is missing, by kind (English source for l10n). */
export const MISSING_KINDS: readonly Missing[] = ['name', 'date', 'number', 'place', 'text'];
