/**
 * What the drafter sees around the text: outline icons by level, corpus-search results with
 * title, year and line, the export's placeholder warning with line numbers, counts in words.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

const zh = () => vscode.env.language.startsWith('zh');

describe('what the drafter sees', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('the outline has an icon of its own for the title, each heading level and the items', async () => {
    const editor = await openDoc(['在全市工作会议上的讲话', '一、提高站位', '（一）统一思想', '1.细化措施', '（1）分解任务', '一是加强领导；二是压实责任。', ''].join('\n'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const kinds: string[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => {
      for (const s of list) {
        kinds.push(`${s.name.slice(0, 4)}:${vscode.SymbolKind[s.kind]}`);
        walk(s.children);
      }
    };
    walk(symbols);
    assert.deepEqual(kinds, ['在全市工:File', '一、提高:Class', '（一）统:Struct', '1.细化:Number', '（1）分:Key', '一是加强:EnumMember', '二是压实:EnumMember']);
  });

  it('corpus search shows the title, the year and the line of each hit in the detail row', async () => {
    const items = await vscode.commands.executeCommand<Array<{ label: string; detail: string; uri: string; line: number }>>('speechDrafter.searchCorpus', { query: '守土有责' });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const hit = items.find((i) => i.uri.endsWith('/corpus/001-01.md'));
    assert.ok(hit, items.map((i) => i.uri).join(', '));
    assert.ok(hit.label.includes('守土有责'), hit.label);
    const line = hit.line + 1;
    assert.equal(hit.detail, zh() ? `《2023年在全市疫情防控工作会议上讲话》 · 2023 年 · 第 ${line} 行` : `2023年在全市疫情防控工作会议上讲话 · 2023 · line ${line}`);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(hit.uri));
    assert.ok(doc.lineAt(hit.line).text.includes('守土有责'), 'the line named is the line of the hit');
  });

  it('the export warns of each placeholder with its line', async () => {
    const editor = await openDoc(['在全市工作会议上的讲话', '同志们：', '今天，XX书记到会指导。', '会议定于X月X日召开。', ''].join('\n'));
    await waitFor('placeholders', () => ours(editor.document.uri, 'placeholder').length === 2);
    let warning = { message: '', detail: '' };
    const written = await vscode.commands.executeCommand('speechDrafter.exportDocx', {
      ask: async (message: string, detail: string) => {
        warning = { message, detail };
        return 'back';
      },
    });
    assert.equal(written, undefined, 'nothing exported');
    const [first, second] = warning.detail.split('\n');
    if (zh()) {
      assert.equal(warning.message, '还有 2 处占位符没有填写。');
      assert.deepEqual([first, second], ['第 3 行：“XX”', '第 4 行：“X月X日”']);
    } else {
      assert.equal(warning.message, '2 placeholders are not filled in yet.');
      assert.deepEqual([first, second], ['line 3: “XX”', 'line 4: “X月X日”']);
    }
    assert.equal(editor.document.getText(editor.selection), 'XX', 'going back selects the first placeholder');
  });
});
