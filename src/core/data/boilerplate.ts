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

export type BoilerplateCategory =
  | 'navigation'
  | 'site'
  | 'editor'
  | 'metadata'
  | 'paywall'
  | 'copyright'
  | 'link-list'
  | 'page-footer'
  | 'title-decoration';

export interface BoilerplateForm {
  readonly id: string;
  readonly category: BoilerplateCategory;
  readonly scope: 'line' | 'segment' | 'sentence' | 'tail';
  readonly pattern: RegExp;
  /** A second pattern the line must match too (two cheap searches instead of one slow one). */
  readonly also?: RegExp;
  /** Only lines at most this long (in UTF-16 units) are considered; guards against speech paragraphs. */
  readonly maxLineLength?: number;
  /** Lines that must be flagged; `[line, flagged text]` (for line scope the flagged text is the line). */
  readonly flag: ReadonlyArray<readonly [string, string]>;
  /** Lines the whole rule must not flag. */
  readonly pass: readonly string[];
}

const SITE_WORDS = '范文网|文摘网|公文网|秘书网|文秘网|写作网|文档网|作文网|范文大全|百度文库|道客巴巴|豆丁网|原创力文档|门户网站|请认准|本站|本网站';

export const BOILERPLATE_FORMS: readonly BoilerplateForm[] = [
  {
    id: 'location',
    category: 'navigation',
    scope: 'line',
    pattern: /^\s*(?:您的)?当前(?:所在)?位置\s*[:：]|^\s*\S{0,12}(?:网|首页)\s*>\s*\S+\s*>/u,
    maxLineLength: 200,
    flag: [
      ['您的当前位置: 77范文网 > 范文大全 > 讲话稿 > 讲话【精选推荐】', '您的当前位置: 77范文网 > 范文大全 > 讲话稿 > 讲话【精选推荐】'],
      ['当前位置: 简表范文网 > 专题范文 > 公文范文 >', '当前位置: 简表范文网 > 专题范文 > 公文范文 >'],
    ],
    pass: ['当前，全市疫情防控形势总体平稳。', '我们的位置在于服务大局。'],
  },
  {
    id: 'navigation-word',
    category: 'navigation',
    scope: 'line',
    pattern: /^\s*(?:手机版|电脑版|手机站|移动版|Top|TOP|返回顶部|回到顶部|返回首页|网站首页|首页|打印本页|打印|关闭窗口|收藏本页|加入收藏|设为首页|上一篇[:：].*|下一篇[:：].*|分享到[:：]?.*|点击下载|下载文档|举报|纠错)\s*$/u,
    flag: [
      ['手机版', '手机版'],
      ['Top', 'Top'],
      ['上一篇：关于做好疫情防控工作的通知', '上一篇：关于做好疫情防控工作的通知'],
    ],
    pass: ['首页工作要做实。', 'Top-level design 顶层设计'],
  },
  {
    id: 'site-line',
    category: 'site',
    scope: 'line',
    pattern: new RegExp(`^(?!.*[。！？]).*(?:${SITE_WORDS})|^\\s*(?:https?://|www\\.)\\S+\\s*$`, 'u'),
    maxLineLength: 60,
    flag: [
      ['77范文网 https://www.hanjia777.com', '77范文网 https://www.hanjia777.com'],
      ['公文写作门户网站,请认准', '公文写作门户网站,请认准'],
      ['https://www.example.com/article/123.html', 'https://www.example.com/article/123.html'],
    ],
    pass: ['要办好人民满意的学习型机关。', '加强网站建设管理', '加强学习网络安全知识'],
  },
  {
    id: 'site-intro',
    category: 'site',
    scope: 'line',
    pattern: /范文|范本|例文/u,
    also: /阅读|参考|整理|分享|收集|往下|以下|下面|希望|帮助|借鉴/u,
    flag: [
      [
        '演讲稿范文不仅仅是文字的堆砌，请继续往下阅读，你将会看到各个领域的专家们所撰写的精彩演讲稿范文。',
        '演讲稿范文不仅仅是文字的堆砌，请继续往下阅读，你将会看到各个领域的专家们所撰写的精彩演讲稿范文。',
      ],
    ],
    pass: ['要发挥先进典型的示范作用，下面我讲三点意见。'],
  },
  {
    id: 'editor-note',
    category: 'editor',
    scope: 'sentence',
    pattern: /小编|本站编辑/u,
    flag: [
      ['下面是小编为大家整理的讲话稿，供大家参考。', '下面是小编为大家整理的讲话稿，供大家参考。'],
      ['疫情防控检验的不仅是医疗机构。以下是蒲公英文摘网小编为大家精心整理了讲话,供大家的品读。', '疫情防控检验的不仅是医疗机构。以下是蒲公英文摘网小编为大家精心整理了讲话,供大家的品读。'],
    ],
    pass: ['编辑部的同志们辛苦了。'],
  },
  {
    id: 'reader-note',
    category: 'editor',
    scope: 'sentence',
    pattern: /供大家参考|仅供参考|以供参考|供大家借鉴|供您参考|供大家(?:的)?品读|希望对(?:大家|您|你|网友)有(?:所)?帮助|欢迎(?:大家)?阅读|欢迎借鉴|一起来看看吧|希望大家能有所收获|感觉写的不错|请记得[^。！？!?]*收藏/u,
    flag: [['以下是讲话全文，供大家参考。', '以下是讲话全文，供大家参考。']],
    pass: ['各地要参考先进经验，结合实际抓好落实。'],
  },
  {
    id: 'metadata',
    category: 'metadata',
    scope: 'line',
    pattern: /(?:发布|更新|上传|发表)(?:时间|日期)\s*[:：]|(?:^|[\s|｜])(?:文章|信息)?来源\s*[:：]|点击(?:数|量|次数)?\s*[:：]|(?:浏览|阅读)(?:次数|量)\s*[:：]|投稿人|责任编辑\s*[:：]?|^\s*作者\s*[:：]|全文(?:共)?\s*\d+\s*字|内容预览|字数\s*[:：]\s*\d+/u,
    maxLineLength: 120,
    flag: [
      ['发布时间:2022-03-15 来源: 讲话发言 点击:', '发布时间:2022-03-15 来源: 讲话发言 点击:'],
      ['| 来源:网友投稿', '| 来源:网友投稿'],
      ['全文2427字', '全文2427字'],
    ],
    pass: ['要从源头上防控风险。', '资金来源渠道要拓宽，点击率不是目标。'],
  },
  {
    id: 'paywall',
    category: 'paywall',
    scope: 'segment',
    pattern: /当前隐藏内容免费查看|预览结束[，,]?\s*(?:免费获取全文)?|免费获取全文|阅读全部图文内容[，,]?\s*(?:您需要先登录)?|您需要先登录|[（(]\s*未完[，,]\s*全文共\s*\d+\s*字[，,]\s*当前显示\s*\d+\s*字\s*[）)]|联系老师|点击(?:此处)?查看全文|展开全文|剩余\s*\d+\s*字未读|还剩\s*\d+\s*页未读|本文档共\s*\d+\s*页/gu,
    flag: [
      ['精准防控外来 当前隐藏内容免费查看人员。', '当前隐藏内容免费查看'],
      ['预览结束，免费获取全文', '预览结束，免费获取全文'],
      ['（未完，全文共2010字，当前显示249字）', '（未完，全文共2010字，当前显示249字）'],
    ],
    pass: ['要加强老师队伍建设。', '做到信息公开，接受群众查看。'],
  },
  {
    id: 'copyright',
    category: 'copyright',
    scope: 'line',
    pattern: /Copyright|©|版权所有|ICP备|备案号|Powered by|All Rights Reserved|本(?:网)?站(?:内容)?仅供参考|侵权(?:请|必究|投诉|联系)|错误投诉|违法和不良信息举报|公网安备/iu,
    maxLineLength: 200,
    flag: [
      ['Copyright © 2015-2024 . 77范文网 版权所有', 'Copyright © 2015-2024 . 77范文网 版权所有'],
      ['工信部备案号:鲁ICP备2020038323号-1', '工信部备案号:鲁ICP备2020038323号-1'],
      ['本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com', '本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com'],
    ],
    pass: ['要尊重知识产权，保护版权。'],
  },
  {
    id: 'link-list',
    category: 'link-list',
    scope: 'tail',
    pattern: /^\s*(?:相关热词搜索|热点文章阅读|推荐访问|相关推荐|热门文章|相关文章|猜你喜欢|延伸阅读|推荐阅读|热门推荐|精彩推荐|最新文章|相关阅读|更多相关|相关范文|热门范文|最新范文|你可能(?:还)?(?:喜欢|感兴趣)|本文关键词|相关搜索)/u,
    maxLineLength: 120,
    flag: [
      ['相关热词搜索:全区 疫情防控 视频会议 讲话稿', '相关热词搜索:全区 疫情防控 视频会议 讲话稿'],
      ['推荐访问:', '推荐访问:'],
    ],
    pass: ['相关部门要推荐访问群众的好做法。'],
  },
  {
    id: 'page-footer',
    category: 'page-footer',
    scope: 'segment',
    pattern: /第\s*\d+\s*页\s*[，,/／]?\s*共\s*\d+\s*页|^\s*[-—－–]\s*\d{1,4}\s*[-—－–]\s*$/gu,
    flag: [
      ['第1页共18页', '第1页共18页'],
      ['第1 页共 10 页', '第1 页共 10 页'],
      ['— 12 —', '— 12 —'],
    ],
    pass: ['第1页第2段', '共10页的报告'],
  },
  {
    id: 'title-decoration',
    category: 'title-decoration',
    scope: 'segment',
    pattern:
      /【[^【】]{0,8}(?:精选|推荐|完整版|最新|优秀|范文|范本|合集|通用|精品|热门|word版|可编辑|免费|下载|必备|经典|汇总|大全)[^【】]{0,8}】|[（(](?:精选|推荐|完整|最新|优秀|精品|通用|热门)(?:文档|范文|范本|合集|推荐|版|篇|汇编|资料)?[）)]|[（(](?:范文|范本)推荐[）)]|(?:范文|范本|例文|模板|精选|汇编|合集|大全)?\s*[（(]\s*\d+\s*篇\s*[）)](?:篇[一二三四五六七八九十]+)?|(?:范文|范本)(?:合集|大全)|(?<=讲话|发言|致辞|主持词|讲话稿)(?:范文|范本)$/gu,
    maxLineLength: 80,
    flag: [
      ['2023年在全市疫情防控工作会议上讲话【精选推荐】', '【精选推荐】'],
      ['在全市疫情防控工作会议上的讲话范文(17篇)篇一', '范文(17篇)篇一'],
      ['大一暑假社会实践报告(精选文档)', '(精选文档)'],
    ],
    pass: ['在全市疫情防控工作会议上的讲话', '【一】', '（2022年）'],
  },
];
