/** Formulations in a real VS Code: hovers and completions, with the corpus behind them. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, waitFor } from './util';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('formulations in VS Code', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('hover explains a term with its members, origin, source and usages from the corpus', async () => {
    const editor = await openDoc('要压实属地、部门、单位、个人“四方责任”。');
    const pos = new vscode.Position(0, editor.document.getText().indexOf('四方责任') + 1);
    const text = await waitFor('hover with usages', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
      return t.includes('speechDrafter.openCorpusHit') && t;
    });
    assert.match(text, /\*\*四方责任\*\*/);
    assert.match(text, /属地、部门、单位、个人/);
    assert.match(text, /国办发明电〔2020〕16号/);
  });

  it('an unconfirmed term gets no definition, only usages, and says so', async () => {
    const editor = await openDoc('要认真反思“四个是否”。');
    const pos = new vscode.Position(0, 8);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
    assert.match(text, /unconfirmed|未经核实/);
    assert.doesNotMatch(text, /Members|组成/);
  });

  it('completes a term from its pinyin initials, with and without its members', async () => {
    const editor = await openDoc('压实sfzr');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 6));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('四方责任'), labels.join(' | '));
    assert.ok(labels.includes('属地、部门、单位、个人“四方责任”'), labels.join(' | '));
  });

  it('completes a term from its first Chinese characters', async () => {
    const editor = await openDoc('增强四个意');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 5));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('四个意识'), labels.join(' | '));
  });

  it('a folder of the user’s own speeches (speechDrafter.corpusPaths) is indexed and quoted in hovers', async () => {
    const cfg = vscode.workspace.getConfiguration('speechDrafter');
    try {
      await cfg.update('corpusPaths', ['my-speeches'], vscode.ConfigurationTarget.Workspace);
      const editor = await openDoc('坚持逢阳必报。');
      const pos = new vscode.Position(0, 3);
      const text = await waitFor('usage from the user folder', async () => {
        const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
        return t.includes('在全县疫情防控会议上的讲话') && t;
      });
      assert.match(text, /逢阳必报/);
    } finally {
      await cfg.update('corpusPaths', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
