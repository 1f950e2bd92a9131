/**
 * Placeholder forms left in template speeches. Each form is data: a pattern, what the missing
 * text is, and its own must-flag / must-not-flag examples (run by the unit tests).
 *
 * Patterns use the `gu` flags and are matched against one prose line; `X` below stands for any of
 * X x Ｘ ｘ × ✕ ╳. A match that overlaps masked text (URLs, Markdown syntax, code) is dropped.
 */
import type { RuleExample } from '../rule';
import { CJK_PUNCT, HAN, X_CHARS } from '../chars';
import { bothScripts } from '../scriptPattern';

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
  /**
   * Characters one of which every match contains (a cheap per-line pre-test: the form's pattern
   * runs only on lines holding one of them). The unit tests check each form's examples through it.
   */
  readonly gate: string;
  /** Characters one of which every match contains too (a second pre-test; traditional forms included). */
  readonly also?: string;
  /**
   * Characters one of which follows the first character of every match in the line (in the match,
   * or where its look-ahead reads; forms without lookback): a match cannot start at a gate
   * character followed by none of them. Traditional forms included.
   */
  readonly next?: string;
  /** How many characters before its first gate character a match may start (default 0). */
  readonly lookback?: number;
  /** When the pattern has a capture group, only the group is flagged. */
  /** Lines that must contain a finding of this form; `[line, flagged text]`. */
  readonly flag: readonly RuleExample[];
  /** Lines in which this form must find nothing. */
  readonly pass: readonly RuleExample[];
}

/** X and its look-alikes: the small and capital Roman numeral ten (ⅹ Ⅹ) typed for x. */
const X = `[${X_CHARS}ⅹⅩ]`;
const X_GATE = `${X_CHARS}ⅹⅩ`;
const YX_GATE = `${X_GATE}*_＿`;
/** Digits of a year may also be masked with asterisks or underscores: 20**年, 20__年. */
const YX = `[${X_CHARS}ⅹⅩ*_＿]`;
const NOT_LATIN_AFTER = '(?![A-Za-z0-9Ａ-Ｚａ-ｚ])';
/** Every character `\s` matches. */
const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The first characters of the words of alternations of plain words (a|bc|副?d → abc副d). */
const firstChars = (...alternations: string[]): string =>
  [...new Set(alternations.flatMap((a) => a.split('|')).flatMap((w) => (w.startsWith('副?') ? ['副', w[2]] : [w[0]])))].join('');
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

/** A form's pattern; it matches traditional text too (书记 also matches 書記). */
function re(source: string, extraFlags = ''): RegExp {
  return bothScripts(new RegExp(source, 'gu' + extraFlags));
}

/** What a bracketed slot names first: 【单位名称】, （会议时间）. */
const SLOT_SUBJECTS = '单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件';

