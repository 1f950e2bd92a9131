/**
 * The national layout for official documents (GB/T 9704-2012), as numbers: A4, top margin 37 mm,
 * left 28 mm, text block 156 × 225 mm, 22 lines of 28 characters in 3号 (16 pt), page numbers
 * in 4号 (14 pt) 7 mm below the text block. Units: twips (1/20 pt; 1 mm = 56.693 twips).
 */
export const MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * MM);

export const PAGE = { width: mm(210), height: mm(297) };
export const TEXT_BLOCK = { width: mm(156), height: mm(225) };
/** Right and bottom margins are what is left, so the text block is exact in twips. */
export const MARGIN = {
  top: mm(37),
  left: mm(28),
  right: PAGE.width - mm(28) - TEXT_BLOCK.width,
  bottom: PAGE.height - mm(37) - TEXT_BLOCK.height,
};
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt (in half-points, as Word stores sizes). */
export const SIZE = { body: 32, title: 44, pageNumber: 28 };

/** Line pitch of the grid: 225 mm / 22 lines, in twips (≈ 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE);
/**
 * Character pitch: 156 mm / 28 characters ≈ 15.79 pt, a little under the 16 pt of 3号. Each
 * run is condensed by the difference (w:spacing, in twentieths of a point, rounded down so 28
 * characters always fit): −5, i.e. −0.25 pt. A character grid (docGrid linesAndChars) would say
 * the same to Word, but LibreOffice and WPS then give each glyph wider than its cell two cells.
 */
export const CHAR_PITCH_TWIPS = TEXT_BLOCK.width / CHARS_PER_LINE;
export const CHARACTER_SPACING = Math.floor(CHAR_PITCH_TWIPS - SIZE.body * 10);
/** The page number's top sits 7 mm below the text block; Word measures the footer from the page's bottom edge. */
export const FOOTER_DISTANCE = mm(297 - 37 - 225 - 7) - SIZE.pageNumber * 10;

/** Font roles, each an ordered list of names: the first is written to the document. */
export interface FontChoices {
  readonly title: readonly string[];
  readonly body: readonly string[];
  readonly heading1: readonly string[];
  readonly heading2: readonly string[];
  readonly pageNumber: readonly string[];
}

/**
 * What Word and WPS users usually have: the GB2312 faces of the standard first (installed with
 * most government machines and WPS), then the faces Windows ships.
 */
export const DEFAULT_FONTS: FontChoices = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong'],
  heading1: ['黑体', 'SimHei'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi'],
  pageNumber: ['宋体', 'SimSun'],
};
