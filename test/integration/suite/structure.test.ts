/** Structure in a real VS Code: document symbols, renumbering, a snippet, the length status. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc } from './util';

const SPEECH = ['在全市工作会议上的讲话', '同志们：', '下面，我讲三点意见。', '一、提高站位', '（一）统一思想', '要做到：一是加强领导；二是压实责任。', '（二）明确任务', '二、狠抓落实', '四、严格考核', '1、细化措施', ''].join('\n');

describe('structure in VS Code', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('lists the title, headings and enumerations as document symbols', async () => {
    const editor = await openDoc(SPEECH);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols.length, 1);
    const title = symbols[0];
    assert.equal(title.name, '在全市工作会议上的讲话');
    assert.deepEqual(title.children.map((c) => c.name), ['一、提高站位', '二、狠抓落实', '四、严格考核']);
    const first = title.children[0];
    assert.deepEqual(first.children.map((c) => c.name), ['（一）统一思想', '（二）明确任务']);
    assert.deepEqual(first.children[0].children.map((c) => c.name), ['一是加强领导', '二是压实责任']);
    assert.deepEqual(title.children[2].children.map((c) => c.name), ['1、细化措施']);
  });

  it('renumbers every level in one undoable edit', async () => {
    const editor = await openDoc(SPEECH);
    await vscode.commands.executeCommand('speechDrafter.renumber');
    const text = editor.document.getText();
    assert.ok(text.includes('\n三、严格考核\n1.细化措施'), text);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), SPEECH);
  });

  it('expands a speech frame snippet with placeholders in its fields', async () => {
    const editor = await openDoc('');
    await editor.insertSnippet(new vscode.SnippetString('${1:××}同志：一是${2:××}。'));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'plaintext', name: '表态发言' });
    const text = editor.document.getText();
    assert.ok(text.includes('表态发言') && text.includes('我的发言完毕，谢谢！'), text);
  });

  it('the length command opens its breakdown and closes cleanly', async () => {
    await openDoc(SPEECH);
    const shown = vscode.commands.executeCommand('speechDrafter.showLength');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await shown;
  });
});
