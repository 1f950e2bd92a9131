/** Runs against the packaged .vsix installed into the VS Code server (scripts/test.sh). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openDoc, ours, waitFor } from './util';

describe('the installed .vsix', function () {
  this.timeout(30000);
  after(closeAll);

  it('is installed from the package, not from the working tree, and checks a speech', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'speech-drafter');
    assert.ok(ext, 'installed');
    assert.ok(!ext.extensionUri.path.endsWith('/work/main') && /extensions/.test(ext.extensionUri.path), ext.extensionUri.path);
    await ext.activate();
    const editor = await openDoc('手机版\n同志们：\nXX书记在会上讲话。\n');
    await waitFor('diagnostics from the installed extension', () => ours(editor.document.uri, 'placeholder').length === 1 && ours(editor.document.uri, 'web-boilerplate').length === 1);
  });

  it('ships its localization bundles, snippets and corpus', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'speech-drafter')!;
    const files = await vscode.workspace.fs.readDirectory(ext.extensionUri);
    const names = files.map(([n]) => n);
    for (const must of ['dist', 'l10n', 'snippets', 'corpus', 'schemas', 'package.nls.json', 'package.nls.zh-cn.json']) assert.ok(names.includes(must), `${must} in ${names.join(', ')}`);
    assert.ok(!names.includes('node_modules') && !names.includes('src') && !names.includes('test'), names.join(', '));
  });
});
