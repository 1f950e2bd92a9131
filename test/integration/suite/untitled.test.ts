/**
 * A speech pasted into a new, untitled editor (Ctrl+N, Ctrl+V): checked within a second, with the
 * comfort defaults, whatever language VS Code's auto-detection guesses for it afterwards.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, ours, waitFor } from './util';

// A speech as drafters paste it: a salutation line ending in a colon (which the language guess
// reads as Ini), a half-width comma, placeholders and a website's editor note.
const PASTED = [
  '在全县安全生产工作会议上的讲话',
  '同志们：',
  '今天我们召开XX县安全生产工作会议,主要任务是传达XX书记讲话精神。下面是小编为大家整理的讲话稿，供大家参考。',
  '一、提高认识,压实责任',
  'XX同志要抓好落实。',
  '',
].join('\n');

/** The editor settings VS Code applies to this document (its language's defaults included). */
function editorSetting<T>(doc: vscode.TextDocument, key: string): T | undefined {
  return vscode.workspace.getConfiguration('editor', { uri: doc.uri, languageId: doc.languageId }).get<T>(key);
}

async function newUntitledEditor(): Promise<vscode.TextEditor> {
  await closeAll();
  await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
  return waitFor('a new untitled editor', () => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.isUntitled && e.document.getText() === '' && e;
  });
}

describe('a speech pasted into a new editor', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('is checked within a second and stays checked, in Plain Text with word wrap and no highlight boxes', async () => {
    const editor = await newUntitledEditor();
    const languages: string[] = [];
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === editor.document.uri.toString()) languages.push(d.languageId);
    });
    try {
      await vscode.commands.executeCommand('paste', { text: PASTED });
      const pasted = Date.now();
      const doc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString())!;
      const problems = () => ours(doc().uri).filter((d) => d.code === 'placeholder' || d.code === 'halfwidth-punctuation');
      await waitFor('problems of the pasted speech within a second', () => problems().length >= 2, 1000);
      const firstSeen = Date.now() - pasted;
      // Auto-detection guesses the language of an untitled document about a second after a change.
      await new Promise((r) => setTimeout(r, 2500));
      await waitFor(() => `Plain Text again after the guesses ${languages.join(', ')}`, () => doc().languageId === 'plaintext', 2000);
      const codes = new Set(ours(doc().uri).map((d) => d.code));
      assert.ok(codes.has('placeholder') && codes.has('halfwidth-punctuation'), `problems after ${languages.join(' → ') || 'no guess'}: ${[...codes].join(', ')}`);
      assert.equal(editorSetting(doc(), 'wordWrap'), 'on');
      assert.equal(editorSetting(doc(), 'unicodeHighlight.ambiguousCharacters'), false);
      assert.equal(editorSetting(doc(), 'unicodeHighlight.invisibleCharacters'), false);
      assert.ok(firstSeen <= 1000, `${firstSeen} ms`);
    } finally {
      sub.dispose();
    }
  });

  it('is set back to Plain Text once when given another language, and a language picked later is kept', async () => {
    const editor = await newUntitledEditor();
    await vscode.commands.executeCommand('paste', { text: PASTED });
    const uri = editor.document.uri;
    const doc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    // As the language guess does it.
    await vscode.languages.setTextDocumentLanguage(doc(), 'ini');
    await waitFor('Plain Text again', () => doc().languageId === 'plaintext');
    await waitFor('the problems again', () => ours(uri, 'placeholder').length >= 1);
    // The person picks Ini by hand: that is their choice.
    await vscode.languages.setTextDocumentLanguage(doc(), 'ini');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(doc().languageId, 'ini');
    assert.equal(ours(uri).length, 0);
  });

  it('leaves an untitled document that is not Chinese prose in the language it was given', async () => {
    const editor = await newUntitledEditor();
    await vscode.commands.executeCommand('paste', { text: '[server]\nhost = 127.0.0.1 ; 服务器\nport = 8080\n' });
    await vscode.languages.setTextDocumentLanguage(editor.document, 'ini');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'ini');
  });
});
