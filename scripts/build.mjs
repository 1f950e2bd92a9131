// Bundles the extension, the CLI and the engine with esbuild (node, CommonJS).
//   node scripts/build.mjs            one build (minified, with source maps)
//   node scripts/build.mjs --watch    rebuild on change
// Heavy libraries used only on demand (docx for the Word export, mammoth for .docx speeches,
// pinyin-pro for pinyin) go to dist/vendor/ and are loaded when first needed, so activation
// loads only the engine and the adapter.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const VENDOR = ['docx', 'mammoth', 'pinyin-pro'];
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: !watch,
  logLevel: 'info',
  // opencc-js ships ESM and UMD builds; take the CommonJS-friendly one.
  mainFields: ['main', 'module'],
  // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot: take its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
/** `import 'docx'` → require('./vendor/docx.js'), resolved next to the bundle at run time. */
const vendorPlugin = {
  name: 'vendor',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${VENDOR.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};
const builds = [
  { entryPoints: { extension: 'src/extension/extension.ts' }, external: ['vscode'], plugins: [vendorPlugin] },
  { entryPoints: { cli: 'src/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [vendorPlugin] },
  { entryPoints: { core: 'src/core/index.ts' }, plugins: [vendorPlugin] },
  { entryPoints: Object.fromEntries(VENDOR.map((v) => [`vendor/${v}`, v])) },
];
for (const b of builds) {
  const options = { ...common, ...b, outdir: 'dist' };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
