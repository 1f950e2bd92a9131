/**
 * Runs the integration suite in a real VS Code through @vscode/test-electron's runTests. Where a
 * desktop VS Code is available, set VSCODE_EXECUTABLE to it; otherwise the VS Code server from
 * test/vscode-server (headless Chromium) stands in for it. With --vsix=FILE the .vsix is
 * installed and the installed extension is tested instead of the working tree. With --locale=LANG
 * VS Code runs in that display language (the test server builds and installs a zh-cn language
 * pack from test/langpack; a desktop VS Code needs the pack installed).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const vsix = process.argv.find((a) => a.startsWith('--vsix='))?.slice('--vsix='.length);
  const locale = process.argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  const executable = process.env.VSCODE_EXECUTABLE || path.join(root, 'test', 'vscode-server', 'launch.js');
  // A fresh copy of the fixture workspace, so tests may write to it.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-workspace-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', ...(vsix ? [`--install-vsix=${path.resolve(vsix)}`] : []), ...(locale ? [`--locale=${locale}`] : [])],
      extensionTestsEnv: { SPEECH_DRAFTER_TEST_ONLY: process.env.SPEECH_DRAFTER_TEST_ONLY ?? '' },
    });
  } catch (e) {
    console.error(`integration tests failed: ${(e as Error).message ?? e}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
