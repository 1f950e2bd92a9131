/**
 * Checking in a real VS Code: diagnostics on open and on typing, quick fixes, fix-all,
 * settings, commands. Real `vscode` API; no mock.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

const SPEECH = [
  '手机版',
  '您的当前位置: 77范文网 > 范文大全 > 讲话稿',
  '在全市工作会议上的讲话【精选推荐】',
  '下面是小编为大家整理的讲话，供大家参考。',
  '同志们：',
  '刚才，XX书记作了重要讲话，我完全同意。',
  'X月X日，XX书记到我市调研。',
  'Copyright © 2015-2024 77范文网 版权所有',
  '',
].join('\n');

const SPEECH_ONLY = ['在全市工作会议上的讲话', '同志们：', '刚才，XX书记作了重要讲话，我完全同意。', 'X月X日，XX书记到我市调研。', ''].join('\n');

describe('checking in VS Code', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('shows placeholder and website diagnostics on open, with the rule id as code', async () => {
    const editor = await openDoc(SPEECH);
    const uri = editor.document.uri;
    const diags = await waitFor('diagnostics', () => ours(uri).length >= 8 && ours(uri));
    const codes = new Set(diags.map((d) => d.code));
    assert.ok(codes.has('placeholder') && codes.has('web-boilerplate'), [...codes].join());
    const xx = diags.find((d) => d.code === 'placeholder' && editor.document.getText(d.range) === 'XX');
    assert.ok(xx, 'XX is flagged');
    assert.equal(xx.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('re-checks as the person types and clears a fixed placeholder', async () => {
    const editor = await openDoc('XX书记讲话。');
    const uri = editor.document.uri;
    await waitFor('placeholder', () => ours(uri, 'placeholder').length === 1);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 0, 2), '王刚'));
    await waitFor('no placeholder', () => ours(uri, 'placeholder').length === 0);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '××主任和'));
    await waitFor('placeholder again', () => ours(uri, 'placeholder').length === 1);
  });

  it('offers quick fixes matched on the rule id, and one of them edits the text', async () => {
    const editor = await openDoc(SPEECH);
    const doc = editor.document;
    const site = await waitFor('website finding', () => ours(doc.uri, 'web-boilerplate').find((d) => doc.getText(d.range) === '手机版'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, site.range, vscode.CodeActionKind.QuickFix.value);
    const remove = actions.find((a) => a.edit && a.title.length > 0 && a.isPreferred);
    assert.ok(remove, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.command?.command === 'speechDrafter.ignoreInWorkspace'));
    const before = ours(doc.uri, 'web-boilerplate').length;
    assert.ok(await vscode.workspace.applyEdit(remove.edit!));
    assert.ok(!doc.getText().includes('手机版'));
    assert.ok(doc.getText().startsWith('您的当前位置'));
    await waitFor('re-check after the fix', () => ours(doc.uri, 'web-boilerplate').length === before - 1);
    const ph = ours(doc.uri, 'placeholder').find((d) => doc.getText(d.range) === 'XX');
    assert.ok(ph);
    const phActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, ph.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(phActions.some((a) => a.command?.command === 'speechDrafter.fillPlaceholder' && a.command.arguments?.[3] === false));
    assert.ok(phActions.some((a) => a.command?.command === 'speechDrafter.fillPlaceholder' && a.command.arguments?.[3] === true), 'fill every XX书记 at once');
  });

  it('removing all website leftovers leaves only the speech, in one undoable edit', async () => {
    const editor = await openDoc(SPEECH);
    const doc = editor.document;
    await waitFor('diagnostics', () => ours(doc.uri, 'web-boilerplate').length >= 5);
    await vscode.commands.executeCommand('speechDrafter.removeWebBoilerplate');
    assert.equal(doc.getText(), SPEECH_ONLY);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), SPEECH, 'one undo restores everything');
  });

  it('clean pasted text (without the preview prompt) applies every safe fix at once', async () => {
    const editor = await openDoc(SPEECH);
    const doc = editor.document;
    await waitFor('diagnostics', () => ours(doc.uri).length > 0);
    await vscode.commands.executeCommand('speechDrafter.cleanPastedText', { confirm: false });
    assert.ok(!doc.getText().includes('小编'));
    assert.ok(doc.getText().includes('XX书记'), 'placeholders need a person: not fixed automatically');
  });

  it('go to next placeholder selects it', async () => {
    const editor = await openDoc('同志们：\n刚才，XX书记作了讲话。\nX月X日，我们开会。');
    await waitFor('placeholders', () => ours(editor.document.uri, 'placeholder').length === 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('speechDrafter.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'XX');
    await vscode.commands.executeCommand('speechDrafter.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'X月X日');
  });

  it('a setting change takes effect, and a bad pattern leaves the other checks working', async () => {
    const cfg = vscode.workspace.getConfiguration('speechDrafter');
    const editor = await openDoc('手机版\nXX书记讲话。');
    const uri = editor.document.uri;
    await waitFor('both rules', () => ours(uri, 'placeholder').length === 1 && ours(uri, 'web-boilerplate').length === 1);
    try {
      await cfg.update('rules', { placeholder: 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('placeholder off', () => ours(uri, 'placeholder').length === 0 && ours(uri, 'web-boilerplate').length === 1);
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await cfg.update('placeholderPatterns', ['讲(话'], vscode.ConfigurationTarget.Global);
      await waitFor('still checked', () => ours(uri, 'placeholder').length === 1 && ours(uri, 'web-boilerplate').length === 1);
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await cfg.update('placeholderPatterns', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('works for Markdown and clears diagnostics when the document closes', async () => {
    const editor = await openDoc('# 标题\n\n`XX` 不算，**XX书记**要查。\n', 'markdown');
    const uri = editor.document.uri;
    // Only the XX outside the code span is flagged, at its exact position.
    await waitFor(
      () => `markdown placeholder; have ${JSON.stringify(ours(uri).map((d) => [d.code, d.range.start.line, d.range.start.character]))} in ${editor.document.languageId} ${uri.toString()} v${editor.document.version} ${JSON.stringify(editor.document.getText())}`,
      () => {
        const d = ours(uri, 'placeholder');
        return d.length === 1 && d[0].range.start.line === 2 && d[0].range.start.character === 10 && editor.document.getText(d[0].range) === 'XX';
      },
    );
    await closeAll();
    await waitFor('cleared', () => ours(uri).length === 0);
  });

  it('the check-document command runs', async () => {
    await openDoc('XX书记讲话。');
    await vscode.commands.executeCommand('speechDrafter.checkDocument');
  });
});

describe('checking the whole workspace', function () {
  this.timeout(30000);
  before(activateExtension);

  it('lists the problems of unopened speeches in the Problems panel', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const draft = vscode.Uri.joinPath(folder.uri, 'speeches', 'draft.txt');
    const pledge = vscode.Uri.joinPath(folder.uri, 'speeches', 'pledge.md');
    await vscode.commands.executeCommand('speechDrafter.checkWorkspace');
    await waitFor('workspace diagnostics', () => ours(draft, 'placeholder').length === 1 && ours(pledge, 'placeholder').length === 1);
  });
});

describe('text hygiene in VS Code', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('flags ASCII punctuation and traditional characters, and converts the document in one undoable edit', async () => {
    const original = '同志們:今天開會,研究工作。\n區(qū)裡的同志要加強領導。\n';
    const editor = await openDoc(original);
    const uri = editor.document.uri;
    await waitFor('hygiene findings', () => ours(uri, 'halfwidth-punctuation').length === 2 && ours(uri, 'traditional-char').length > 0 && ours(uri, 'pinyin-annotation').length === 1);
    await vscode.commands.executeCommand('speechDrafter.convertToSimplified');
    assert.equal(editor.document.getText(), '同志们:今天开会,研究工作。\n区(qū)里的同志要加强领导。\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    await vscode.commands.executeCommand('speechDrafter.cleanPastedText', { confirm: false });
    assert.equal(editor.document.getText(), '同志们：今天开会，研究工作。\n区里的同志要加强领导。\n');
  });

  it('offers source.fixAll for codeActionsOnSave', async () => {
    const editor = await openDoc('同志们:今天开会。\n');
    await waitFor('finding', () => ours(editor.document.uri, 'halfwidth-punctuation').length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value,
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.speechDrafter');
    assert.ok(fixAll?.edit, actions.map((a) => a.kind?.value).join());
    await vscode.workspace.applyEdit(fixAll.edit);
    assert.equal(editor.document.getText(), '同志们：今天开会。\n');
  });
});
