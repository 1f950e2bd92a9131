/**
 * What websites add to the speeches they publish. Each form is data: a pattern matched against
 * one line (after traditional characters are mapped to simplified ones, so pasted traditional
 * pages are caught too), how much it removes, and its own examples (run by the unit tests).
 *
 * Scopes: `line` removes the whole line; `segment` removes the matched text only (a whole line
 * when nothing else is left on it); `sentence` removes from the start of the line to the end of
 * the sentence that contains the match (a teaser plus an editor's note); `tail` removes the line and the link
 * list and article blurbs that follow it.
 */
import type { RuleExample, RuleExamples } from '../rule';
import { bothScripts } from '../scriptPattern';

export type BoilerplateCategory =
  | 'navigation'
  | 'site'
  | 'editor'
  | 'metadata'
  | 'paywall'
  | 'copyright'
  | 'link-list'
  | 'page-footer'
  | 'title-decoration'
  | 'compilation'
  | 'seo-title'
  | 'conversion';

export interface BoilerplateForm {
  readonly id: string;
  readonly category: BoilerplateCategory;
  readonly scope: 'line' | 'segment' | 'sentence' | 'tail';
  readonly pattern: RegExp;
  /** For segment forms: a further test of the matched text (a match it rejects is skipped). */
  readonly accept?: (match: string) => boolean;
  /** A second pattern the line must match too (two cheap searches instead of one slow one). */
  readonly also?: RegExp;
  /**
   * `site-sentence`: the phrase is also a speaker's (再讲几点意见，供大家参考): the sentence that
   * holds it must read as the site's (about the article or the genre, or without the speaker's words).
   */
  readonly confirm?: 'site-sentence';
  /** `top`: only lines at the top of the page (before the salutation, or among the first three lines). */
  readonly where?: 'top';
  /**
   * Words one of which every match contains (in simplified characters; ASCII case ignored): the
   * pattern runs only on lines holding one, found for all forms at once in one pass over the line.
   */
  readonly gate: readonly string[];
  /** Only lines at most this long (in UTF-16 units) are considered; guards against speech paragraphs. */
  readonly maxLineLength?: number;
  /** Lines that must be flagged; `[line, flagged text]` (for line scope the flagged text is the line). */
  readonly flag: readonly RuleExample[];
  /** Lines the whole rule must not flag. */
  readonly pass: readonly RuleExample[];
}

const SITE_WORDS = '(?:范文|文档|文秘|公文|写作|作文|秘书|材料|文库)(?:网|站|帮|库|吧|之家|屋)|范文网|文摘网|公文网|秘书网|文秘网|写作网|文档网|作文网|范文大全|百度文库|道客巴巴|豆丁网|原创力文档|门户网站|请认准|本站|本网站';

/** A speech's title as a site prints it: words, then a genre word (讲话稿, 致辞 …), then a few more words. */
const GENRE_TITLE =
  '[^。！？!?\\s（）()【】]{0,44}?(?:讲话稿|讲话|发言稿|发言|演讲稿|演讲|致辞|致词|主持词|贺词|开幕词|闭幕词|欢迎词|答谢词|讲稿|串词|心得体会)[^。！？!?\\s（）()【】]{0,8}?';
/** What a site adds after a title for search engines. */
const SEO_WORDS = '怎么写|如何写|怎样写|写法|模板|格式|开头|结尾|实用|精选|大全|范文|范本|汇总|合集|集锦|通用';

