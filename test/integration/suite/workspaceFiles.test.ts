/**
 * Files the extension reads itself, in a real VS Code: a GB18030 speech in the workspace check
 * (the same findings as the CLI gives), and `.speechdrafter.json` written with comments, trailing
 * commas and a BOM, edited by "Ignore in this workspace" without losing them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { main, type JsonFinding } from '../../../src/cli/main';
import { encodeGb18030 } from '../../support/gb18030';
import { activateExtension, ours, waitFor } from './util';

const SPEECH = '在全市工作会议上的讲话\n同志们：\n今天召开全市工作会议,XX书记作了重要讲话。\n手机版\n';

async function cliFindings(file: string, cwd: string): Promise<JsonFinding[]> {
  let out = '';
  // The CLI in the display language of this VS Code, so the messages compare too.
  const LANG = vscode.env.language.startsWith('zh') ? 'zh_CN.UTF-8' : 'C';
  await main(['check', '--format', 'json', file], { stdout: (s) => (out += s), stderr: () => undefined, cwd, env: { LANG } });
  return JSON.parse(out) as JsonFinding[];
}

describe('files the extension reads', function () {
  this.timeout(30000);
  before(activateExtension);
  const folder = () => {
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f, 'the test workspace is open');
    return f.uri.fsPath;
  };

  it('a GB18030 speech gives the same findings in the workspace check as in the CLI', async () => {
    const file = path.join(folder(), 'speeches', 'gb18030.txt');
    fs.writeFileSync(file, encodeGb18030(SPEECH));
    const uri = vscode.Uri.file(file);
    try {
      const expected = await cliFindings(file, folder());
      assert.ok(expected.length >= 3, JSON.stringify(expected));
      await vscode.commands.executeCommand('speechDrafter.checkWorkspace');
      const shown = await waitFor('diagnostics of the GB18030 file', () => ours(uri).length === expected.length && ours(uri));
      const seen = shown.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, rule: d.code, message: d.message }));
      const want = expected.map(({ line, column, endLine, endColumn, rule, message }) => ({ line, column, endLine, endColumn, rule, message }));
      assert.deepEqual(seen, want);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('"Ignore in this workspace" edits a commented .speechdrafter.json in place, and the setting applies', async () => {
    const config = path.join(folder(), '.speechdrafter.json');
    fs.writeFileSync(config, '\ufeff{\n  // The drafting team\'s settings\n  "rules": { "traditional-char": "warning", },\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder(), 'speeches', 'draft.txt')));
    await vscode.window.showTextDocument(doc);
    try {
      const placeholder = await waitFor('the placeholder in draft.txt', () => ours(doc.uri, 'placeholder')[0]);
      const flagged = doc.getText(placeholder.range);
      await vscode.commands.executeCommand('speechDrafter.ignoreInWorkspace', doc.uri, flagged);
      const written = fs.readFileSync(config, 'utf8');
      assert.ok(written.startsWith('\ufeff{'), 'the BOM is kept');
      assert.match(written, /\/\/ The drafting team's settings/);
      assert.match(written, /"traditional-char": "warning"/);
      assert.deepEqual((parse(written.slice(1), [], { allowTrailingComma: true }) as { allow: string[] }).allow, [flagged]);
      await waitFor('the placeholder no longer flagged', () => ours(doc.uri, 'placeholder').every((d) => doc.getText(d.range) !== flagged));
    } finally {
      fs.rmSync(config, { force: true });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('a Word document in a corpus folder is indexed for the corpus search', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const dir = path.join(folder(), 'word-speeches');
    fs.mkdirSync(dir, { recursive: true });
    const phrase = '防汛抗旱第十七号演练预案';
    const file = path.join(dir, '防汛讲话.docx');
    fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('在全市防汛工作会议上的讲话'), new Paragraph(`同志们：要落实${phrase}。`)] }] })));
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'speech-drafter')!;
    const services = ext.exports as { corpus: { store: { search(q: string, o: { limit: number }): Array<{ uri: string; context: string }> } } };
    const cfg = vscode.workspace.getConfiguration('speechDrafter');
    try {
      await cfg.update('corpusPaths', ['word-speeches'], vscode.ConfigurationTarget.Workspace);
      const hit = await waitFor('the .docx in the corpus', () => services.corpus.store.search(phrase, { limit: 5 }).find((h) => h.uri.endsWith('.docx')));
      assert.match(hit.context, new RegExp(phrase));
    } finally {
      await cfg.update('corpusPaths', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
