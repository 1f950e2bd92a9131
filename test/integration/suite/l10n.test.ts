/**
 * The interface language through VS Code's own mechanism (vscode.l10n / package.nls.*.json). The
 * VS Code server here runs in English (a display language needs a language pack, which cannot be
 * downloaded on these machines), so this checks the English fallback end to end; the zh-cn
 * bundles are checked for completeness by the unit tests and used for real by the CLI test.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

describe('interface language', function () {
  this.timeout(30000);
  before(activateExtension);
  after(closeAll);

  it(`diagnostics and quick fixes speak the display language (${vscode.env.language})`, async () => {
    const zh = vscode.env.language.startsWith('zh');
    const editor = await openDoc('手机版\nXX书记讲话。');
    const uri = editor.document.uri;
    const [ph] = await waitFor('placeholder', () => ours(uri, 'placeholder').length === 1 && ours(uri, 'placeholder'));
    assert.equal(ph.message, zh ? '未替换的占位符“XX”：缺少人名。' : 'Unreplaced placeholder "XX": the person\'s name is missing.');
    const [site] = await waitFor('website line', () => ours(uri, 'web-boilerplate').length === 1 && ours(uri, 'web-boilerplate'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, site.range, vscode.CodeActionKind.QuickFix.value);
    const title = zh ? '删除这一行网站残留' : 'Remove this website line';
    assert.ok(actions.some((a) => a.title === title), actions.map((a) => a.title).join(' | '));
  });

  it('the command palette titles come from package.nls', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'speech-drafter')!;
    const cmd = (ext.packageJSON.contributes.commands as Array<{ command: string; title: string; category: string }>).find((c) => c.command === 'speechDrafter.checkDocument')!;
    const zh = vscode.env.language.startsWith('zh');
    assert.equal(cmd.title, zh ? '检查当前文档' : 'Check Current Document');
    assert.equal(cmd.category, zh ? '讲话稿' : 'Speech Drafter');
  });
});