const FORMS: readonly BoilerplateForm[] = [
  {
    id: 'location',
    category: 'navigation',
    scope: 'line',
    gate: ['位置', '>'],
    pattern: /^\s*(?:您(?:现在|当前)?的|当前|现在)?(?:所在)?位置\s*[:：]|^\s*\S{0,12}(?:网|首页)\s*>\s*\S+\s*>/u,
    maxLineLength: 200,
    flag: [
      { text: '您的当前位置: 77范文网 > 范文大全 > 讲话稿 > 讲话【精选推荐】', flagged: '您的当前位置: 77范文网 > 范文大全 > 讲话稿 > 讲话【精选推荐】' },
      { text: '当前位置: 简表范文网 > 专题范文 > 公文范文 >', flagged: '当前位置: 简表范文网 > 专题范文 > 公文范文 >' },
      { text: '您现在的位置：首页 » 讲话稿', flagged: '您现在的位置：首页 » 讲话稿' },
    ],
    pass: [{ text: '当前，全市疫情防控形势总体平稳。' }, { text: '我们的位置在于服务大局。' }],
  },
  {
    id: 'navigation-word',
    category: 'navigation',
    scope: 'line',
    gate: ['手机', '电脑', '移动版', '字号', '字体', '听新闻', '朗读', 'top', '返回', '回到', '首页', '打印', '关闭', '收藏', '上一', '下一', '分享', '下载', '举报', '纠错', '复制', '楼层', '阅读模式', '桌面', '关灯', 'loading', '安装后', '添加', '跳转', 'a+', 'a-', '开启左侧', '切换到'],
    pattern: /^\s*(?:[•·●◆▪■\-]\s*)?(?:[^\s。！？，,]{0,12}(?:手机版|移动版)|字号\s*[:：]?(?:\s*[大中小]){0,3}|[【\[]?\s*(?:字体|字号)\s*[:：]\s*大\s*中\s*小\s*[】\]]?|听新闻|朗读|手机版|电脑版|手机站|Top|TOP|返回顶部|回到顶部|返回首页|网站首页|首页|打印本页|打印|关闭窗口|收藏本页|加入收藏|设为首页|上一篇[:：].*|下一篇[:：].*|分享到[:：]?.*|点击下载|下载文档|举报|纠错|上一主题|下一主题|复制链接|\[复制链接\]|显示全部楼层|阅读模式|电脑桌面|关灯|开启左侧|切换到(?:窄版|宽版)|Loading\.\.\.|安装后可以在桌面快捷访问|添加.{2,30}到电脑桌面|跳转到(?:正文|正文内容|路径导航栏|导航|主要内容)|正文复制|复制全文|一键复制|复制本文|收藏\s*《[^》\n]{1,60}》\s*[)）]?|A\s*[+\-](?:\s+A\s*[+\-])?)\s*$/u,
    flag: [
      { text: '手机版', flagged: '手机版' },
      { text: 'Top', flagged: 'Top' },
      { text: '上一篇：关于做好疫情防控工作的通知', flagged: '上一篇：关于做好疫情防控工作的通知' },
      { text: '[复制链接]', flagged: '[复制链接]' },
      { text: '跳转到正文内容', flagged: '跳转到正文内容' },
      { text: '正文复制', flagged: '正文复制' },
      { text: 'A+', flagged: 'A+' },
      { text: '开启左侧', flagged: '开启左侧' },
      { text: '收藏《述职报告的写作》)', flagged: '收藏《述职报告的写作》)' },
      { text: '切换到窄版', flagged: '切换到窄版' },
    ],
    pass: [{ text: '首页工作要做实。' }, { text: 'Top-level design 顶层设计' }, { text: '要跳转到新的赛道。' }],
  },
  {
    id: 'site-line',
    category: 'site',
    scope: 'line',
    gate: ['范文', '文档', '文秘', '公文', '写作', '作文', '秘书', '材料', '文库', '文摘', '巴巴', '豆丁', '原创力', '门户', '认准', '本站', '本网站', 'http', 'www.'],
    pattern: new RegExp(`^(?!.*[。！？]).*(?:${SITE_WORDS})|^\\s*(?:https?://|www\\.)\\S+\\s*$`, 'u'),
    maxLineLength: 60,
    flag: [
      { text: '77范文网 https://www.hanjia777.com', flagged: '77范文网 https://www.hanjia777.com' },
      { text: '公文写作门户网站,请认准', flagged: '公文写作门户网站,请认准' },
      { text: 'https://www.example.com/article/123.html', flagged: 'https://www.example.com/article/123.html' },
    ],
    pass: [{ text: '要办好人民满意的学习型机关。' }, { text: '加强网站建设管理' }, { text: '加强学习网络安全知识' }],
  },
  {
    id: 'site-intro',
    category: 'site',
    scope: 'line',
    gate: ['范文', '范本', '例文'],
    // The site's words about its 范文 and the reading of it, in one sentence (not the 范文 of
    // 规范文化 or 示范文明), on a line that holds no salutation: a page on one line (title 范文,
    // 尊敬的…: 大家好。… 下面…) is the speech, whose website segments are found one by one.
    pattern:
      /^(?![^]*(?:尊敬的|同志们[:：，,]|大家好|朋友们[:：，,]))[^]*?(?:(?:(?<![规示典防模])范文(?![化明件])|范本|例文)[^。！？!?]{0,40}?(?:阅读|参考|借鉴|往下|(?:以下|下面)(?:是|为)|整理(?:了|的)|收集(?:了|的)|分享(?:给|了)|希望(?:对|能|可以)|帮助(?:到|大家))|(?:阅读|参考|借鉴|往下|(?:以下|下面)(?:是|为)|整理(?:了|的)|收集(?:了|的)|分享(?:给|了)|希望(?:对|能|可以)|帮助(?:到|大家))[^。！？!?]{0,40}?(?:(?<![规示典防模])范文(?![化明件])|范本|例文))/u,
    maxLineLength: 200,
    flag: [
      { text: '演讲稿范文不仅仅是文字的堆砌，请继续往下阅读，你将会看到各个领域的专家们所撰写的精彩演讲稿范文。', flagged: '演讲稿范文不仅仅是文字的堆砌，请继续往下阅读，你将会看到各个领域的专家们所撰写的精彩演讲稿范文。' },
      { text: '想写好开幕词？下面整理了几篇范文，一起来看看吧', flagged: '想写好开幕词？下面整理了几篇范文，一起来看看吧' },
    ],
    pass: [
      { text: '要发挥先进典型的示范作用，下面我讲三点意见。' },
      { text: '培育和规范文化市场，倡导全民阅读。' },
      { text: '尊敬的各位领导、同志们：大家好。今天我们评选优秀公文范文，希望大家认真学习借鉴。下面，请镇长讲话。' },
    ],
  },
  {
    id: 'editor-note',
    category: 'editor',
    scope: 'sentence',
    gate: ['小编', '本站', '精心', '特意', '特地', '为你', '为您', '客服老师', '欢迎咨询', '导语', '导读', '简介', '提要', '概要', '前言', '摘要', '编者按', '为大家', '给大家', '这是一', '本文是一', '本篇是一', '以下是一', '下面是一'],
    pattern:
      /小编|本站编辑|本站为[你您]|(?:精心|特意|特地)(?:整理|收集|挑选|准备)|为[你您]整理|客服老师|欢迎咨询|^\s*(?:导语|导读|简介|内容简介|内容提要|提要|概要|前言|摘要|编者按)\s*[:：]|(?:为|给)大家(?:整理|收集|带来|精选|推荐|分享|准备)了?[^。！？!?]{0,24}(?:范文|文章|讲话稿|发言稿|演讲稿|致辞|主持词|稿件|资料|例文)|^\s*(?:这是|本文是|本篇是|以下是|下面是)一[篇份][^。！？!?]{0,40}(?:范文|讲话稿|发言稿|演讲稿|致辞稿|主持词|例文)/u,
    flag: [
      { text: '下面是小编为大家整理的讲话稿，供大家参考。', flagged: '下面是小编为大家整理的讲话稿，供大家参考。' },
      // Before the salutation, the site's teaser goes with the note; with no salutation after
      // it, a sentence that does not speak of the genre may be the speech's and stays.
      { text: '疫情防控检验的不仅是医疗机构。以下是蒲公英文摘网小编为大家精心整理了讲话,供大家的品读。\n同志们：\n今天召开会议。', flagged: '疫情防控检验的不仅是医疗机构。以下是蒲公英文摘网小编为大家精心整理了讲话,供大家的品读。' },
      { text: '疫情防控检验的不仅是医疗机构。以下是某某文摘网小编为大家精心整理了讲话,供大家的品读。', flagged: '以下是某某文摘网小编为大家精心整理了讲话,供大家的品读。' },
      { text: '前言:本站为你精心整理了讲话范文,希望能为你提供参考。', flagged: '前言:本站为你精心整理了讲话范文,希望能为你提供参考。' },
      { text: '我为大家整理了几篇开学典礼致辞，欢迎阅读。', flagged: '我为大家整理了几篇开学典礼致辞，欢迎阅读。' },
      { text: '这是一篇关于安全生产的讲话稿范文，内容详实。', flagged: '这是一篇关于安全生产的讲话稿范文，内容详实。' },
      { text: '导读：本文讲述了防汛工作的要点。', flagged: '导读：本文讲述了防汛工作的要点。' },
    ],
    pass: [{ text: '编辑部的同志们辛苦了。' }, { text: '前言部分要简洁。' }, { text: '我们要为大家提供优质服务。' }, { text: '这是一次团结的大会。' }],
  },
  {
    id: 'reader-note',
    category: 'editor',
    scope: 'sentence',
    gate: ['供大家', '仅供参考', '以供参考', '供您', '希望', '欢迎', '看看吧', '收获', '写的不错', '请记得'],
    confirm: 'site-sentence',
    // Not a phrase quoted in the speech (图纸注明“仅供参考”).
    pattern: /(?<![“"‘'「])(?:供大家参考|仅供参考)(?![”"’'」])|以供参考|供大家借鉴|供您参考|供大家(?:的)?品读|希望对(?:大家|您|你|网友)有(?:所)?帮助|希望(?:能|可以)?(?:帮助|帮)到(?:大家|您|你)|希望(?:能|可以)?(?:给|为)(?:大家|您|你)(?:带来|提供)(?:帮助|参考|启发)|欢迎(?:大家)?阅读|欢迎借鉴|一起来看看吧|希望大家能有所收获|感觉写的不错|请记得[^。！？!?]*收藏/u,
    flag: [{ text: '以下是讲话全文，供大家参考。', flagged: '以下是讲话全文，供大家参考。' }],
    pass: [{ text: '各地要参考先进经验，结合实际抓好落实。' }, { text: '我想从三个方面再讲几点意见，供大家参考。' }, { text: '有的图纸注明“仅供参考”，不能作为施工依据。' }],
  },
  {
    id: 'breadcrumb',
    category: 'navigation',
    scope: 'line',
    gate: ['>', '»', '›', '→', '首页'],
    // A short category, then ">" (the rest of the trail may be glued to the title), or a page
    // trail that starts at 首页 and runs on without a sentence mark. (The category holds no "<"
    // nor a quote: the ">" of a tag, 第一行<br>第二行 or 主持词">, is not a trail's.)
    pattern: /^\s*[^\s<>»›→。！？!?，,"]{1,12}\s*[>»›→]\s*\S(?!.*[。！？!?])|^\s*(?:网站|本站)?首页(?!.*[。！？!?，,；;])\S{2,}|^\s*首页\s*[/／](?!.*[。！？!?])/u,
    maxLineLength: 120,
    flag: [
      { text: '工作总结 >在全市安全生产工作会议上的讲话', flagged: '工作总结 >在全市安全生产工作会议上的讲话' },
      { text: '首页公文写作讲话致辞在全区工作会议上的讲话', flagged: '首页公文写作讲话致辞在全区工作会议上的讲话' },
      { text: '网站首页节日致辞工作总结心得体会讲话稿演讲稿', flagged: '网站首页节日致辞工作总结心得体会讲话稿演讲稿' },
    ],
    pass: [{ text: '首页工作要做实。' }, { text: '温度 > 38℃ 的要立即报告。' }, { text: '第一行<br>第二行' }, { text: '<b>重点</b>' }],
  },
  {
    id: 'nav-bar',
    category: 'navigation',
    scope: 'line',
    gate: ['|', '｜'],
    // Three or more short items in one run, split by | or ｜ (a menu copied as text).
    pattern: /^\s*(?:[^|｜。！？!?，,]{1,8}\s*[|｜]\s*){3,}[^|｜。！？!?，,]{0,8}\s*$/u,
    maxLineLength: 100,
    flag: [{ text: '公文之家|原创|范文|素材|写作|课件|', flagged: '公文之家|原创|范文|素材|写作|课件|' }],
    pass: [{ text: '坚持稳中求进，统筹发展和安全。' }, { text: '甲 | 乙' }],
  },
  {
    id: 'toc',
    category: 'navigation',
    scope: 'line',
    gate: ['目', '·', '…', '.', '．', '_', '-', '－'],
    // A compilation's table of contents: its heading, and entries with leader dots and a page number.
    pattern: /^\s*(?:本文|文章)?目\s*录\s*[:：]?\s*$|(?:[·…]\s*)+\d{1,4}\s*$|(?:[.．_\-－]\s*){4,}\d{1,4}\s*$/u,
    maxLineLength: 120,
    flag: [
      { text: '目录', flagged: '目录' },
      { text: '本文目录：', flagged: '本文目录：' },
      { text: '◆.县长在全县安全生产工作会议上的讲话··········27', flagged: '◆.县长在全县安全生产工作会议上的讲话··········27' },
    ],
    pass: [{ text: '要建立负面清单和权力清单目录。' }, { text: '（一）提高政治站位' }],
  },
  {
    id: 'image',
    category: 'site',
    scope: 'line',
    gate: ['![', '图为', '图片', '摄', '供图', '▲', '图:', '图：', '图/', '图|', '图丨'],
    // Images written as Markdown by the scraper (their alt text), and photo captions.
    pattern: /^\s*(?:!\[[^\]\n]*\]\([^)\n]*\)\s*)+$|^\s*[（(]\s*(?:以上|以下|上|下)?图(?:片)?均?为[^（）()\n]{1,30}[）)]\s*$|^\s*[（(]?(?:图为|图片来源|图片由|摄影[:：]|▲)|^\s*[图圖]\s*[:：/|丨]|^\s*[（(]?\s*(?:(?:新华社|本报|本网|通讯员|记者|实习生|特约)\s*)*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,4}\s*(?:摄|摄影|供图)\s*[）)]?\s*$|[。！？”"\s]\s*[\p{Script=Han}A-Za-z]{2,12}\s+(?:摄|摄影|供图)\s*$/u,
    maxLineLength: 80,
    flag: [
      { text: '![评分](/img/star_2.png)', flagged: '![评分](/img/star_2.png)' },
      { text: '图为会议现场。', flagged: '图为会议现场。' },
      { text: '(以上图片均为活动现场)', flagged: '(以上图片均为活动现场)' },
      { text: '（记者 王五 摄）', flagged: '（记者 王五 摄）' },
      { text: '本报记者 李四 赵六 摄', flagged: '本报记者 李四 赵六 摄' },
      { text: '图/张三', flagged: '图/张三' },
      { text: '与会人员参观展览。新华社记者王某 摄', flagged: '与会人员参观展览。新华社记者王某 摄' },
    ],
    pass: [{ text: '图书馆建设要加快推进。' }, { text: '要绘好发展蓝图。' }, { text: '我们要加强摄影家协会建设' }, { text: '全面提升拍摄' }, { text: '要讲好故事。组织人员 拍摄' }],
  },
  {
    id: 'file-name',
    category: 'site',
    scope: 'line',
    gate: ['.'],
    // The document's file name, printed by a document-sharing site above the text.
    pattern: /^[^。！？!?]{2,100}\.(?:docx?|pdf|pptx?|txt|wps|xlsx?)\s*$/iu,
    maxLineLength: 120,
    flag: [{ text: '在全镇防汛工作会议上的讲话.docx', flagged: '在全镇防汛工作会议上的讲话.docx' }],
    pass: [{ text: '请将材料以 PDF 格式报送。' }, { text: '要把方案.做实。' }],
  },
  {
    id: 'share-notice',
    category: 'paywall',
    scope: 'line',
    gate: ['了解详情', '查看详情', '下载文档前', '甄别', '不提供额外', '预览', '退款', '侵犯您', '人工客服', '余下全文', '试读', '仅展示', '仅显示', '全文请', '未完待续', '继续阅读', '完整版', 'word版', '会员', '在线阅读', '赚钱', '更多相关', '请在', '全屏', '未读', '已结束', '试读', 'vip', '注册', '刷新', '打开全文', '登录', '登陆', '扫码', '扫描', '全文', '下载', '获取', '查看', '显示', '资源描述', '生成图片', '分享到', '原文', '蓝字', '二维码', '收听', '_第', '未完', '下一页', '未加载', '用户提供', '收益', '认领', '书签', '预览', '部分内容', '求收藏', '更方便', '浏览器', '扫一扫'],
    // Document-sharing and member notices: who shared it, how to read the rest, who may read it.
    pattern:
      /由会员分享|可在线阅读|分享文档赚钱|更多相关《|请在[^。！？]{0,20}上搜索|全屏查看|页未读|阅读已结束|预览已结束|免费试读|(?:仅供|专供)(?:站内)?会员|会员(?:学习|专享|专区|免费)|(?:开通|升级|购买)\s*(?:VIP|会员)|VIP\s*(?:专享|专免|免费|会员)|(?:点此|立即|免费)注册|刷新页面|打开全文|注册会员|加入会员|登[录陆]后(?:查看|阅读|下载|可见)|未登[录陆]|(?:扫码|扫描二维码)(?:关注|联系|获取|下载|阅读)|(?:下载|阅读)\s*全文|下载(?:文档|此文档|本文)|(?:获取|查看)(?:完整|更多)(?:内容|全文)|不能全部显示|查看更多|资源描述|合集下载|生成图片|分享到(?:微信|朋友圈|微博|QQ)|(?:查看|阅读)原文|点击(?:上方)?蓝字|长按(?:识别)?二维码|点击收听|_第\d+页|本章未完|点击下一页|未加载完|下载本文档|本文档由用户提供|收益归属内容提供方|举报或认领|加入书签|超出(?:免费)?预览范围|免费预览(?:范围|已?结束)|如果喜欢就下载|(?:扫描二维码|扫码)访问|部分内容阅读|看后求收藏|接着再看更方便|尝试更换[^。！？]{0,24}浏览器|下载文档前|自行甄别|不提供额外|仅部分预览|申请退款|侵犯您的权益|人工客服|^\s*(?:\.{3}|…{1,2})?\s*余下全文|试读结束|仅(?:展示|显示)(?:头部|部分)|全文请(?:查看|下载|登录)|^\s*[（(]?\s*未完待续|^\s*(?:点击)?(?:阅读|查看)全文\s*(?:>>|》》|»|$)|^\s*(?:点击)?继续阅读\s*(?:>>|》》|»|$)|^\s*(?:点击)?(?:完整版|word版|原文)下载|点击(?:了解|查看)详情|扫一扫[^。！？]{0,12}(?:手机|打开|阅读|分享|关注)/iu,
    maxLineLength: 150,
    flag: [
      { text: '《全县工作会议讲话.doc》由会员分享,可在线阅读,更多相关内容请在本站搜索。', flagged: '《全县工作会议讲话.doc》由会员分享,可在线阅读,更多相关内容请在本站搜索。' },
      { text: '游客请【点此注册】成为会员后阅读全文', flagged: '游客请【点此注册】成为会员后阅读全文' },
      { text: '还有 3 页未读，继续阅读', flagged: '还有 3 页未读，继续阅读' },
      { text: '全文共3000字，仅供站内会员学习参考', flagged: '全文共3000字，仅供站内会员学习参考' },
      { text: '点击上方蓝字关注我们', flagged: '点击上方蓝字关注我们' },
      { text: '本文档由用户上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领', flagged: '本文档由用户上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领' },
      { text: '亲，本文档共9页，已超出免费预览范围，如果喜欢就下载吧！', flagged: '亲，本文档共9页，已超出免费预览范围，如果喜欢就下载吧！' },
      { text: '用手机扫描二维码访问本页', flagged: '用手机扫描二维码访问本页' },
      { text: '讲话稿部分内容阅读', flagged: '讲话稿部分内容阅读' },
      { text: '『加入书签，方便阅读』', flagged: '『加入书签，方便阅读』' },
      { text: '打不开时请尝试更换【其他浏览器】打开', flagged: '打不开时请尝试更换【其他浏览器】打开' },
      { text: '1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。', flagged: '1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。' },
      { text: '余下全文', flagged: '余下全文' },
      { text: '内容过长，仅展示头部和尾部部分文字预览，全文请查看图片预览。', flagged: '内容过长，仅展示头部和尾部部分文字预览，全文请查看图片预览。' },
      { text: '阅读全文>>', flagged: '阅读全文>>' },
      { text: '扫一扫在手机打开当前页', flagged: '扫一扫在手机打开当前页' },
    ],
    pass: [{ text: '会员单位要带头履行社会责任。' }, { text: '要推进政务公开，方便群众查看。' }, { text: '注册资本金要足额到位。' }, { text: '我们要继续阅读经典，涵养家国情怀。' }],
  },
  {
    id: 'contact-ad',
    category: 'site',
    scope: 'line',
    gate: ['qq', '微信', 'vx', 'v信', '加v', '客服', '代写', '代笔', '写作服务', '定制写作', '联系老师', '一键生成', 'ai', '人工智能', '官网', '官方网站', '网址'],
    // Advertisements with a contact id (QQ, WeChat, service line) for writing or downloads.
    pattern: /(?:QQ|qq|微信|VX|vx|V信|加V|客服|微信号)\s*(?:号|群)?\s*[:：]?\s*[A-Za-z0-9_-]{5,}|代写|代笔|写作服务|定制写作|联系老师|一键生成|(?:AI|人工智能)(?:写作)?(?:工具|助手|写作)|^\s*(?:官网|官方网站|网址)\s*[:：]\s*(?:https?:|www\.|[a-z0-9-]+\.[a-z])/iu,
    maxLineLength: 100,
    flag: [
      { text: '专业代写各类讲话稿，QQ:12345678', flagged: '专业代写各类讲话稿，QQ:12345678' },
      { text: '需要定制请加微信：abc_12345', flagged: '需要定制请加微信：abc_12345' },
      { text: '先推荐一个好用的AI写作工具，一键生成各类文稿', flagged: '先推荐一个好用的AI写作工具，一键生成各类文稿' },
      { text: '官网：https://example.com', flagged: '官网：https://example.com' },
    ],
    pass: [{ text: '要用好微信公众号等新媒体平台。' }, { text: '加强QQ群、微信群管理。' }, { text: '要用好人工智能技术，推动产业升级。' }, { text: '网址要写准确。' }],
  },
  {
    id: 'product-ad',
    category: 'site',
    scope: 'line',
    gate: ['立即', '马上', '免费', '点击', '现在'],
    // A short advertisement for a writing product, course or membership that ends in its call to
    // action (…公文写作神器！立即了解, …训练营 马上报名>>); a speaker's sentence ends with its mark.
    pattern:
      /^(?!.*[。；;]\s*$)(?=.*(?:写作|公文|文稿|范文|讲话稿|材料|模板|素材|工具|神器|软件|APP|小程序|课程|网课|训练营|会员|VIP))[^。；;]{0,48}?(?:立即|马上|现在|免费|点击)(?:了解|体验|下载|使用|领取|试用|咨询|开通|购买|报名|抢购|获取)\s*(?:>>|》》|»|→|>)?\s*$/iu,
    maxLineLength: 64,
    flag: [
      { text: '写材料不再熬夜，超好用的公文写作助手！马上体验', flagged: '写材料不再熬夜，超好用的公文写作助手！马上体验' },
      { text: '十天学会写讲话稿 公文写作训练营 立即报名>>', flagged: '十天学会写讲话稿 公文写作训练营 立即报名>>' },
      { text: '海量范文模板 开通会员免费下载', flagged: '海量范文模板 开通会员免费下载' },
    ],
    pass: [
      { text: '我们要立即了解灾情，把群众安置好。' },
      { text: '要用好政务服务平台，让群众马上体验到便利。' },
      { text: '各单位要组织干部学习新修订的条例，立即开展培训。' },
    ],
  },
  {
    id: 'site-name',
    category: 'site',
    scope: 'line',
    gate: ['网', '文库', '范文', '文档'],
    // A site's name on its own line: a short line that ends like a site name, with no mark at all.
    pattern: /^\s*(?![一二三四五六七八九十\d]+[、.．]|[（(])[^\s，。、；：？！,.;:?!（）()《》]{2,10}(?:范文网|文库|范文|文档网|文档|资料网|文秘网|公文网|写作网|[A-Za-z0-9]{2,}网)\s*$/u,
    maxLineLength: 14,
    flag: [
      { text: '九九文档网', flagged: '九九文档网' },
      { text: '88范文', flagged: '88范文' },
    ],
    pass: [{ text: '一、建好职工之家' }, { text: '加强互联网' }, { text: '（二）网上办' }],
  },
  {
    id: 'compilation-heading',
    category: 'compilation',
    scope: 'line',
    gate: ['篇', '讲话', '致辞', '发言', '演讲稿', '主持词', '贺词', '范文'],
    // A compilation's title or the heading of one of its items: a title with a count of
    // variants, a part number or an item number added (…15篇, …篇一, …(篇二), …讲话稿3).
    // Group 1 is the title; the fix keeps it, so a compilation stays split into its speeches.
    pattern:
      /^(?!.*[。！？!?；;])\s*(.{2,60}?)\s*(?:第?\s*\d{1,3}\s*篇\s*(?:[）)]\s*)?(?:篇\s*[一二三四五六七八九十\d]+|[（(][^（）()]{2,40}[）)])?|[（(]\s*(?:精选|汇总|通用|优选|最新|热门|推荐|范文|优秀|经典)?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇\s*[）)]\s*(?:篇\s*[一二三四五六七八九十\d]+)?|[（(]?\s*篇\s*[一二三四五六七八九十\d]+\s*[）)]?|(?<=讲话稿|讲话|致辞|发言稿|发言|演讲稿|主持词|贺词|范文)\s*(?:通用|精选|实用|优选|大全|汇总|最新)?\s*(?:\d{1,2}|[（(]\s*\d{1,2}\s*[）)]))\s*$/du,
    // The line ends with 篇, a number or a bracket (tested first: most lines holding a gate word do not).
    also: /[篇）)\d一二三四五六七八九十]\s*$/u,
    maxLineLength: 64,
    flag: [
      { text: '全县防汛工作会议讲话稿(精选8篇)', flagged: '全县防汛工作会议讲话稿(精选8篇)' },
      { text: '开学典礼校长致辞10篇', flagged: '开学典礼校长致辞10篇' },
      { text: '开学典礼校长致辞3', flagged: '开学典礼校长致辞3' },
      { text: '开学典礼校长致辞通用2', flagged: '开学典礼校长致辞通用2', fixed: '开学典礼校长致辞' },
      { text: '社区志愿者协会成立发言稿范文第2篇', flagged: '社区志愿者协会成立发言稿范文第2篇', fixed: '社区志愿者协会成立发言稿' },
      { text: '运动会开幕式领导致辞(2)', flagged: '运动会开幕式领导致辞(2)' },
      { text: '教师节演讲稿(篇二)', flagged: '教师节演讲稿(篇二)' },
      { text: '爱家乡演讲稿(范文五篇)', flagged: '爱家乡演讲稿(范文五篇)', fixed: '爱家乡演讲稿' },
      { text: '冬季防火讲话稿(汇总9篇)篇一', flagged: '冬季防火讲话稿(汇总9篇)篇一' },
      { text: '在重阳节活动上的致辞5篇(重阳节致辞怎么写)', flagged: '在重阳节活动上的致辞5篇(重阳节致辞怎么写)', fixed: '在重阳节活动上的致辞' },
    ],
    pass: [{ text: '在全县“十四五”规划编制工作会议上的讲话' }, { text: '今年共新建校舍3篇章' }, { text: '一是抓好3个重点' }, { text: '2023年工作要点' }, { text: '篇' }],
  },
  {
    id: 'site-name-top',
    category: 'site',
    scope: 'line',
    gate: ['之友', '家园', '之家', '文库', '资料库'],
    where: 'top',
    // At the top of the page only: a short line without any mark that ends like a site's name.
    pattern: /^\s*(?![一二三四五六七八九十\d]+[、.．]|[（(])[^\s，。、；：？！,.;:?!（）()《》“”]{2,10}(?:之友|家园|之家|文库|资料库)\s*$/u,
    maxLineLength: 14,
    flag: [{ text: '笔墨文秘家园\n在全县工作会议上的讲话\n同志们：', flagged: '笔墨文秘家园' }],
    pass: [{ text: '同志们：\n一、建好职工之家' }, { text: '同志们：\n建设美丽家园' }, { text: '同志们：\n加强互联网' }],
  },
  {
    id: 'site-name-line',
    category: 'site',
    scope: 'line',
    gate: ['网', '站'],
    // A site's name on a line of its own with 首页, or after the date it posted the page:
    // 某某素材网 首页, 10-28 某某素材网, 2024-05-06 某某范文网.
    pattern: /^\s*(?:[^\s，。、；：？！,.;:?!（）()《》“”]{2,10}(?:网|站)\s*[|｜>»/·]?\s*(?:首页|主页)|(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+[^\s，。、；：？！,.;:?!（）()《》“”]{2,10}(?:网|站))\s*$/u,
    also: /[网站]\s*(?:首页|主页)?\s*$/u,
    maxLineLength: 30,
    flag: [
      { text: '某某素材网 首页', flagged: '某某素材网 首页' },
      { text: '10-28 某某素材网', flagged: '10-28 某某素材网' },
      { text: '2024-05-06 某某范文网', flagged: '2024-05-06 某某范文网' },
    ],
    pass: [{ text: '要建好服务站' }, { text: '10-28 全县召开大会' }, { text: '加强互联网' }, { text: '建设“一张网”' }],
  },
  {
    id: 'comment-widget',
    category: 'site',
    scope: 'line',
    gate: ['文明上网', '理性发言', '说两句', '已有', '评论', '登录后', '点赞', '回复', '举报', '收起', '展开'],
    // A comment box under the article.
    pattern: /文明上网|理性发言|我来说两句|已有\s*\d+\s*(?:条|人)(?:评论|参与)|(?:发表|网友|最新|热门|全部)评论|登录后(?:评论|发表)|评论\s*[（(]\s*\d+\s*[）)]|^\s*(?:点赞|回复|举报|收起|展开)(?:\s+\S{1,4}){0,4}\s*$/u,
    maxLineLength: 80,
    flag: [
      { text: '网友评论 文明上网理性发言', flagged: '网友评论 文明上网理性发言' },
      { text: '已有3条评论', flagged: '已有3条评论' },
    ],
    pass: [{ text: '要倾听群众评论，理性对待网上舆论。' }],
  },
  {
    id: 'shop',
    category: 'paywall',
    scope: 'line',
    gate: ['购买', '购物车', '下载券', '积分', '限时', '￥', '¥', '元', '付费', '解锁', '原价'],
    // A shop's interface: prices, buying and download vouchers.
    pattern: /立即购买|加入购物车|下载券|积分下载|限时(?:免费|优惠|特价)|[￥¥]\s*\d|\d+(?:\.\d+)?\s*元\s*(?:购买|下载|试读|免费试读|解锁)|(?:付费|解锁)(?:阅读|全文|下载)|本文为付费内容|原价\s*\d/u,
    maxLineLength: 100,
    flag: [
      { text: '￥9.90 立即购买', flagged: '￥9.90 立即购买' },
      { text: '5.00元 下载', flagged: '5.00元 下载' },
    ],
    pass: [{ text: '全年完成投资5.00亿元，下载量大幅增长。' }, { text: '人均收入增长到3万元。' }],
  },
  {
    id: 'watermark-line',
    category: 'site',
    scope: 'line',
    gate: ['转载', '本文', '来源', '更多', '欢迎', '访问', '登录'],
    // A line a site puts between paragraphs: where the article came from, where to read more.
    pattern: /^(?![^\n]*[。！？][^\n]*[。！？])[^\n]{0,30}(?:转载请注明|本文(?:来源于|来自|由)[^\n]{0,20}(?:整理|发布|网)|文章来源\s*[:：于]|更多(?:精彩|相关|优质|范文)[^\n]{0,20}(?:关注|访问|登录|搜索)|欢迎(?:访问|关注)[^\n]{0,12}(?:网|站|公众号)|(?:访问|登录)\s*[A-Za-z0-9-]+\.(?:com|cn|net|org))/u,
    maxLineLength: 80,
    flag: [
      { text: '本文由秘书范文网整理发布', flagged: '本文由秘书范文网整理发布' },
      { text: '更多精彩范文请关注本站', flagged: '更多精彩范文请关注本站' },
    ],
    pass: [{ text: '本文件自印发之日起施行。' }, { text: '要欢迎访问团到企业调研。' }],
  },
  {
    id: 'domain',
    category: 'site',
    scope: 'line',
    gate: ['.'],
    // A site's address on a short line of its own (with or without its name).
    pattern: /^[^。！？，,]{0,20}(?<![@\w.])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|cc|top|vip|info|xyz|tw)(?:\/\S*)?\s*[)）]?\s*$/iu,
    maxLineLength: 50,
    flag: [
      { text: '第一范文网 www.diyifanwen.com', flagged: '第一范文网 www.diyifanwen.com' },
      { text: '(某某文学WwW.Example.CoM)', flagged: '(某某文学WwW.Example.CoM)' },
    ],
    pass: [{ text: '请发送至 office@example.com' }, { text: '网址：略' }],
  },
  {
    id: 'byline',
    category: 'metadata',
    scope: 'line',
    gate: ['编辑', '责编', '编审', '审核', '审校', '初审', '复审', '终审', '校对', '监制', '出品', '策划', '统筹', '制作', '摄影', '摄像', '录音', '剪辑', '视频', '文案', '美编', '排版', '主编', '撰稿', '供稿', '通讯员', '实习生', '记者', '关键词', '关键字', '标签', 'tag', '中图分类', '文献标识', '文章编号', '作者', '来源', '文 ', '图 ', '文\u3000', '图\u3000'],
    // The editor, reviewer, photographer or reporter of a repost, and tag lines.
    pattern:
      /^\s*(?:编辑|责编|编审|审核|审校|初审|复审|终审|校对|监制|总监制|出品人?|策划|统筹|制作|摄影|摄像|录音|剪辑|视频|文案|美编|排版|主编|撰稿|供稿|通讯员|实习生|(?:全媒体|融媒体|特约|本报|本网)?记者|关键词|关键字|(?:热门|文章|相关|本文)标签|标签|Tags?)\s*[:：丨|｜]\s*\S[^。！？]{0,40}$|^\s*(?:关键词|关键字|中图分类号|文献标识码|文章编号)\s+\S[^。！？]{0,60}$|^\s*(?:(?:作者|来源|责编|编辑)\s+|[文图][ \u3000]+)[^\s。！？，,、；;：:]{2,12}(?:\s+[^\s。！？，,、；;：:]{2,12}){0,3}\s*$|^\s*(?:关键词|关键字|标签|Tags?|来源|作者|编辑|责编|摘要)\s*[:：]\s*$/iu,
    maxLineLength: 80,
    flag: [
      { text: '责编：王五', flagged: '责编：王五' },
      { text: '关键词: 讲话 会议', flagged: '关键词: 讲话 会议' },
      { text: '相关标签： 致辞 开学', flagged: '相关标签： 致辞 开学' },
      { text: '本文标签: 讲话稿 致辞', flagged: '本文标签: 讲话稿 致辞' },
      { text: '融媒体记者：李四 王五', flagged: '融媒体记者：李四 王五' },
      { text: '编审：赵六', flagged: '编审：赵六' },
      { text: '监制丨张三', flagged: '监制丨张三' },
      { text: '摄像丨李四 王五', flagged: '摄像丨李四 王五' },
      { text: '关键词 乡村振兴;基层治理', flagged: '关键词 乡村振兴;基层治理' },
      { text: '作者 张三', flagged: '作者 张三' },
      { text: '来源 某某日报', flagged: '来源 某某日报' },
      { text: '关键词:', flagged: '关键词:' },
    ],
    pass: [{ text: '编辑部要做好宣传报道。' }, { text: '记者朋友们：' }, { text: '本报记者要深入基层。' }, { text: '统筹发展和安全' }, { text: '制作：精良，是我们的追求。' }, { text: '文 明 城 市' }],
  },
  {
    id: 'spaced-breadcrumb',
    category: 'navigation',
    scope: 'line',
    gate: ['首页'],
    // A page trail that starts at 首页 and lists its sections split by spaces (no > between them).
    pattern: /^\s*首页(?:\s+[^\s。！？!?，,；;：:]{2,24}){1,6}\s*$/u,
    maxLineLength: 90,
    flag: [{ text: '首页 领导讲话 在全县防汛工作会议上的讲话', flagged: '首页 领导讲话 在全县防汛工作会议上的讲话' }],
    pass: [{ text: '首页工作要做实。' }, { text: '首页 要做实，也要做细。' }],
  },
  {
    id: 'bracketed-lead',
    category: 'editor',
    scope: 'sentence',
    gate: ['导语', '导读', '前言', '摘要', '提要', '编者按', '引言'],
    // The site's lead or abstract in brackets before the article: 【导语】…, 【摘要】:….
    pattern: /^\s*[【\[［]\s*(?:导语|导读|前言|摘要|内容提要|编者按|引言)\s*[】\]］]/u,
    flag: [{ text: '【导读】本篇是一篇开学典礼致辞，读来感人。', flagged: '【导读】本篇是一篇开学典礼致辞，读来感人。' }],
    pass: [{ text: '摘要工作要规范。' }, { text: '要写好【前言部分】的内容' }],
  },
  {
    id: 'assistant-remark',
    category: 'editor',
    scope: 'line',
    gate: ['好的', '如需', '希望', 'ai', '人工智能', '需要我', '要不要我', '如果你', '如果您', '你可以', '您可以', '以下是', '以上', '帮你', '帮您', '这篇', '这份', '满足您', '满足你', '符合您', '符合你', '告诉我', '告知我', '下面是'],
    // A chat assistant's words around the draft it wrote, or a note that a machine wrote it.
    pattern:
      /^\s*好的[，,！!。]\s*(?:以下|下面|这)是(?:一篇|一份|为[您你]|我为[您你]|根据)|如需(?:调整|修改|补充|润色)[^。！？!?]{0,16}(?:告诉我|随时)|希望(?:这篇|这份|以上)[^。！？!?]{0,16}对[您你]有(?:所)?帮助|(?:由|经)\s*(?:AI|人工智能)\s*(?:辅助|智能)?(?:生成|创作|撰写)|(?:AI|人工智能)生成的?内容|(?:需要|要不要)我(?:帮[你您]|为[你您]|再|继续|进一步)|如果[你您](?:还)?需要[^。！？!?]{0,16}(?:我可以|告诉我)|[你您]可以根据(?:实际|具体|自身)(?:情况|需要|需求)[^。！？!?]{0,12}(?:调整|修改|补充|删减)|^\s*以下是(?:根据|按照|结合)[你您]的|^\s*以上(?:是|为)[^。！？!?]{0,30}(?:希望|如需|如有需要)|(?:可以|能)(?:再)?帮[你您](?:修改|润色|调整|扩写|缩写|改写)|(?:满足|符合)[您你]的(?:需求|需要|期待|期望|要求)|^\s*(?:这篇|这份)(?:内容|讲话稿|稿子|致辞|发言稿|演讲稿|文章|稿件|讲话|主持词)(?:既|不仅|兼顾|紧扣|突出|结构)|^\s*(?:以下|下面)是(?:为[您你]|我为[您你]|根据[您你])[^。！？!?]{0,30}(?:撰写|起草|准备|拟写|写|整理|生成|修改)|(?:请|可以|欢迎)(?:随时)?(?:告诉|告知)我(?!们)/u,
    maxLineLength: 100,
    flag: [
      { text: '好的，以下是一份开学典礼校长致辞的参考稿：', flagged: '好的，以下是一份开学典礼校长致辞的参考稿：' },
      { text: '希望这份致辞对您有帮助！如需修改语气，随时告诉我。', flagged: '希望这份致辞对您有帮助！如需修改语气，随时告诉我。' },
      { text: '本稿由AI辅助生成，请核对后使用', flagged: '本稿由AI辅助生成，请核对后使用' },
      { text: '需要我帮你压缩到三分钟以内吗？', flagged: '需要我帮你压缩到三分钟以内吗？' },
      { text: '您可以根据实际情况对数据进行调整。', flagged: '您可以根据实际情况对数据进行调整。' },
      { text: '以上是为您撰写的讲话稿，希望能满足您的需要。', flagged: '以上是为您撰写的讲话稿，希望能满足您的需要。' },
      { text: '这篇讲话稿既紧扣会议主题，又突出了基层特色，希望能满足您的期待。', flagged: '这篇讲话稿既紧扣会议主题，又突出了基层特色，希望能满足您的期待。' },
      { text: '以下是为您撰写的一篇开学典礼致辞：', flagged: '以下是为您撰写的一篇开学典礼致辞：' },
      { text: '如果有需要修改的地方，请随时告诉我。', flagged: '如果有需要修改的地方，请随时告诉我。' },
    ],
    pass: [{ text: '好的，下面请县长讲话。' }, { text: '要用好人工智能技术，推动政务服务提质增效。' }, { text: '如需调整工作安排，要提前报告。' }, { text: '以上是我的几点意见。' }, { text: '各地可根据实际情况调整。' }, { text: '要满足群众的需求。' }, { text: '这篇文章要做好。' }, { text: '有困难请告诉我们。' }],
  },
  {
    id: 'star-rating',
    category: 'site',
    scope: 'line',
    gate: ['★', '☆', '✩', '✭'],
    // A rating widget copied as stars, with or without its score.
    pattern: /^\s*(?:评分\s*[:：]?\s*)?[★☆✩✭]{3,}\s*(?:\d(?:\.\d)?\s*分?)?\s*$/u,
    maxLineLength: 30,
    flag: [{ text: '★★★☆☆ 3.5分', flagged: '★★★☆☆ 3.5分' }],
    pass: [{ text: '★一要提高认识' }, { text: '☆' }],
  },
  {
    id: 'page-marker',
    category: 'page-footer',
    scope: 'segment',
    gate: ['页', '/'],
    // A page number the site added after a title split over several pages: …的讲话(第2页).
    pattern: /(?<=^[^。！？!?，,；;\n]{2,60})\s*[（(]\s*(?:第\s*\d{1,3}\s*页|\d{1,3}\s*\/\s*\d{1,3})\s*[）)]\s*$/gu,
    maxLineLength: 80,
    flag: [
      { text: '在全县防汛工作会议上的讲话(第2页)', flagged: '(第2页)' },
      { text: '在全县防汛工作会议上的讲话（3 / 7）', flagged: '（3 / 7）' },
    ],
    pass: [{ text: '具体标准见《实施方案》，详见附件（第3页）。' }, { text: '第2页' }, { text: '完成率（3/4）以上' }],
  },
  {
    id: 'text-marker',
    category: 'site',
    scope: 'segment',
    gate: ['<正>'],
    // A database's marker of where the text starts, left before the first paragraph: <正>.
    pattern: /^\s*<正>\s*/gu,
    flag: [{ text: '<正>各位代表：现在，我代表市人民政府作报告。', flagged: '<正>' }],
    pass: [{ text: '要坚持正确方向，做到<公正>' }],
  },
  {
    id: 'suit-watermark',
    category: 'site',
    scope: 'segment',
    gate: ['♠', '♥', '♣', '♦', '♤', '♡', '♧', '♢'],
    // A site's name spelled out between card-suit signs, dropped into the text against copying.
    pattern: /レ?(?:[♠♥♣♦♤♡♧♢][^♠♥♣♦♤♡♧♢\sレ。，！？]{0,3}){3,}レ?/gu,
    flag: [{ text: '要压实责任。レ♠范♥文♣网レ确保落实。', flagged: 'レ♠范♥文♣网レ' }],
    pass: [{ text: '要压实责任。♥ 爱心捐赠' }, { text: '红桃♥和黑桃♠' }],
  },
  {
    id: 'issue-line',
    category: 'metadata',
    scope: 'line',
    gate: ['期'],
    // A periodical's name and issue on a line of their own, above a reprinted article.
    pattern: /^\s*《?[\p{Script=Han}A-Za-z]{2,10}》?\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期\s*$/u,
    maxLineLength: 30,
    flag: [{ text: '《党建》 2021年第3期', flagged: '《党建》 2021年第3期' }],
    pass: [{ text: '2021年第3期培训班开班了。' }, { text: '举办第3期培训班' }],
  },
  {
    id: 'item-prefix',
    category: 'title-decoration',
    scope: 'segment',
    gate: ['篇'],
    // A compilation's item number before a title: 第一篇:…, 篇二:….
    pattern: /^\s*(?:第\s*[一二三四五六七八九十\d]+\s*篇|篇\s*[一二三四五六七八九十\d]+)\s*[:：]\s*/gu,
    flag: [{ text: '第二篇：在全县防汛工作会议上的讲话同志们：今天开会。', flagged: '第二篇：' }],
    pass: [{ text: '第二篇章已经开启。' }, { text: '篇幅不宜过长。' }],
  },
  {
    id: 'seo-title',
    category: 'seo-title',
    scope: 'line',
    gate: ['怎么写', '如何写', '怎样写', '写法', '模板', '格式', '开头', '结尾', '实用', '精选', '大全', '范文', '范本', '汇总', '合集', '集锦', '通用', '全文', '完整版'],
    // A page title written for search engines: the speech title with the site's words after it
    // (how to write it, a template, 精选, 大全, 实用), a part number of a paginated article
    // (( 四 )) or (全文). Group 1 is the title; the fix keeps it.
    pattern: new RegExp(
      `^(?!.*[。！!；;])(?!\\s*(?:[一二三四五六七八九十\\d]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]))\\s*(${GENRE_TITLE})(?<!的)\\s*(?:(?:(?:${SEO_WORDS})[?？]?\\s*)+(?:[（(]\\s*(?:[一二三四五六七八九十\\d]{1,3}|全文|完整版)\\s*[）)])?|[（(]\\s*(?:全文|完整版|全文下载)\\s*[）)])\\s*$`,
      'du',
    ),
    // The line ends with one of those words, a question mark or a bracket (tested first: most
    // lines holding a gate word do not).
    also: /(?:写|法|板|式|头|尾|用|选|全|文|本|总|集|锦|[?？)）])\s*$/u,
    maxLineLength: 72,
    flag: [
      { text: '安全生产动员会讲话稿怎么写?', flagged: '安全生产动员会讲话稿怎么写?' },
      { text: '营商环境大会发言稿如何写?( 二 )', flagged: '营商环境大会发言稿如何写?( 二 )', fixed: '营商环境大会发言稿' },
      { text: '春节慰问致辞员工精选', flagged: '春节慰问致辞员工精选' },
      { text: '新春团拜会讲话实用', flagged: '新春团拜会讲话实用' },
      { text: '2024年度在全县经济工作会议上主题讲话(全文)', flagged: '2024年度在全县经济工作会议上主题讲话(全文)', fixed: '2024年度在全县经济工作会议上主题讲话' },
      { text: '教师节座谈会致辞范文大全', flagged: '教师节座谈会致辞范文大全' },
      { text: '在全市疫情防控工作会议上的讲话范文', flagged: '在全市疫情防控工作会议上的讲话范文', fixed: '在全市疫情防控工作会议上的讲话' },
      { text: '在全县防汛工作会议上的讲话（全文）', flagged: '在全县防汛工作会议上的讲话（全文）' },
    ],
    pass: [
      { text: '在全县安全生产动员会上的讲话' },
      { text: '在全县“实用技术培训”开班仪式上的讲话' },
      { text: '讲话要实用。' },
      { text: '二、坚持通用标准' },
      { text: '二、讲话要有好的开头' },
      { text: '讲话要有好的结尾' },
    ],
  },
  {
    id: 'item-heading',
    category: 'compilation',
    scope: 'line',
    gate: ['篇'],
    // A compilation's item number before a title on a line of its own, the way only sites number
    // them: 篇一:…, 篇二：… (第一篇 is also a part of a book or a report: that prefix is a segment).
    // Group 1 is the title; the fix keeps it.
    pattern: /^\s*篇\s*[一二三四五六七八九十\d]+\s*[:：、.．](?!.*[。！？!?；;])\s*(\S.{1,60}?)\s*$/du,
    maxLineLength: 72,
    flag: [
      { text: '篇一:国庆节升旗仪式讲话稿', flagged: '篇一:国庆节升旗仪式讲话稿', fixed: '国庆节升旗仪式讲话稿' },
      { text: '篇三：在全县防汛工作会议上的讲话', flagged: '篇三：在全县防汛工作会议上的讲话' },
    ],
    pass: [{ text: '第二篇章已经开启。' }, { text: '篇幅不宜过长' }, { text: '第一篇 总论' }],
  },
  {
    id: 'uploader',
    category: 'metadata',
    scope: 'line',
    gate: ['老师', '小编', '编辑部', '网友', '|', '｜'],
    where: 'top',
    // At the top of the page only: the name of who uploaded or wrote up the page, on its own line
    // (or after the separator of the title bar: | 某某2).
    pattern: /^(?!.*(?:的|们|各位|尊敬|亲爱))\s*(?:[\p{Script=Han}A-Za-z0-9_]{1,8}(?:老师|小编)|编辑部|网友投稿|[\p{Script=Han}]{0,4}网友|[|｜]\s*[\p{Script=Han}A-Za-z0-9_]{1,10})\s*$/u,
    maxLineLength: 14,
    flag: [
      { text: '李明华老师\n在全县教育工作会议上的讲话\n同志们：', flagged: '李明华老师' },
      { text: '在全县教育工作会议上的讲话\n| 张某3\n同志们：', flagged: '| 张某3' },
    ],
    pass: [{ text: '同志们：\n张老师' }, { text: '老师们、同学们：' }, { text: '尊敬的各位老师' }],
  },
  {
    id: 'news-lead',
    category: 'site',
    scope: 'line',
    gate: ['出席', '参加', '主持'],
    // A news lead before the speech: one sentence saying who attended and spoke (…出席…并致辞。),
    // not an invitation or thanks (请…出席并讲话, 感谢…出席…并致辞).
    pattern: /^(?![^。！？]*[。！？].)(?![^。！？]*(?:请|感谢|欢迎|邀请|荣幸|谢谢))[^。！？“”]{0,40}(?:出席|参加|主持)[^。！？]{2,80}?(?:并|时)(?:致辞|讲话|发表讲话|作(?:重要)?讲话|发言|致欢迎辞|作动员讲话|作主旨演讲)[。！]?\s*$/u,
    // The line ends with the speaking (tested first: most lines with 参加 or 主持 do not).
    also: /(?:致辞|讲话|发言|演讲|欢迎辞)[。！]?\s*$/u,
    maxLineLength: 140,
    flag: [{ text: '市委书记王某出席2024年全民阅读活动启动仪式并致辞。\n各位来宾：', flagged: '市委书记王某出席2024年全民阅读活动启动仪式并致辞。' }],
    pass: [
      { text: '各位来宾：\n感谢各位领导出席今天的仪式并致辞。' },
      { text: '同志们：今天召开会议，请县长出席并讲话。' },
      { text: '市委书记出席并讲话。县长主持。' },
    ],
  },
  {
    id: 'conversion',
    category: 'conversion',
    scope: 'line',
    gate: ['shape', 'picture', 'image', 'textbox', 'text box', 'rectangle', 'group', 'object', '图片', '文本框', '矩形', '组合', 'evaluation', 'spire', 'aspose'],
    // What a Word or PDF conversion leaves as text: the names of drawing objects (Shape2,
    // 文本框 3) and a converter's trial notice.
    pattern: /^\s*(?:Shape|Picture|Image|Text ?Box|Rectangle|Group|Object|图片|文本框|矩形|组合)\s*\d{1,4}\s*$|^\s*Evaluation (?:Warning|Only)|Created with (?:Spire|Aspose)/iu,
    maxLineLength: 120,
    flag: [
      { text: 'Shape2', flagged: 'Shape2' },
      { text: '文本框 3', flagged: '文本框 3' },
      { text: 'Evaluation Warning: The document was created with Spire.Doc for .NET.', flagged: 'Evaluation Warning: The document was created with Spire.Doc for .NET.' },
    ],
    pass: [{ text: '图片展览要办好。' }, { text: '第3组合作完成' }, { text: 'Group 20国集团' }],
  },
  {
    id: 'column-title',
    category: 'site',
    scope: 'line',
    gate: ['|', '｜'],
    // A WeChat account's column label before the title: 聚焦 | …, 学习 ｜ ….
    pattern: /^\s*[^\s|｜。！？，,：:]{2,4}\s*[|｜]\s*[^|｜。！？]{4,40}$/u,
    maxLineLength: 50,
    flag: [{ text: '关注 | 全县安全生产工作会议召开', flagged: '关注 | 全县安全生产工作会议召开' }],
    pass: [{ text: '坚持稳中求进，统筹发展和安全。' }, { text: '甲 | 乙' }],
  },
  {
    id: 'metadata',
    category: 'metadata',
    scope: 'line',
    gate: ['http', 'www.', '所在栏目', '发布', '更新', '上传', '发表', '来源', '点击', '浏览', '阅读', '投稿', '责任编辑', '作者', '全文', '预览', '字数', '时间', '日期', '标签', '文档', '格式', '大小', '页数', '收录于', '字', '本文共', '版权', '免责', '-', '录入', '稿源', '访问量', '人气', '发表于', '读完', '本篇', '编辑', '责编', '审核', '校对', '供稿', '通讯员', '记者', 'admin', '佚名', '匿名', '本站原创'],
    pattern: /(?:发布|更新|上传|发表)(?:时间|日期)\s*[:：]|(?:^|[\s|｜])(?:文章|信息)?来源\s*[:：]|点击(?:数|量|次数)?\s*[:：]|(?:浏览|阅读)(?:次数|量)\s*[:：]|投稿人|责任编辑\s*[:：]?|^\s*作者\s*[:：]|全文(?:共)?\s*\d+\s*字|内容预览|字数\s*[:：]\s*\d+|^\s*(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]|^\s*标签\s*[:：]|我要投稿|上传人\s*[:：]|上传者\s*[:：]|文档编号\s*[:：]|文档页数\s*[:：]|^\s*[-•·]?\s*(?:格式|大小|页数)\s*[:：]\s*[\dA-Za-z]|阅读数\s*[:：]|收录于(?:话题|合集)|\d+\s*字\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|预计阅读(?:时长|时间|需要)|阅读(?:时长|需要|约需)\s*[:：]?\s*\d+\s*分钟|^\s*本文共计?\s*\d+\s*字|版权反馈|免责声明\s*[:：]|^\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$|^\s*(?:发布者|发布人|发布单位|录入|录入者|稿源|文章作者|浏览量|阅读量|点击量|访问量|人气)\s*[:：]|^\s*[（(【\[]\s*(?:责任编辑|编辑|责编|来源|作者|稿源|审核|校对|供稿|通讯员|记者)\s*[:：丨|\s]\s*[^）)】\]\n，,。！？；]{1,30}[）)】\]]\s*$|^\s*(?:admin|administrator|佚名|匿名|网友投稿|本站原创)\s*$|发表于\s*\d{4}\s*[-/.年]|读完(?:约|需|大约)?\s*\d+\s*分钟|^\s*本篇(?:文章)?(?:共计?)?\s*\d+\s*字|^\s*(?:https?:\/\/|www\.)\S+\s+\d{4}\s*[-/.年]|所在栏目\s*[:：]|^\s*[-•·]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传|更新)\s*[|｜]?\s*$|^[^。！？!?，,]{0,20}?(?:阅读|浏览|人气|热度|点击)\s*[(（]\s*\d+(?:\.\d+)?\s*[万wWkK]?\s*[)）]\s*$/iu,
    maxLineLength: 120,
    flag: [
      { text: '发布时间:2022-03-15 来源: 讲话发言 点击:', flagged: '发布时间:2022-03-15 来源: 讲话发言 点击:' },
      { text: '| 来源:网友投稿', flagged: '| 来源:网友投稿' },
      { text: '全文2427字', flagged: '全文2427字' },
      { text: '时间:2023-04-01 10:20:30 讲话稿', flagged: '时间:2023-04-01 10:20:30 讲话稿' },
      { text: '2023-04-01', flagged: '2023-04-01' },
      { text: '上传人:张三 文档编号:12345 格式:DOC 页数:5', flagged: '上传人:张三 文档编号:12345 格式:DOC 页数:5' },
      { text: '- 大小:20.5 KB', flagged: '- 大小:20.5 KB' },
      { text: '本文共计1200字，预计阅读时长4分钟', flagged: '本文共计1200字，预计阅读时长4分钟' },
      { text: '张三 2400 字 2023-05-06', flagged: '张三 2400 字 2023-05-06' },
      { text: '（责任编辑：王五）', flagged: '（责任编辑：王五）' },
      { text: '讲话稿 阅读(2.35W)', flagged: '讲话稿 阅读(2.35W)' },
      { text: '- 2022-06-01 发布 |', flagged: '- 2022-06-01 发布 |' },
      { text: '发布者：管理员', flagged: '发布者：管理员' },
      { text: 'admin', flagged: 'admin' },
      { text: '某某 发表于 2011-12-6 08:45:51 | 只看该作者', flagged: '某某 发表于 2011-12-6 08:45:51 | 只看该作者' },
      { text: '本篇文章2363字，读完约6分钟', flagged: '本篇文章2363字，读完约6分钟' },
      { text: 'http://www.example.com.cn  2008年12月17日09:41  某某在线', flagged: 'http://www.example.com.cn  2008年12月17日09:41  某某在线' },
      { text: '《在全县工作会议上的讲话》所在栏目:优质范文 > 内容摘要:今天我们召开会议', flagged: '《在全县工作会议上的讲话》所在栏目:优质范文 > 内容摘要:今天我们召开会议' },
    ],
    pass: [{ text: '要从源头上防控风险。' }, { text: '资金来源渠道要拓宽，点击率不是目标。' }, { text: '2023年4月1日' }, { text: '时间要服从质量。' }, { text: '（记者要深入基层，多写群众爱看的报道。）' }, { text: '人气旺，是因为服务好。' }, { text: '开展全民阅读（2023）系列活动，营造书香氛围。' }],
  },
  {
    id: 'bracketed-metadata',
    category: 'metadata',
    scope: 'line',
    gate: ['【'],
    // A database record's fields in brackets above or below an article: 【作者】…, 【关键词】….
    pattern:
      /^\s*【\s*(?:期刊名称|刊名|年\s*[(（]卷[)）]\s*[,，]?\s*期|总页数|页数|页码|关键词|关键字|作者|作者单位|作者简介|正文语种|中图分类号?|文献标识码|文章编号|DOI|基金项目|来源|出处|发布时间|发布日期|发文字号|发文机关|主题分类|成文日期|索引号|分类|标签)\s*】/iu,
    maxLineLength: 200,
    flag: [
      { text: '【作者】张三;李四', flagged: '【作者】张三;李四' },
      { text: '【中图分类】D630', flagged: '【中图分类】D630' },
    ],
    pass: [{ text: '【一】' }, { text: '【案例】某县推行“街乡吹哨”' }],
  },
  {
    id: 'hashtags',
    category: 'metadata',
    scope: 'line',
    gate: ['#', '＃'],
    // A line of topic tags: #讲话稿# #致辞#, or #讲话 #致辞 #开学.
    pattern: /^\s*(?:[#＃][^#＃\s]{1,20}[#＃]\s*)+$|^\s*(?:[#＃][^#＃\s]{1,20}\s+){2,}[#＃][^#＃\s]{1,20}\s*$/u,
    maxLineLength: 120,
    flag: [
      { text: '#开学典礼# #校长致辞#', flagged: '#开学典礼# #校长致辞#' },
      { text: '#讲话 #致辞 #开学', flagged: '#讲话 #致辞 #开学' },
    ],
    pass: [{ text: '# 在全县工作会议上的讲话' }, { text: '第#号文件' }],
  },
  {
    id: 'genre-tags',
    category: 'metadata',
    scope: 'line',
    gate: ['讲话', '致辞', '发言', '演讲', '主持词', '范文', '总结', '计划', '报告', '心得', '体会', '方案', '作文', '材料', '贺词', '述职', '汇报'],
    // A line of tags or a menu: three or more short words split by spaces, two or more of them
    // names of the kinds of text a site sorts (讲话稿 致辞 开学典礼 校长).
    pattern:
      /^\s*(?=(?:[^\s]*\s+)*?[^\s]*(?:讲话|致辞|发言|演讲|主持词|范文|总结|计划|报告|心得|体会|方案|作文|材料|贺词|述职|汇报)[^\s]*\s+(?:[^\s]*\s+)*?[^\s]*(?:讲话|致辞|发言|演讲|主持词|范文|总结|计划|报告|心得|体会|方案|作文|材料|贺词|述职|汇报))(?:[^\s。！？，,、；;：:“”《》()（）]{2,8}\s+){2,9}[^\s。！？，,、；;：:“”《》()（）]{2,8}\s*$/u,
    maxLineLength: 90,
    flag: [
      { text: '讲话稿 致辞 开学典礼 校长', flagged: '讲话稿 致辞 开学典礼 校长' },
      { text: '工作总结 工作计划 述职报告 心得体会 演讲稿', flagged: '工作总结 工作计划 述职报告 心得体会 演讲稿' },
    ],
    pass: [{ text: '张三 李四 王五 赵六' }, { text: '在全县工作会议上的讲话 张三' }, { text: '一、 提高认识 加强领导' }, { text: '县委书记 讲话 要点' }],
  },
  {
    id: 'photo-credit',
    category: 'site',
    scope: 'segment',
    gate: ['摄', '供图', '图片'],
    // A photographer's credit or a picture's source in brackets after a paragraph: （记者 张三 摄）.
    pattern:
      /[（(]\s*(?:(?:新华社|本报|本网|通讯员|记者|实习生|特约)\s*){0,3}\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,4}\s*(?:摄|摄影|供图)\s*[）)]|[（(]\s*(?:资料图片?|网络图片|图片来源\s*[:：][^）)\n]{1,20}|图片由[^）)\n]{1,20}提供)\s*[）)]|[（(]\s*(?:摄影|摄|图)\s*[:：/\s]\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,3}\s*[）)]/gu,
    flag: [
      { text: '与会代表认真听取报告。（记者 王五 摄）', flagged: '（记者 王五 摄）' },
      { text: '市长在招待会上致辞(摄影 赵六)', flagged: '(摄影 赵六)' },
    ],
    pass: [{ text: '要拍摄一部宣传片（由宣传部牵头）。' }, { text: '（一）加强摄影人才培养' }, { text: '详见（图 1）' }],
  },
  {
    id: 'site-notice',
    category: 'copyright',
    scope: 'line',
    gate: ['本文链接', '本文地址', '原文链接', '原文地址', '文章链接', '文章地址', '版权声明', '特别声明', '声明', '温馨提示', '转载请', '本站', '原创文章', '如需转载', '申明'],
    // The site's notices under an article: its address, a statement, a reprint note, a reminder.
    pattern:
      /^\s*(?:本文链接|本文地址|原文链接|原文地址|文章链接|文章地址)\s*[:：]|^\s*[【\[(（]?\s*(?:版权声明|特别声明|郑重声明|声明|温馨提示)\s*[】\])）]?\s*[:：]|^\s*(?:申明敬告|免责申明)\s*[:：]|本站不保证|转载请(?:保留|注明|联系)|如需转载|^\s*本站(?:所有|部分)?(?:文章|内容|资源)|本文(?:为|系)[^。！？]{0,10}原创文章/u,
    maxLineLength: 200,
    flag: [
      { text: '本文链接：https://www.example.com/1.html', flagged: '本文链接：https://www.example.com/1.html' },
      { text: '声明：本站部分文章来自网络，如有侵权请联系删除。', flagged: '声明：本站部分文章来自网络，如有侵权请联系删除。' },
      { text: '温馨提示：本站文章仅供学习参考。', flagged: '温馨提示：本站文章仅供学习参考。' },
      { text: '申明敬告：本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的问题本站不予受理。', flagged: '申明敬告：本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的问题本站不予受理。' },
    ],
    pass: [{ text: '在这里，我郑重声明：我们决不搞形式主义。' }, { text: '本站点的建设要加快推进，这是民生工程。' }],
  },
  {
    id: 'title-symbols',
    category: 'title-decoration',
    scope: 'segment',
    gate: ['★', '☆', '◆', '◇', '♦', '※', '✿', '❀', '❤', '♥', '○', '◎', '●', '■', '□', '▲', '△', '▼', '▽', '❖', '✦', '✧'],
    // Symbols a site puts on both sides of a title: ★在全县…讲话★ (the title stays). The second
    // alternative starts with the symbols, its look-behind after them, so the scan is fast.
    pattern: /^\s*[★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧]+\s*(?=[^。！？★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧\n]{4,60}?\s*[★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧]+\s*$)|\s*[★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧]+\s*$(?<=^\s*[★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧]+\s*[^。！？★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧\n]{4,60}?\s*[★☆◆◇♦※✿❀❤♥○◎●■□▲△▼▽❖✦✧]+\s*)/gu,
    maxLineLength: 80,
    flag: [
      { text: '★在全县防汛工作会议上的讲话★', flagged: '★' },
      { text: '◆◆ 开学典礼致辞 ◆◆', flagged: '◆◆ ' },
      { text: '○  在全镇重阳节座谈会上的致辞  ○', flagged: '○  ' },
    ],
    pass: [{ text: '★一要提高认识' }, { text: '☆' }, { text: '我们要坚持★标准★。' }, { text: '□ 加强组织领导' }, { text: '○○县○○局' }],
  },
  {
    id: 'date-line',
    category: 'metadata',
    scope: 'line',
    gate: ['/', '.', ':', '：'],
    // A publication date standing alone, written with slashes or dots, or with the time.
    pattern: /^\s*\d{4}[/.]\d{1,2}[/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$|^\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$/u,
    maxLineLength: 30,
    flag: [
      { text: '2023/05/06 10:21', flagged: '2023/05/06 10:21' },
      { text: '2023.05.06', flagged: '2023.05.06' },
      { text: '2023年5月6日 10:21', flagged: '2023年5月6日 10:21' },
    ],
    pass: [{ text: '2023年5月6日' }, { text: '2023年5月6日上午，全县召开大会。' }],
  },
  {
    id: 'paywall',
    category: 'paywall',
    scope: 'segment',
    gate: ['余下全文', '阅读全文', '未完待续', '隐藏', '预览结束', '免费获取', '阅读全部', '先登录', '未完', '联系老师', '查看全文', '展开全文', '剩余', '还剩', '本文档共', '……'],
    pattern: /当前隐藏内容免费查看|预览结束[，,]?\s*(?:免费获取全文)?|免费获取全文|阅读全部图文内容[，,]?\s*(?:您需要先登录)?|您需要先登录|[（(]\s*未完[，,]\s*全文共\s*\d+\s*字[，,]\s*当前显示\s*\d+\s*字\s*[）)]|联系老师|点击(?:此处)?查看全文|展开全文|剩余\s*\d+\s*字未读|还剩\s*\d+\s*页未读|本文档共\s*\d+\s*页|(?<![…\.])[…\.]*(?<!\s)\s*此处隐藏\s*\d+\s*个?字\s*[…\.]*|(?:\.{3}|…{1,2})\s*(?:余下全文|展开全文|阅读全文|查看全文)\s*(?:>>|》》|»)?|[（(]\s*未完待续\s*[）)]|(?<=\p{Script=Han})…{4,}(?=\s*$)/gu,
    flag: [
      { text: '精准防控外来 当前隐藏内容免费查看人员。', flagged: '当前隐藏内容免费查看' },
      { text: '预览结束，免费获取全文', flagged: '预览结束，免费获取全文' },
      { text: '（未完，全文共2010字，当前显示249字）', flagged: '（未完，全文共2010字，当前显示249字）' },
      { text: '要压实责任……此处隐藏2048个字……', flagged: '……此处隐藏2048个字……' },
      { text: '要坚持问题导向，切实做好…………', flagged: '…………' },
      { text: '要压实责任，确保…余下全文>>', flagged: '…余下全文>>' },
      { text: '要坚持下去。（阅读全部图文内容，您需要先登录！）', flagged: '（阅读全部图文内容，您需要先登录！）', fixed: '要坚持下去。' },
    ],
    pass: [{ text: '要加强老师队伍建设。' }, { text: '做到信息公开，接受群众查看。' }, { text: '我们踏上了新的征程……' }],
  },
  {
    id: 'copyright',
    category: 'copyright',
    scope: 'line',
    gate: ['copyright', '©', '版权', 'icp', '备案号', 'powered by', 'all rights reserved', '仅供参考', '侵权', '错误投诉', '不良信息', '公网安备', '仅代表作者'],
    // Not a speech paragraph (two sentences or more): a watermark there is a segment (below).
    pattern: /^(?![^\n]*[，,][^\n]*[。！？])(?:.*?)(?:Copyright|©|版权所有|ICP备|备案号|Powered by|All Rights Reserved|本(?:网)?站(?:内容)?仅供参考|侵权(?:请|必究|投诉|联系)|错误投诉|违法和不良信息举报|公网安备|版权归(?:原)?作者所有|如有侵权|仅代表作者(?:本人)?观点)/iu,
    maxLineLength: 200,
    flag: [
      { text: 'Copyright © 2015-2024 . 77范文网 版权所有', flagged: 'Copyright © 2015-2024 . 77范文网 版权所有' },
      { text: '工信部备案号:鲁ICP备2020038323号-1', flagged: '工信部备案号:鲁ICP备2020038323号-1' },
      { text: '本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com', flagged: '本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com' },
      { text: '说明：文章转自网络，版权归原作者所有', flagged: '说明：文章转自网络，版权归原作者所有' },
      { text: '本篇为读者来稿，仅代表作者本人观点', flagged: '本篇为读者来稿，仅代表作者本人观点' },
    ],
    pass: [{ text: '要尊重知识产权，保护版权。' }, { text: '著作权归作者所有，是法律的明确规定，各单位要带头遵守。' }],
  },
  {
    id: 'link-list',
    category: 'link-list',
    scope: 'tail',
    gate: ['相关', '热点', '推荐', '热门', '猜你', '延伸', '精彩', '最新', '更多', '范文', '你可能', '关键词', '搜索'],
    pattern: /^\s*(?:相关热词搜索|热点文章阅读|推荐访问|相关推荐|热门文章|相关文章|猜你喜欢|延伸阅读|推荐阅读|热门推荐|精彩推荐|最新文章|相关阅读|更多相关|相关范文|热门范文|最新范文|你可能(?:还)?(?:喜欢|感兴趣)|本文关键词|相关搜索)/u,
    maxLineLength: 120,
    flag: [
      { text: '相关热词搜索:全区 疫情防控 视频会议 讲话稿', flagged: '相关热词搜索:全区 疫情防控 视频会议 讲话稿' },
      { text: '推荐访问:', flagged: '推荐访问:' },
    ],
    pass: [{ text: '相关部门要推荐访问群众的好做法。' }],
  },
  {
    id: 'further-reading',
    category: 'link-list',
    scope: 'tail',
    gate: ['扩展阅读', '拓展阅读'],
    // A further-reading heading under another name (…格式扩展阅读), with what follows it.
    pattern: /^[^。！？!?]{0,24}(?:扩展阅读|拓展阅读)\s*[:：]?\s*$/u,
    maxLineLength: 40,
    flag: [{ text: '(2)讲话稿格式扩展阅读', flagged: '(2)讲话稿格式扩展阅读' }],
    pass: [{ text: '要开展扩展阅读活动。' }],
  },
  {
    id: 'inline-tag',
    category: 'metadata',
    scope: 'segment',
    gate: ['编号', '标签'],
    // A document number or a tag the site put into the text: 编号:123456789, [标签:讲话].
    pattern: /编号\s*[:：]\s*\d{5,}|[\[【]\s*标签\s*[:：][^\]】\n]{1,20}[\]】]/gu,
    flag: [
      { text: '编号:20230415在全县工作会议上的讲话', flagged: '编号:20230415' },
      { text: '要抓好落实。[标签:讲话]', flagged: '[标签:讲话]' },
    ],
    pass: [{ text: '要统一编号管理。' }, { text: '贴上“标签”' }],
  },
  {
    id: 'document-slogan',
    category: 'site',
    scope: 'segment',
    gate: ['倾情', '可编辑', '欢迎下载', '特征码', '文章标题'],
    // What a document site stamps on each document it serves, glued into the text: its slogan
    // (精选优质文档-倾情为你奉上, 精品文档 双击可编辑; only after 文档/资料, since a host's
    // 为您倾情奉上 is the speaker's), the file's fingerprint (特征码 and a run of letters), and its
    // label of the title before a copy of the title (文章标题:…讲话).
    pattern: /(?:(?:精选|优质|精品|专业|最新|推荐|实用)\s*){0,3}(?:文档|资料|word文档)\s*[-—_－~～·…]*\s*(?:倾情为[你您]奉上|倾情奉献|欢迎下载|双击可编辑|可编辑(?:修改|版)?)|特征码\s*[:：]?\s*[A-Za-z0-9]{8,40}|文章标题\s*[:：]\s*[^，。！？,.!?:：\s]{4,60}?(?:讲话稿|讲话|发言稿|发言|致辞|讲稿|主持词|演讲稿)/giu,
    flag: [
      { text: '精选优质文档-倾情为你奉上期末表彰大会上的讲话', flagged: '精选优质文档-倾情为你奉上', fixed: '期末表彰大会上的讲话' },
      { text: '精品文档 双击可编辑', flagged: '精品文档 双击可编辑' },
      { text: '在全县工作会议上的讲话特征码abcdqwerzxcvpoiu 同志们：', flagged: '特征码abcdqwerzxcvpoiu' },
      { text: '在全县工作会议上的讲话文章标题:在全县工作会议上的讲话一、总体情况', flagged: '文章标题:在全县工作会议上的讲话', fixed: '在全县工作会议上的讲话一、总体情况' },
    ],
    pass: [
      { text: '下面，让我们倾情为您奉上一台精彩的晚会。' },
      { text: '要把文档管理好，把优质服务倾情奉献给群众。' },
      { text: '要提取特征码，建立数据库。' },
      { text: '我的讲话标题为：发扬拼搏精神' },
    ],
  },
  {
    id: 'category-label',
    category: 'navigation',
    scope: 'line',
    gate: ['致辞', '致谢', '讲话', '发言', '演讲', '主持词', '贺词', '范文', '心得', '总结', '报告'],
    // A site's category name on a line of its own: two or three genre words and nothing else
    // (致辞致谢, 讲话发言, 演讲致辞); one genre word alone may be the speech's own heading.
    pattern: /^\s*(?:(?:致辞|致谢|讲话|发言|演讲|主持词|贺词|祝酒词|范文|讲话稿|发言稿|演讲稿|心得体会|工作总结|述职报告|工作报告)\s*){2,3}$/u,
    maxLineLength: 16,
    flag: [{ text: '致辞致谢', flagged: '致辞致谢' }, { text: '讲话发言', flagged: '讲话发言' }],
    pass: [{ text: '致辞' }, { text: '讲话' }, { text: '在全县工作会议上的讲话' }],
  },
  {
    id: 'watermark',
    category: 'copyright',
    scope: 'segment',
    gate: ['版权所有', '原创', '转载请注明'],
    // A site's watermark inside a speech line: a short site name with 版权所有 or 转载请注明.
    pattern: /[\p{Script=Han}A-Za-z0-9]{1,10}(?:网|站|之家|文库|范文|文档)\s*(?:版权所有|原创|转载请注明(?:出处|来源)?)/gu,
    flag: [{ text: '要压实责任，公文之家版权所有确保落实到位。', flagged: '公文之家版权所有' }],
    pass: [{ text: '要保护知识产权，维护权利人的版权。' }],
  },
  {
    id: 'bracketed-title',
    category: 'title-decoration',
    scope: 'segment',
    gate: ['【'],
    // The page's title repeated in brackets before the first words of the speech: 【…讲话稿如何写?】同志们:….
    pattern: /^\s*【[^【】\n]{4,50}?(?:讲话稿|讲话|发言稿|发言|演讲稿|演讲|致辞|主持词|贺词)(?:范文|范本)?(?:怎么写|如何写|怎样写|精选|大全)?[?？]?】\s*(?=\S)/gu,
    maxLineLength: 4000,
    flag: [{ text: '【营商环境大会讲话稿如何写?】同志们:今天召开大会。', flagged: '【营商环境大会讲话稿如何写?】' }],
    pass: [{ text: '【一】要提高认识' }, { text: '【案例】某县推行“街乡吹哨”' }, { text: '【致辞人】某某市市长' }, { text: '【会议背景】本次会议讲话' }],
  },
  {
    id: 'tail-watermark',
    category: 'site',
    scope: 'segment',
    gate: ['www.', '.com', '.cn', '.net', '文库', '范文网', '文档网', '范文学习'],
    // A site's name and address (or its motto) after the last sentence of a paragraph, against copying.
    pattern:
      /(?<=[。！？”])\s*(?![\p{Script=Han}]*(?:访问|登录|登陆|浏览|详见|网址|关注|查询))[\p{Script=Han}A-Za-z0-9]{2,10}\s*[,，]?\s*(?!\S*gov\.cn)(?:(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org|cc)(?:\.cn)?|[\p{Script=Han}]{0,8}(?:文库|范文网|文档网))\s*$/giu,
    flag: [
      { text: '要压实责任。 某某汇 www.example.com', flagged: ' 某某汇 www.example.com' },
      { text: '要压实责任。 某某汇,范文学习文库', flagged: ' 某某汇,范文学习文库' },
    ],
    pass: [{ text: '请登录网站。详见 www.gov.cn 的说明' }, { text: '要建好数字文库。' }, { text: '欢迎大家。请访问 www.example.com' }, { text: '办事指南已上线。县政府网站 www.xx.gov.cn' }],
  },
  {
    id: 'glued-heading',
    category: 'title-decoration',
    scope: 'segment',
    gate: ['尊敬', '各位', '同志们', '亲爱', '老师们', '同学们', '话范文', '辞范文', '言范文', '稿范文', '词范文', '话范本', '辞范本', '言范本', '稿范本', '词范本', '篇'],
    // A compilation's numbered item heading glued to the salutation: …讲话稿2同志们：
    // Or the site's title with its decoration (范文, N篇) glued to the first sentence of the speech.
    pattern:
      /^\s*[^。！？!?，,：:\n]{4,60}?(?:讲话稿|讲话|致辞|发言稿|发言|演讲稿|主持词|贺词)(?:(?:范文)?\s*\d{1,2}(?=\s*(?:尊敬的|各位|同志们|亲爱的|老师们|同学们))|(?:范文|范本|\s*\d{1,2}\s*篇)(?=\s*[^\s\d篇（(【]))/gu,
    flag: [
      { text: '全县防汛工作会议讲话稿2同志们：', flagged: '全县防汛工作会议讲话稿2' },
      { text: '全县秋粮收购工作会议讲话范文今天召开这次会议，主要任务是部署秋粮收购工作。', flagged: '全县秋粮收购工作会议讲话范文' },
      { text: '重阳节敬老座谈会致辞6篇尊敬的各位老同志：', flagged: '重阳节敬老座谈会致辞6篇' },
    ],
    pass: [{ text: '在全县防汛工作会议上的讲话同志们：' }, { text: '第2同志们' }, { text: '在全县工作会议上的讲话3月15日' }],
  },
  {
    id: 'anti-copy',
    category: 'site',
    scope: 'segment',
    gate: [' ', '\t'],
    // The random letters and signs a forum inserts between lines against copying: "$ _ @! u2 s/ |% Q)".
    // (With the spaces before it, so a run after a heading leaves no trailing space behind; a
    // match starts only where spaces start, so a long run of spaces is read once, not once per space.
    // Its first and last signs stand apart from a character (a mark may touch them: 方向。* V. h)),
    // so a bracket of the text next to it stays: [破题].)
    pattern: /(?<![ \t])(?:^|[ \t]+|(?<=[^\0-\x7f\p{Script=Han}]))(?:[!-~]{1,2}[ \t]){5,}[!-~]{1,2}(?=[ \t]|$|[^\0-\x7f\p{Script=Han}])/gu,
    // Four signs or more; or, in a run of seven tokens or more, two signs and two letter-digit
    // pairs (x9 k6), which no text of words has.
    accept: (m) => {
      const signs = m.match(/[!-/:-@[-`{-~]/g)?.length ?? 0;
      if (signs >= 4) return true;
      const tokens = m.trim().split(/[ \t]+/);
      return signs >= 2 && tokens.length >= 7 && tokens.filter((t) => /^(?:[A-Za-z]\d|\d[A-Za-z])$/.test(t)).length >= 2;
    },
    flag: [
      { text: '要压实责任。 % k3 b# Q; u7 ^ X+', flagged: ' % k3 b# Q; u7 ^ X+', fixed: '要压实责任。' },
      { text: '7 ^& c; G2 [$ h? x9 p!', flagged: '7 ^& c; G2 [$ h? x9 p!' },
      { text: '二、工作要求 2 K8 W3 c" j5 t- q', flagged: ' 2 K8 W3 c" j5 t- q', fixed: '二、工作要求' },
      { text: '/ L A, z7 c7 g b( G8 ] [破题]', flagged: '/ L A, z7 c7 g b( G8 ]', fixed: ' [破题]' },
      { text: '[承题]: \\% ?) l/ r; m: C" ^; ]# ]9 W', flagged: ' \\% ?) l/ r; m: C" ^; ]# ]9 W', fixed: '[承题]:' },
    ],
    pass: [{ text: '[承题]' }, { text: 'A B C D E F G' }, { text: '1 2 3 4 5 6' }, { text: 'P M 2 . 5 浓度' }, { text: '型号 A1 B2 C3 D4 E5 F6 G7 - 均已到货' }],
  },
  {
    id: 'html-tag',
    category: 'site',
    scope: 'segment',
    gate: ['<section', '<span', '<div', '<font', '<p ', '<strong', '<img', '<a ', '</section', '</span', '</div', '</font', '</p>', '</strong', '</a>'],
    // The markup of a page copied with its HTML (a WeChat editor's <section style="…">, <span …>,
    // their closing tags): a tag with attributes or a closing tag, removed whole so the words
    // between them stay. (Not a bare <b> or <br> a Markdown text may hold.)
    pattern:
      /<(?:section|span|div|font|p|strong|img|a)\s[^<>\n]*?\b(?:style|class|data-[\w-]+|id|href|src|align|face|color|size)\s*=[^<>\n]*>|<\/(?:section|span|div|font|p|strong|a)>/giu,
    flag: [
      { text: '<span style="color: rgb(0, 0, 0);">大家都知道，</span>材料写作有规律。', flagged: '<span style="color: rgb(0, 0, 0);">', fixed: '大家都知道，材料写作有规律。' },
      { text: '<section data-id="1" style="padding: 10px;">同志们：</section>', flagged: '<section data-id="1" style="padding: 10px;">', fixed: '同志们：' },
    ],
    pass: [{ text: '第一行<br>第二行' }, { text: '当 a<b 且 b>c 时' }, { text: '<b>重点</b>' }],
  },
  {
    id: 'html-entity',
    category: 'site',
    scope: 'segment',
    gate: ['&', '">', '" >', '"/>'],
    // An HTML entity the page never decoded (&nbsp; &ldquo; &#8220;), or one the page's cut-off
    // split at the end of a line after Chinese text (…三点要求:&n); the end of a link's title
    // attribute left before its text (主持词">主持词及议程).
    pattern:
      /&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|hellip|mdash|ndash|middot|bull|times|#\d{2,5}|#x[0-9a-f]{2,4});|(?<=[\p{Script=Han}，。：；！？、”’）:;,.!?)])&(?:[a-z]{1,5}|#\d{0,5}|#x[0-9a-f]{0,4})?$|(?<![^\s])[^\s"<>=]{1,20}"\s*\/?>(?=\S)/giu,
    flag: [
      { text: '我再强调三点要求:&n', flagged: '&n', fixed: '我再强调三点要求:' },
      { text: '全县上下&nbsp;&nbsp;要凝心聚力。', flagged: '&nbsp;' },
      { text: '&ldquo;三农&rdquo;工作', flagged: '&ldquo;' },
      { text: '主持词">主持词及比赛议程', flagged: '主持词">', fixed: '主持词及比赛议程' },
    ],
    pass: [{ text: '与AT&T公司开展合作' }, { text: '加大R&D投入' }, { text: '要坚持A&B两手抓' }],
  },
  {
    id: 'copy-mark',
    category: 'site',
    scope: 'segment',
    gate: ['`', "'"],
    // A lone backtick or apostrophe a site slips between two characters to mark its copies
    // (发展的`大局; not a dot, which is also a full stop typed half-width). A line with a pair of
    // them (a code span, a quotation) is left alone, and so is an apostrophe that a quotation
    // mark closes soon after (在'抗疫“斗争中: a garbled pair).
    pattern: /(?<=\p{Script=Han})`(?=\p{Script=Han}[^`\n]*$)(?<=^[^`\n]*`)|(?<=\p{Script=Han})'(?=\p{Script=Han}[^'\n]*$)(?![^'\n]{0,12}[“”"])(?<=^[^'\n]*')/gu,
    flag: [
      { text: '为全镇经济的`大发展作出积极贡献！', flagged: '`', fixed: '为全镇经济的大发展作出积极贡献！' },
      { text: "是新时期党对工会工作的'新要求。", flagged: "'", fixed: '是新时期党对工会工作的新要求。' },
    ],
    pass: [{ text: '运行`命令`即可' }, { text: '按`键退出' + '`' }, { text: '`代码`' }, { text: "提出'三个一批'工作" }, { text: "在'抗疫“斗争中，科技工作者勇挑重担。" }, { text: '踏着春天的.脚步' }],
  },
  {
    id: 'page-footer',
    category: 'page-footer',
    scope: 'segment',
    gate: ['页', '-', '—', '－', '–'],
    pattern: /第\s*\d+\s*页\s*[，,/／]?\s*共\s*\d+\s*页|^\s*[-—－–]\s*\d{1,4}\s*[-—－–]\s*$/gu,
    flag: [
      { text: '第1页共18页', flagged: '第1页共18页' },
      { text: '第1 页共 10 页', flagged: '第1 页共 10 页' },
      { text: '— 12 —', flagged: '— 12 —' },
    ],
    pass: [{ text: '第1页第2段' }, { text: '共10页的报告' }],
  },
  {
    id: 'title-decoration',
    category: 'title-decoration',
    scope: 'segment',
    gate: ['【', '(', '（', '范文', '范本'],
    pattern:
      /【[^【】]{0,8}(?:精选|推荐|完整版|最新|优秀|范文|范本|合集|通用|精品|热门|word版|可编辑|免费|下载|必备|经典|汇总|大全)[^【】]{0,8}】|[（(](?:精选|推荐|完整|最新|优秀|精品|通用|热门)(?:文档|范文|范本|合集|推荐|版|篇|汇编|资料)?[）)]|[（(](?:范文|范本)推荐[）)]|[（(]\s*(?:全文|完整版|word版|可编辑|可下载|下载版|珍藏版|高清版)\s*[）)](?=\s*$)|(?:范文|范本|例文|模板|精选|汇编|合集|大全)?\s*[（(]\s*\d+\s*篇\s*[）)](?:篇[一二三四五六七八九十]+)?|(?:范文|范本)(?:合集|大全)|(?<=讲话|发言|致辞|主持词|讲话稿)(?:范文|范本)$/gu,
    maxLineLength: 80,
    flag: [
      { text: '2023年在全市疫情防控工作会议上讲话【精选推荐】', flagged: '【精选推荐】' },
      { text: '大一暑假社会实践报告(精选文档)', flagged: '(精选文档)' },
    ],
    pass: [{ text: '在全市疫情防控工作会议上的讲话' }, { text: '【一】' }, { text: '（2022年）' }, { text: '实施方案（征求意见稿）' }, { text: '（全文）要认真学习' }],
  },
];

/** The forms, their patterns widened to match traditional text too (书记 also matches 書記). */
export const BOILERPLATE_FORMS: readonly BoilerplateForm[] = FORMS.map((f) => ({
  ...f,
  pattern: bothScripts(f.pattern),
  ...(f.also ? { also: bothScripts(f.also) } : {}),
}));

/**
 * Words of a website's interface (accounts, sharing, comments, downloads, counters). A short
 * line without a sentence mark made mostly of these, numbers and separators is website text.
 */
export const INTERFACE_WORDS: readonly string[] = [
  '登录', '登陆', '注册', '首页', '收藏', '分享', '评论', '下载', '会员', '浏览', '字数', '作者', '来源', '投稿',
  '关注', '好评', '差评', '点赞', '举报', '打印', '回复', '发表', '阅读', '全屏', '查看', '文档', '大小', '页数', '总页数',
  '格式', '上传', '积分', '金币', '充值', '购买', '开通', '热度', '返回', '上一页', '下一页', '上一篇', '下一篇', '更多',
  '频道', '栏目', '专题', '搜索', '客服', '导航', '扫码', '二维码', '手机版', '电脑版', '海报', '侵权', '投诉', '免费',
  '试读', '预览', '在线', '播放', '页', '字', '次', '赞', '踩', '评分', '得分', '推荐', '热门', '最新', '原创', '素材', '写作',
  '范文', '大全', '模板', '课件', '我要', '相关', '资源', '简介', '文档简介', '文档介绍', '繁体', '简体', '繁体版', '简体版', '电脑桌面', 'VIP', 'DOCX', 'DOC', 'PDF', 'PPT', 'PPTX', 'TXT', 'WPS',
  '顶部', '窗口', '本页', '详情', '扫一扫', '微信', '微博', '朋友圈', 'QQ空间', '转发', '复制', '链接', '字号', '字体', '听新闻', '朗读',
  '纠错', '申诉', '版权申诉', '推荐度', '阅读量', '浏览量', '点击量', '播放量', '下载量', '下载次数', '发布者', '佚名', '匿名', 'admin', '打赏', '赏', '分销',
  '请先登录', '请登录', '立即登录', '登录后', '手机阅读', '个人中心', '意见反馈', '联系我们', '关于我们', '网站地图',
  // A category standing alone, and a download block's heading.
  '其他', '其它', '未分类', '默认分类', '附件列表', '附件下载', '下载附件', '相关附件', '相关下载',
];

/** Examples the interface-line classifier must and must not flag (run by the unit tests). */
export const INTERFACE_LINE_EXAMPLES: RuleExamples = {
  flag: [{ text: '-' }, { text: '|' }, { text: '繁体版 简体版' }, { text: '文档' }, { text: '3012' }, { text: '/ 0' }, { text: '98.5%' }, { text: 'PDF' }, { text: '浏览 120 下载 3 大小 18.2K 2023-01-05 分享' }, { text: '/ 2' }, { text: '关注' }, { text: '免费下载' }, { text: '评论(0)' }, { text: '其他' }, { text: '附件列表' }, { text: '请先登录' }],
  pass: [{ text: '其他事项' }, { text: '五、其他' }, { text: '附件：1.实施方案' }, { text: '2.5' }, { text: '10' }, { text: '2' }, { text: '关注民生' }, { text: '分享经验' }, { text: '评论员文章' }, { text: '下载安装要规范。' }, { text: '一、下载' }, { text: '2023年4月1日' }, { text: '同志们：' }, { text: '……' }, { text: '***' }],
};
