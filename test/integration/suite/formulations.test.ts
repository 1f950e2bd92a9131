/** The member check, completions with members and the list of formulations not in the glossary, in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

/**
 * Two unsaved documents in two editor groups: revert and close each, and wait until the extension
 * host has let them go, so that the next test's Untitled-1 is a new document.
 */
async function revertAndClose(...docs: vscode.TextDocument[]): Promise<void> {
  for (const doc of docs) {
    if (doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await waitFor('documents closed', () => docs.every((d) => d.isClosed));
  await vscode.commands.executeCommand('workbench.action.closeAllGroups');
}

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('formulations: member check, completion, unknown formulations', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('flags reordered members with the right wording as a quick fix, which is not applied by fix-all', async () => {
    const editor = await openDoc('同志们，要增强政治意识、大局意识、看齐意识、核心意识。');
    const doc = editor.document;
    const [d] = await waitFor('formulation-members', () => ours(doc.uri, 'formulation-members').length === 1 && ours(doc.uri, 'formulation-members'));
    assert.equal(doc.getText(d.range), '政治意识、大局意识、看齐意识、核心意识');
    assert.match(d.message, /四个意识/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('政治意识、大局意识、核心意识、看齐意识'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), '同志们，要增强政治意识、大局意识、核心意识、看齐意识。');
    await waitFor('no finding after the fix', () => ours(doc.uri, 'formulation-members').length === 0);
  });

  it('says nothing on correct text that names the members with 和', async () => {
    const editor = await openDoc('XX书记要求，压紧压实属地、部门、单位和个人疫情防控责任，增强政治意识、大局意识、核心意识、看齐意识。');
    // The placeholder finding shows the document has been checked.
    await waitFor('checked', () => ours(editor.document.uri, 'placeholder').length > 0);
    assert.deepEqual(ours(editor.document.uri, 'formulation-members'), []);
  });

  it('completes a formulation whose members carry their own 、 with ， between them', async () => {
    const editor = await openDoc('做到sgwb');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 6));
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('三个务必'), labels.join(' | '));
    assert.ok(labels.includes('务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争“三个务必”'), labels.join(' | '));
  });

  it('offers no glossary completion on an English word', async () => {
    const editor = await openDoc('the meeting');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 11));
    // VS Code's own word-based suggestions (kind Text, from other open documents) are not ours.
    const ours = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text && /\p{Script=Han}/u.test(labelOf(i)));
    assert.deepEqual(ours.map(labelOf), []);
  });

  it('lists the formulations the speech uses that are in no glossary, in a Markdown report', async () => {
    const source = (await openDoc('要坚持“一盘棋”，落实“三服务”要求，做到“四早”。\n全市上下一盘棋，坚持“一盘棋”。')).document;
    const running = vscode.commands.executeCommand<Array<{ text: string; count: number }>>('speechDrafter.listUnknownFormulations');
    // The command then offers to add them to the workspace glossary: close that list.
    const report = await waitFor('report', () => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.languageId === 'markdown' && d.getText().includes('一盘棋')));
    let found: Array<{ text: string; count: number }> | undefined;
    void Promise.resolve(running).then((r) => (found = r));
    await waitFor('the offer to add them closed', async () => {
      if (!found) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise((r) => setTimeout(r, 100));
      return found;
    });
    assert.deepEqual(found!.map((f) => [f.text, f.count]), [['一盘棋', 2], ['三服务', 1]]);
    try {
      assert.match(report.getText(), /\| 一盘棋 \| 2 \|/);
      assert.doesNotMatch(report.getText(), /^\| 四早 \|/m);
    } finally {
      await revertAndClose(report, source);
    }
  });
});
