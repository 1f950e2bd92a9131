// Bundles the extension, the CLI and the engine with esbuild (node, CommonJS).
//   node scripts/build.mjs            one build (minified, with source maps)
//   node scripts/build.mjs --watch    rebuild on change
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
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
};
const builds = [
  { entryPoints: { extension: 'src/extension/extension.ts' }, external: ['vscode'] },
  { entryPoints: { cli: 'src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { core: 'src/core/index.ts' } },
];
for (const b of builds) {
  const options = { ...common, ...b, outdir: 'dist' };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
