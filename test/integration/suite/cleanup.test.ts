/**
 * The clean-up of pasted text as a drafter meets it: a preview that is not itself checked, and a
 * confirmation that says in words what will change.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

// Written for this test: a website's editor note on a line of its own (21 characters), two
// half-width commas, a confused word, and a placeholder that only the drafter can fill in (so the
// preview, if it were checked, would have a problem of its own).
const PASTED = ['同志们：', '下面是小编为大家整理的讲话稿，供大家参考。', '截止目前,全县安全生产形势总体平稳,事故起数下降。', 'XX书记作了讲话。', ''].join('\n');

describe('clean pasted text', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('previews without checking the preview, asks in words, then applies as one undoable edit', async () => {
    const editor = await openDoc(PASTED);
    const doc = editor.document;
    await waitFor('the problems of the pasted text', () => ours(doc.uri).length >= 5);
    let asked = '';
    let previewDiagnostics: string[] = [];
    let previewText = '';
    await vscode.commands.executeCommand('speechDrafter.cleanPastedText', {
      ask: async (message: string) => {
        asked = message;
        const tab = await waitFor('the preview diff', () =>
          vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .find((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === 'speech-drafter-preview'),
        );
        const previewUri = (tab.input as vscode.TabInputTextDiff).modified;
        previewText = (await vscode.workspace.openTextDocument(previewUri)).getText();
        // Longer than the check's debounce: a checked preview would have its problems by now.
        await new Promise((r) => setTimeout(r, 800));
        previewDiagnostics = vscode.languages
          .getDiagnostics()
          .filter(([uri]) => uri.scheme === 'speech-drafter-preview')
          .map(([uri, ds]) => `${uri.toString()}: ${ds.length}`);
        return true;
      },
    });
    const zh = vscode.env.language.startsWith('zh');
    assert.equal(
      asked,
      zh
        ? '清理此文档？共 4 处修改：删除网站残留 1 处（“下面是小编为大家……”，21 字），标点 2 处，错别字 1 处'
        : 'Clean up this document? 4 changes: 1 website leftover removed (“下面是小编为大家……”, 21 characters), 2 punctuation marks, 1 wrong word',
    );
    assert.deepEqual(previewDiagnostics, [], 'the preview has no problems of its own in the Problems panel');
    assert.equal(previewText, '同志们：\n截至目前，全县安全生产形势总体平稳，事故起数下降。\nXX书记作了讲话。\n');
    assert.equal(doc.getText(), previewText, 'what was previewed is applied');
    assert.ok(
      !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputTextDiff),
      'the preview is closed',
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), PASTED, 'one undo restores everything');
  });
});
