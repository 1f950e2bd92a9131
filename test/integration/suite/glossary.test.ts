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

  it('hover of a curated formulation: members, status and sources first, then meaning, first statement, the record and the earlier wording', async () => {
    const editor = await openDoc('协调推进“四个全面”战略布局。');
    const pos = new vscode.Position(0, editor.document.getText().indexOf('四个全面') + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
    const at = (re: RegExp) => {
      const m = re.exec(text);
      assert.ok(m, `${re} in ${text}`);
      return m.index;
    };
    const order = [/Members|组成/, /Status|状态/, /Sources|来源/, /Meaning|释义/, /First stated|首次提出/, /official record|官方文献/, /Earlier wording|旧表述/].map(at);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'members, status, sources, meaning, first stated, record, earlier wording');
    assert.match(text, /全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党/);
    assert.match(text, /\]\(https?:\/\//, 'sources are links');
    assert.match(text, /2020-10/);
  });

  it('hover of a formulation only the official record has: where it is first and last used, and that it is not curated', async () => {
    const editor = await openDoc('推进“证照分离”改革。');
    const pos = new vscode.Position(0, editor.document.getText().indexOf('证照分离') + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
    assert.match(text, /\*\*证照分离\*\*/);
    assert.match(text, /not curated|尚未人工核订/);
    assert.match(text, /first in \d{4}年《|最早见于\d{4}年《/);
    assert.doesNotMatch(text, /Meaning|释义/);
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
