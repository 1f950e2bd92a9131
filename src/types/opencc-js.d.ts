// opencc-js's per-direction builds (CommonJS/UMD at runtime). Its own typings are declared as an
// ES module, which a CommonJS build cannot import; these are the parts this project uses.
declare module 'opencc-js/t2cn' {
  export type ConverterFunction = (text: string) => string;
  /** Dictionaries by locale: each a list of dictionary groups of "from to|from to|…" strings. */
  export const Locale: {
    readonly from: Record<string, ReadonlyArray<ReadonlyArray<string>>>;
    readonly to: Record<string, ReadonlyArray<ReadonlyArray<string>>>;
  };
  export function Converter(options: { from: string; to: string }): ConverterFunction;
}
