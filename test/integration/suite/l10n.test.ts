/**
 * The interface language through VS Code's own mechanism (vscode.l10n / package.nls.*.json).
 * scripts/test.sh runs the suite in zh-cn (`runTests.js --locale=zh-cn`: the test server installs
 * a language pack built by test/langpack) and the .vsix run in English, so both languages are
 * checked end to end; SPEECH_DRAFTER_TEST_LOCALE says which one the launcher asked for.
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
    const cmd = (ext.packageJSON.contributes.commands as Array<{ command: string; title: string | { value: string; original: string }; category: string | { value: string; original: string } }>).find((c) => c.command === 'speechDrafter.checkDocument')!;
    const zh = vscode.env.language.startsWith('zh');
    // In a display language other than English, VS Code hands extensions the localized strings
    // of package.json as { value, original }.
    const text = (s: string | { value: string; original: string }) => (typeof s === 'string' ? s : s.value);
    assert.equal(text(cmd.title), zh ? '检查当前文档' : 'Check Current Document');
    assert.equal(text(cmd.category), zh ? '讲话稿' : 'Speech Drafter');
  });

  it('runs in the display language the launcher asked for', function () {
    const asked = process.env.SPEECH_DRAFTER_TEST_LOCALE;
    if (!asked) this.skip(); // started by a desktop VS Code, not by test/vscode-server/launch.js
    assert.equal(vscode.env.language, asked);
  });
});