export const PLACEHOLDER_FORMS: readonly PlaceholderForm[] = [
  {
    id: 'censored',
    description: 'A censorship spelling: pinyin or letters standing for 党, 政府 or a leader\'s name (gong产党, dang中央, zf, xjp). A hint, not a placeholder.',
    pattern: re(
      // Every alternative starts with its letters (the look-behinds follow them), so the scan is fast.
      `gong(?=产党)|chan(?<=共chan)(?=党)|dang(?<=共产dang)|dang(?=中央|员|委|组织|支部|建|风|章|的领导)|gcd(?<=中国gcd)|gcd(?<![A-Za-z]gcd)(?![A-Za-z])|zf(?<=[${HAN}]zf)(?=[${HAN}])|zheng(?=府)|fu(?<=政fu)(?=[${HAN}，。、])|jin(?<=习jin)(?=平)|ping(?<=习近ping)|(?:xjp|XJP)(?<![A-Za-z]...)(?![A-Za-z])`,
    ),
    missing: 'censored',
    gate: 'gcdzfjpxX',
    next: 'ocahfuijJ',
    flag: [
      { text: '坚持dang中央集中统一领导', flagged: 'dang' },
      { text: '中国gong产党', flagged: 'gong' },
      { text: '市zf办公室', flagged: 'zf' },
    ],
    pass: [{ text: '党中央' }, { text: 'Gong Li' }, { text: 'dangerous' }, { text: '政府工作报告' }, { text: 'zfs' }],
  },
  {
    id: 'year',
    description: 'A year with unknown digits: 20XX年, 201x年, 20××年.',
    // (A masked year also opens a range: 20_~20_年度, 20__—20__学年.)
    pattern: re(
      `(?:19|20)(?:[0-9]${X}|${X}{2})${NOT_LATIN_AFTER}(?:年度?)?|(?:19|20)(?:[0-9]${YX}|${YX}{1,2})(?=学?年|[~～\\-—–－至到]{1,2}(?:19|20)(?:[0-9]${YX}|${YX}{1,2})学?年)`,
    ),
    missing: 'date',
    gate: YX_GATE,
    also: '12',
    lookback: 3,
    before: 'latin',
    flag: [
      { text: '20XX年全市工作会议', flagged: '20XX年' },
      { text: '在20xx年的工作中', flagged: '20xx年' },
      { text: '201x年以来', flagged: '201x年' },
      { text: '202X年度目标', flagged: '202X年度' },
      { text: '20××年', flagged: '20××年' },
      { text: '20**年全县工作', flagged: '20**' },
      { text: '20__年度', flagged: '20__' },
      { text: '某某学校20_~20_年度第二学期', flagged: '20_' },
      { text: '20__—20__学年开学典礼', flagged: '20__' },
    ],
    pass: [{ text: '2022年全市工作会议' }, { text: '二〇二二年' }, { text: 'iPhone 20X' }, { text: 'model 201x8' }, { text: 'a_2022_b' }, { text: '2*3=6' }],
  },
  {
    id: 'date',
    description: 'A month and day (and time) with unknown digits: X月X日, ×月×日, X时.',
    pattern: re(`${X}{1,2}(?:(?:年${X}{1,2})?月(?:${X}{1,2}[日号])?(?:[上下]午)?(?:${X}{1,2}[时点])?|[日号](?=[，。、；：）\\s上下]|${HAN})|[时点](?:${X}{1,2}分)?(?=[，。、；）\\s]|${HAN}))`),
    missing: 'date',
    gate: X_GATE,
    next: `${X_GATE}年月日号时点`,
    also: '月日号时点',
    before: 'latin',
    flag: [
      { text: 'X月X日全市召开会议', flagged: 'X月X日' },
      { text: '于x月x日前完成', flagged: 'x月x日' },
      { text: '×月×日下午', flagged: '×月×日下午' },
      { text: '截至X日，全市', flagged: 'X日' },
      { text: 'X月份以来', flagged: 'X月' },
    ],
    pass: [{ text: '3月15日全市召开会议' }, { text: '10:30开会' }, { text: 'X光检查' }, { text: 'Mr. X said' }],
  },
  {
    id: 'ordinal',
    description: 'An ordinal with an unknown number: 第X次, 第××批.',
    pattern: re(`第(${X}{1,3})(?=${HAN})`, 'd'),
    missing: 'number',
    gate: X_GATE,
    also: '第',
    lookback: 1,
    flag: [
      { text: '第X次全体会议', flagged: 'X' },
      { text: '第××批督导组', flagged: '××' },
    ],
    pass: [{ text: '第十次全体会议' }, { text: '第3批督导组' }],
  },
  {
    id: 'number-chain',
    description: 'Several unknown numbers joined: X-X岁, “X+X+X+X”体系, X～X人.',
    pattern: re(`${X}(?:\\s?[-+~～—至到]\\s?${X})+${NOT_LATIN_AFTER}`),
    missing: 'number',
    gate: X_GATE,
    next: `${SPACES}-+~～—至到`,
    also: '-+~～—至到',
    before: 'latin',
    flag: [
      { text: '建立了“X+X+X+X”医疗救治体系', flagged: 'X+X+X+X' },
      { text: 'X-X岁人群', flagged: 'X-X' },
      { text: '每组X～X人', flagged: 'X～X' },
    ],
    pass: [{ text: '3-11岁人群' }, { text: '“1+3+N”体系' }, { text: 'X-ray' }, { text: 'a+b' }],
  },
  {
    id: 'number',
    description: 'An unknown number before a unit or measure word: X%, X万, X个, 不到×个月.',
    pattern: re(`${X}{1,4}(?=\\s?(?:${UNIT_WORDS}))(?!${X}|射线|光|线)`),
    missing: 'number',
    gate: X_GATE,
    next: `${X_GATE}${SPACES}${firstChars(UNIT_WORDS)}`,
    before: 'latin-space',
    flag: [
      { text: '同比增长X%', flagged: 'X' },
      { text: '完成投资X亿元', flagged: 'X' },
      { text: '派出X个督导组', flagged: 'X' },
      { text: '不到×个月', flagged: '×' },
      { text: '共有XX名干部', flagged: 'XX' },
      { text: '每隔X天开展X次核酸检测', flagged: 'X' },
      { text: 'X小时专人值班', flagged: 'X' },
    ],
    pass: [{ text: '同比增长15%' }, { text: '3×4米' }, { text: 'X射线' }, { text: 'X光' }, { text: 'X线' }, { text: '100万元' }, { text: 'Windows X 个人版' }],
  },
  {
    id: 'person',
    description: 'An unknown name before a title or form of address: XX书记, ××主任, XXX同志, x市长.',
    pattern: re(`${X}{1,4}(?= ?(?:${TITLE_WORDS}))`),
    missing: 'name',
    gate: X_GATE,
    next: `${X_GATE} ${firstChars(TITLE_WORDS)}`,
    before: 'latin-space',
    flag: [
      { text: 'XX书记主持会议', flagged: 'XX' },
      { text: '疾控中心××主任作了汇报', flagged: '××' },
      { text: 'XXX同志所说的', flagged: 'XXX' },
      { text: '等下x书记、x市长还要作重要指示', flagged: 'x' },
      { text: '剛才,x副市長安排', flagged: 'x' },
      { text: 'XX 局长讲话', flagged: 'XX' },
    ],
    pass: [{ text: '李书记主持会议' }, { text: 'MAX书记' }, { text: 'Xbox' }],
  },
  {
    id: 'place',
    description: 'An unknown place name before an administrative unit: XX省, x区, XXX市.',
    pattern: re(`${X}{1,4}(?= ?(?:${PLACE_WORDS}|${OFFICE_WORDS}))(?!${X})`),
    missing: 'place',
    gate: X_GATE,
    next: `${X_GATE} ${firstChars(PLACE_WORDS, OFFICE_WORDS)}`,
    before: 'latin-space',
    flag: [
      { text: 'XX省党委召开会议', flagged: 'XX' },
      { text: '不论是x区和x市', flagged: 'x' },
      { text: '发生疫情的XX区、XXX市', flagged: 'XX' },
      { text: 'X市委召开会议', flagged: 'X' },
      { text: '由×局牵头', flagged: '×' },
    ],
    pass: [{ text: '本省党委召开会议' }, { text: 'Mac市场' }, { text: 'TEX区' }, { text: 'Windows X 局域网' }],
  },
  {
    id: 'x-run',
    description: 'A run of two or more placeholder letters standing alone: XX, xxx, ××, ＸＸ, XXXX.',
    pattern: re(`${X}{2,}${NOT_LATIN_AFTER}`),
    missing: 'text',
    gate: X_GATE,
    next: X_GATE,
    before: 'latin',
    flag: [
      { text: '提高开发XX、“××”等线上平台速度', flagged: 'XX' },
      { text: '做好xxx会疫情防控', flagged: 'xxx' },
      { text: 'ＸＸ单位', flagged: 'ＸＸ' },
      { text: 'XXXX', flagged: 'XXXX' },
    ],
    pass: [{ text: 'XXL码' }, { text: 'TEXX' }, { text: 'Xbox' }, { text: 'WHO' }, { text: '5G' }, { text: 'CT' }],
  },
  {
    id: 'x-single',
    description: 'A single placeholder letter between Chinese characters: 此次X疫情, 我x疫情防控.',
    pattern: re(`${X}(?=$|[${HAN}${CJK_PUNCT},.;:!?()])(?!射线|光|线|轴|型|形|染色体|战警|因子)`),
    missing: 'text',
    gate: X_GATE,
    before: 'han',
    flag: [
      { text: '此次X疫情，是新冠疫情发生以来', flagged: 'X' },
      { text: '就我x疫情防控再重点强调几点', flagged: 'x' },
      { text: '疫情稍有反弹,x将再次成为', flagged: 'x' },
    ],
    pass: [{ text: '做X射线检查' }, { text: '拍X光片' }, { text: 'X线胸片' }, { text: 'iPhone X手机' }, { text: '3×4米' }, { text: 'X轴' }],
  },
  {
    id: 'masked-title',
    description: 'Asterisks instead of a name before a title: *局长, **同志.',
    pattern: re(`[*＊]{1,6}(?=${TITLE_WORDS})`),
    missing: 'name',
    gate: '*＊',
    next: `*＊${firstChars(TITLE_WORDS)}`,
    flag: [
      { text: '*局长在会上指出', flagged: '*' },
      { text: '**同志', flagged: '**' },
      { text: '王*县长', flagged: '*' },
      { text: '＊＊主任讲话', flagged: '＊＊' },
    ],
    pass: [{ text: '局长在会上指出' }, { text: '*强调*' }],
  },
  {
    id: 'masked-run',
    description: 'A run of three or more asterisks standing for masked text: ********.',
    pattern: re(`(?<![*＊])[*＊]{3,}(?![*＊])`),
    missing: 'text',
    gate: '*＊',
    next: '*＊',
    around: 'han',
    flag: [{ text: '《********大宣讲特别节目》', flagged: '********' }],
    pass: [{ text: '***' }, { text: '* * *' }, { text: '2*3' }],
  },
  {
    id: 'masked-word',
    description: 'Asterisks between Chinese characters or before a unit, standing for a masked word: 党的*大, **有限公司, **县.',
    // The stars come first, the look-behinds after them (a run's first star: no star before it).
    // Two or more after a mark (a straight quote too), before a word (“**”, ，**万元; 注：* is a
    // footnote's star): not the opening stars of a bold phrase (**重要**), which a run of
    // characters and stars closes.
    pattern: re(
      `[*＊]{1,6}(?<=(?:^|[^*＊])[*＊]{1,6})(?:(?<=[${HAN}][*＊]{1,6})(?=[${HAN}])|(?=${PLACE_WORDS}|${OFFICE_WORDS})|(?<=[，。、；：“‘（《〈「『,;:('"][*＊]{2,6})(?=[${HAN}”’）》〉」』)])(?![${HAN}]{1,20}[*＊]))(?![*＊])`,
    ),
    missing: 'text',
    gate: '*＊',
    flag: [
      { text: '学习贯彻党的*大精神', flagged: '*' },
      { text: '**有限公司', flagged: '**' },
      { text: '**县召开会议', flagged: '**' },
      { text: '＊＊县召开会议', flagged: '＊＊' },
      { text: '全年完成投资，**万元用于民生', flagged: '**' },
      { text: '开展“**”主题活动', flagged: '**' },
      { text: '围绕(**)展开', flagged: '**' },
      { text: "发布'**条“新政", flagged: '**' },
    ],
    pass: [{ text: '*强调*' }, { text: '2*3' }, { text: '注：*为必填项' }, { text: '要求：**重点抓好**。' }, { text: '- **要点**' }, { text: '"**重要**"' }],
  },
  {
    id: 'underscore',
    description: 'A single underscore standing for a missing word between Chinese characters: _乡, 与_经济.',
    // (Not the separator a site puts between the parts of a page title after a genre word:
    // 微党课讲稿_微党课稿件17篇.)
    pattern: re('(?<![A-Za-z0-9_＿])(?<!讲稿|讲话|发言|致辞|稿件|范文|心得|体会|总结|报告|汇编|大全|文库|网站|篇)[_＿](?![A-Za-z0-9_＿])'),
    missing: 'text',
    gate: '_＿',
    around: 'han',
    flag: [
      { text: '_乡党委', flagged: '_' },
      { text: '推动_经济发展', flagged: '_' },
      { text: '在_乡工作会议上的讲话', flagged: '_' },
    ],
    pass: [{ text: 'snake_case' }, { text: 'a_b' }, { text: '__init__' }, { text: '_' }, { text: '七月微党课讲稿_微党课稿件汇编' }, { text: '国庆节致辞_国庆节致辞范文' }],
  },
  {
    id: 'mou-title',
    description: '某 standing for a name before a title or office: 某局长, 某书记.',
    pattern: re(`(?<!某)某(?=${TITLE_WORDS})`),
    missing: 'name',
    gate: '某',
    flag: [{ text: '某局长在会上说', flagged: '某' }],
    pass: [{ text: '某些地方' }, { text: '某种程度上' }, { text: '某个环节' }],
  },
  {
    id: 'letter-place',
    description: 'A capital letter used as a place name: B县, C市.',
    pattern: re('(?<![A-Za-z0-9Ａ-Ｚａ-ｚ])[A-Z](?=(?:省|市|县|区|镇|乡|村)(?:委|政府|人民|的|、|，|,|和|要|在|是|有|召开|党)|(?:省|市|县|镇|乡)$)'),
    missing: 'place',
    gate: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    next: '省市县区镇乡村',
    before: 'han',
    flag: [
      { text: 'B县委召开会议', flagged: 'B' },
      { text: '在C市的调研中', flagged: 'C' },
    ],
    pass: [{ text: 'A股市场' }, { text: 'G20峰会' }, { text: 'PM10' }, { text: 'B超室' }, { text: 'X线片' }],
  },
  {
    id: 'slash-date',
    description: 'A date with unknown digits written with slashes or dots: 202X/X/XX, 20XX.X.X.',
    pattern: re(`(?:(?:19|20)(?:[0-9]${X}|${X}{2})|${X}{2,4})[/.．-]${X}{1,2}[/.．-]${X}{1,2}`),
    missing: 'date',
    gate: X_GATE,
    also: '/.．-',
    lookback: 3,
    before: 'latin',
    flag: [{ text: '202X/X/XX在全县', flagged: '202X/X/XX' }],
    pass: [{ text: '2023/4/15' }, { text: '1.2.3' }],
  },
  {
    id: 'blank',
    description: 'A fill-in blank: __, ___, ＿＿.',
    pattern: re(`(?:_{2,}|＿{2,})(?![A-Za-z0-9_])(?<![A-Za-z][_＿]+)|(?<=[${HAN}，、：“（,:(])-{2,}(?=[${HAN}，。、；：”）,.;:)])`),
    missing: 'text',
    gate: '_＿-',
    flag: [
      { text: '会议于____年召开', flagged: '____' },
      { text: '填写：＿＿', flagged: '＿＿' },
      { text: '在--大学开学典礼上', flagged: '--' },
      { text: '同--区合作', flagged: '--' },
      { text: '早在1__年前', flagged: '__' },
      { text: '尊敬的--:', flagged: '--' },
      { text: '由“--”牵头', flagged: '--' },
    ],
    pass: [{ text: '__init__' }, { text: 'snake_case' }, { text: 'a_b' }, { text: '---' }, { text: 'a--b' }, { text: '——我们' }, { text: '--我们要推动发展' }, { text: '2023--2024年' }, { text: 'a-- b' }, { text: '第1--3条' }],
  },
  {
    id: 'mask-symbols',
    description: 'Symbols standing for unknown words: 某某, ○○, △△, □□, ●●.',
    // ○ and ◯ are also typed for 〇 in years (二○○○年): not next to a Chinese numeral or before 年.
    pattern: re('某某+|(?<![〇一二三四五六七八九十○◯])[○◯]{2,}(?![〇一二三四五六七八九十○◯年])|[●□■△▲☆★]{2,}|(?<![〇一二三四五六七八九十零○◯])〇{2,4}(?=(?:' + PLACE_WORDS + '|' + TITLE_WORDS + '))|[○◯●□■△▲☆★]{1,4}(?!总[体结之])(?=(?:' + PLACE_WORDS + '|' + TITLE_WORDS + '))'),
    missing: 'text',
    gate: '某○◯〇●□■△▲☆★',
    flag: [
      { text: '某某同志', flagged: '某某' },
      { text: '○○单位', flagged: '○○' },
      { text: '△△县', flagged: '△△' },
      { text: '□□□', flagged: '□□□' },
      { text: '☆县召开会议', flagged: '☆' },
      { text: '在〇〇市调研时', flagged: '〇〇' },
    ],
    pass: [{ text: '一、□总体要求' }, { text: '二〇二二年' }, { text: '某些地方' }, { text: '某地' }, { text: '二○○○年' }, { text: '一九九○年' }, { text: '二〇〇〇年市委' }, { text: '一九九〇届代表' }],
  },
  {
    id: 'ellipsis-date',
    description: 'A date whose numbers are left as dots or ellipses (……年……月……日, ...年...月), or an ellipsis standing for a name or a place (由……县教育局主办, 请……同志致辞).',
    // The second: "……" right after a word that takes a name (由, 请, 向 …) and right before a
    // place, an office or a title (……县, ……同志, not ……同志们).
    pattern: re(
      '(?:…{1,3}|\\.{3,6})年(?:…{1,3}|\\.{3,6})月(?:(?:…{1,3}|\\.{3,6})日)?' +
        '|(?<=[由请在到和与及为向对给、，：])…{1,2}(?=(?:' + PLACE_WORDS + '|' + TITLE_WORDS + ')(?!们))',
    ),
    missing: 'text',
    gate: '….',
    also: '年…',
    flag: [
      { text: '会议定于……年……月……日召开', flagged: '……年……月……日' },
      { text: '于...年...月前完成', flagged: '...年...月' },
      { text: '本次汇演由……县教育局主办', flagged: '……' },
      { text: '现在请……同志致辞。', flagged: '……' },
    ],
    pass: [{ text: '我们走过了……年的历程' }, { text: '2023年4月……' }, { text: '同志们……同志们，' }, { text: '我们要……县里要……' }],
  },
  {
    id: 'bracketed-instruction',
    description: 'A bracketed instruction to fill something in: 【单位名称】, [姓名], （具体日期）, （待补充）.',
    pattern: re(
      '[【\\[［（(〔](?:具体|填写|请填写|请输入|此处填写?|输入|填入)?(?:单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件|主办|承办|本人|联系人)?(?:名称|姓名|名字|全称|日期|时间|地点|职务|职位|单位|部门|数字|数据|数量|金额|人数|年份|月份|人名|地名|标题|称谓)[】\\]］）)〕]' +
        // (Not a bracketed 单位 or 部门 after a body of the same kind: 各部门（单位）, 各单位（部门）
        // name both, as official text does. Tested once the slot has matched.)
        '(?<![门位关业室局校院司处委办组构站所队][（(](?:单位|部门)[）)])' +
        // An instruction before the kind of thing to fill in: （请填写参会人数）, （具体会议名称）.
        '|[【\\[［（(〔](?:具体|请填写|此处填写?)[^】\\]］）)〕\n]{0,6}?(?:名称|姓名|名字|全称|日期|时间|地点|职务|职位|单位|部门|数字|数据|数量|金额|人数|年份|月份|人名|地名|标题|称谓)[】\\]］）)〕]' +
        '|[【\\[［（(〔](?:略|此处略|内容略|待补充|待定|待填|待填写|TBD|TODO)[】\\]］）)〕]' +
        // A note to the drafter in brackets that ends telling what to do with the spot:
        // （一个伟人的名字加最高职务，你可以前后对照进行准确替换）, （根据实际情况填写）. (The bracket is read
        // whole first, its last words tested once at its end: most brackets are read once.)
        '|[【\\[［（(〔][^【\\[［（(〔】\\]］）)〕\n]{2,48}[】\\]］）)〕](?<=(?:准确替换|自行替换|请替换|自行填写|自行修改|自行补充|实际填写|实际修改|实际替换|实际补充|情况填写|情况修改|情况替换|情况补充)[】\\]］）)〕])',
    ),
    missing: 'text',
    gate: '【[［（(〔',
    flag: [
      { text: '【单位名称】召开会议', flagged: '【单位名称】' },
      { text: '[姓名]同志', flagged: '[姓名]' },
      { text: '于（具体日期）前完成', flagged: '（具体日期）' },
      { text: '主要成效（待补充）', flagged: '（待补充）' },
      { text: '在（具体会议名称）上', flagged: '（具体会议名称）' },
      { text: '由(单位)牵头组织', flagged: '(单位)' },
      { text: '深入学习贯彻（一位领导的姓名加职务，你可以前后对照进行准确替换）重要讲话精神', flagged: '（一位领导的姓名加职务，你可以前后对照进行准确替换）' },
      { text: '共完成投资（根据实际情况填写）亿元', flagged: '（根据实际情况填写）' },
    ],
    pass: [
      { text: '各县（市、区）' },
      { text: '（一）提高站位' },
      { text: '（单位：万元）' },
      { text: '【精选推荐】' },
      { text: '[1]' },
      { text: '市直各部门（单位）主要负责同志参加会议。' },
      { text: '各單位(部門)要抓好落實。' },
      { text: '（根据实际情况，可适当调整）' },
      { text: '申请表（请如实填写，不得涂改）' },
    ],
  },
  {
    id: 'masked-date',
    description: 'Asterisks standing for the digits of a date: **年**月**日, *月*日.',
    pattern: re('(?<![*＊0-9０-９])[*＊]{1,4}(?=[年月日号时点])'),
    missing: 'date',
    gate: '*＊',
    next: '*＊年月日号时点',
    flag: [
      { text: '于**年**月**日召开', flagged: '**' },
      { text: '定于*月*日', flagged: '*' },
    ],
    pass: [{ text: '2*3年' }, { text: '**重要**的日子', languageId: 'markdown' as const }],
  },
  {
    id: 'masked-end',
    description: 'Asterisks after a surname or a word, before a mark, standing for the rest of it: 王*、李**，.',
    // Not the closing star of *强调* (a star before the same run of characters).
    // The stars come first, the look-behinds after them, so the scan is fast.
    pattern: re(`[*＊]{1,3}(?<=[${HAN}][*＊]{1,3})(?<![*＊][${HAN}]{1,20}[*＊]{1,3})(?=[、，,。；;：:）)”"」』]|\\s)`),
    missing: 'name',
    gate: '*＊',
    next: `*＊、，,。；;：:）)”"」』${SPACES}`,
    flag: [
      { text: '参会人员：王*、李**、赵*。', flagged: '*' },
      { text: '由张* 负责', flagged: '*' },
    ],
    pass: [{ text: '*强调*，然后' }, { text: '注：*为必填项' }, { text: '2*3=6' }],
  },
  {
    id: 'symbol-in-word',
    description: 'A single mask symbol inside a word: 党的☆大, 全□县.',
    // Between characters, or (☆ □, the symbols that stand for words, not bullets such as ▲)
    // between a character and a mark (在☆，, “□”); ○ not among numerals
    // (二○二三年 is a year typed with ○ for 〇).
    pattern: re(
      `(?<=[${HAN}])[☆★●□■△▲](?=[${HAN}])|(?<=[${HAN}])[☆□](?=[，。、；：”’）》,;:)])|(?<=[，“‘（《,(])[☆□](?=[${HAN}])|(?<=[、；：;:])☆(?=[${HAN}])|(?<=[“‘（《(])[☆□](?=[”’）》)])|[○◯](?<=[${HAN}，、；：“（,;:(][○◯])(?<![〇一二三四五六七八九十零百千○◯][○◯])(?=[${HAN}，。、；：”）,;:)])(?![〇一二三四五六七八九十零百千○◯年])`,
    ),
    missing: 'text',
    gate: '☆★●□■△▲○◯',
    flag: [
      { text: '学习党的☆大精神', flagged: '☆' },
      { text: '来到美丽的☆，我们', flagged: '☆' },
      { text: '开展“□”行动', flagged: '□' },
      { text: '由○县长主持', flagged: '○' },
      { text: '地点：☆会议中心', flagged: '☆' },
    ],
    pass: [
      { text: '★一要提高认识' },
      { text: '二○二三年' },
      { text: '完成■' },
      { text: '二○○○年以来' },
      { text: '一九九○年' },
      { text: '□是 □否' },
      { text: '要点：▲抓好落实' },
      { text: '图片说明：▲' },
      // □ as the bullets of a list a PDF conversion left (after a colon, a semicolon or an item number).
      { text: '工作要求：□加强领导；□明确职责；□强化督查。' },
      { text: '一、□总体要求' },
    ],
  },
  {
    id: 'dash-slot',
    description: 'Dashes standing for a name or a place at the start of a line or after a preposition: ——同志, 在--县.',
    pattern: re(
      `(?:-{2,}|—{2,})(?<=(?:^\\s*|[在由向请和与及对给从到])(?:-+|—+))(?<![-—](?:-{2,}|—{2,}))(?=\\s?(?:副?(?:书记|市长|县长|区长|乡长|镇长|主任|局长|部长|主席|厅长|处长|科长|院长|校长)|同志|(?:${PLACE_WORDS})(?:委|政府|人民政府|召开|的|、)))`,
    ),
    missing: 'text',
    gate: '-—',
    flag: [
      { text: '——同志：', flagged: '——' },
      { text: '在——县召开', flagged: '——' },
      { text: '--局长在会上说', flagged: '--' },
    ],
    pass: [{ text: '——我们要推动发展' }, { text: '坚持——县委的领导' }, { text: '--我们要推动发展' }, { text: '——科技创新实现新的突破' }, { text: '——总体上看' }, { text: '——市场活力增强' }],
  },
  {
    id: 'x-spaced',
    description: 'Placeholder letters spaced apart, as PDF text has them: X X 书记, ＸＸ Ｘ 县.',
    pattern: re(`${X}(?:[ \\u3000]${X})+${NOT_LATIN_AFTER}`),
    missing: 'text',
    gate: X_GATE,
    next: ' \u3000',
    before: 'latin',
    around: 'han',
    flag: [
      { text: '请X X书记讲话', flagged: 'X X' },
      { text: '在Ｘ　Ｘ县工作', flagged: 'Ｘ　Ｘ' },
    ],
    pass: [{ text: 'x x x' }, { text: 'Type X X-ray' }, { text: '2 × 2 矩阵' }],
  },
  {
    id: 'letter-ordinal',
    description: 'A letter for an unknown number after 第: 第N届, 第N次.',
    pattern: re('第([NnＮ])(?=[届次批期个项条章轮])', 'd'),
    missing: 'number',
    gate: 'NnＮ',
    lookback: 1,
    flag: [{ text: '某某市第N届代表大会', flagged: 'N' }],
    pass: [{ text: 'N95口罩' }, { text: '第N' }],
  },
  {
    id: 'split-bracket',
    description: 'A bracketed slot opened at the end of a line and closed on the next: （单位 | 名称）, 【会议\n名称】.',
    pattern: re(
      '[【\\[［（(〔](?:(?:具体|请填写|此处填写?|填写)(?:单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件)?(?:名称|姓名|名字|全称|日期|时间|地点|职务|单位|部门)?|(?:单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件)(?:名称|姓名|名字|全称|日期|时间|地点|职务))\\s*$' +
        // An instruction and the first words of what to fill in: 〔具体地理|位置〕.
        '|[【\\[［（(〔](?:具体|请填写|此处填写?|填写)[^【】\\[\\]［］（）()〔〕\\n。！？!?，,；;]{1,12}\\s*$',
    ),
    missing: 'text',
    gate: '【[［（(〔',
    next: firstChars('具体|请填写|此处填写|填写', SLOT_SUBJECTS),
    flag: [
      { text: '由（单位名称', flagged: '（单位名称' },
      { text: '在【请填写', flagged: '【请填写' },
      { text: '来到〔具体地理', flagged: '〔具体地理' },
    ],
    pass: [{ text: '各县（市、区）' }, { text: '（一）提高站位' }, { text: '表中数据（单位' }],
  },
  {
    id: 'split-bracket-end',
    description: 'The closing half of a bracketed slot split over two lines, at the start of a line: 名称）, 单位名称】.',
    // Or the last characters of a slot in 〔〕【】［］ (brackets that never close a sentence's aside),
    // alone before the closing bracket at the start of a line: 位置〕.
    pattern: re(`^\\s*(?:(?:单位|会议|活动|领导|项目|企业|学校|部门)(?:名称|姓名|全称|日期|时间|地点)|名称|姓名|名字|全称)[】\\]］）)〕]|^\\s*[${HAN}]{1,8}[】］〕]`),
    missing: 'text',
    gate: '】]］）)〕',
    lookback: 12,
    flag: [
      { text: '名称）牵头负责', flagged: '名称）' },
      { text: '位置〕的干部群众', flagged: '位置〕' },
    ],
    pass: [{ text: '单位）' }, { text: '时间）' }, { text: '单位名称' }, { text: '2023〕5号' }, { text: '【一】要' }],
  },
  {
    id: 'empty-bracket',
    description: 'An empty bracket left to be filled in: （ ）月（ ）日, 【 】同志.',
    pattern: re('[【［（〔〈「『][\\s\\u3000_＿]{0,6}[】］）〕〉」』]|[\\[(<{][\\s\\u3000_＿]{1,6}[\\])>}]'),
    missing: 'text',
    gate: '【［（〔〈「『[(<{',
    next: `${SPACES}_＿】］）〕〉」』])>}`,
    around: 'han',
    flag: [
      { text: '会议于（ ）月（ ）日召开', flagged: '（ ）' },
      { text: '请【】同志发言', flagged: '【】' },
    ],
    pass: [{ text: 'f()' }, { text: '（一）加强领导' }, { text: '[ ] 待办' }],
  },
  {
    id: 'angle-slot',
    description: 'A slot in angle or curly brackets: <单位名称>, {姓名}, 〈会议时间〉.',
    pattern: re(
      '[<〈{]\\{?\\s*(?:具体|请填写|此处填写?|填写)?(?:单位|会议|活动|领导|讲话人|发言人|主持人|项目|企业|学校|地区|部门|文件)?(?:名称|姓名|名字|全称|日期|时间|地点|职务|职位|单位|部门|数字|数据|数量|金额|人数|年份|月份)\\s*\\}?[>〉}]',
    ),
    missing: 'text',
    gate: '<〈{',
    flag: [
      { text: '<单位名称>召开会议', flagged: '<单位名称>' },
      { text: '{{姓名}}同志', flagged: '{{姓名}}' },
    ],
    pass: [{ text: '<正>' }, { text: '「时间」是最好的见证' }],
  },
  {
    id: 'block-blank',
    description: 'A fill-in blank drawn with block or wavy underline characters (▁▁▁, ﹍﹍), or left as spaces before a measure word (饭店 余家，).',
    // Spaces between a character and a measure word that closes its clause (余家，, 名。): the
    // number was deleted from a template. (Not 其余 or 多余 split by a space: a character
    // before the spaces that makes a word with 余 or 多.)
    pattern: re(
      // (Both alternatives start with a plain character set, and the look-behind comes after the
      // spaces, so the scan skips from one candidate character to the next.)
      `[▁﹍﹎﹏]{2,}|(?<![ \u3000])[ \u3000]{1,4}(?<=[^\\P{Script=Han}其剩业多残富盈结有][ \u3000]{1,4})(?=(?:余|多)?(?:个|家|名|人|所|项|位|户|条|件|次|场|批|万元|亿元|元|平方米|公里|亩|吨)[，。、；：,;:！？])`,
    ),
    missing: 'text',
    gate: '▁﹍﹎﹏ \u3000',
    next: '▁﹍﹎﹏ \u3000余多个家名人所项位户条件次场批万亿元平公亩吨',
    flag: [
      { text: '于▁▁年召开', flagged: '▁▁' },
      { text: '全县有各类旅游饭店 余家，总床位数 余个。', flagged: ' ' },
      { text: '本次共表彰优秀教师  名，先进集体  个。', flagged: '  ' },
    ],
    pass: [{ text: '▁' }, { text: '全县有各类旅游饭店120余家，' }, { text: '其 余家庭' }, { text: '其 余家，' }, { text: '剩 余个，' }, { text: '我们 要抓好落实。' }, { text: '共 3 个，' }, { text: '会议 名单' }],
  },
];

/** Human-readable description of what is missing, by kind (English source for l10n). */
export const MISSING_KINDS: readonly Missing[] = ['name', 'date', 'number', 'place', 'text'];
