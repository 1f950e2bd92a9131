/**
 * Quotations in a real VS Code: reference folders from speechDrafter.referencePaths, the warning
 * on an altered quotation and its quick fix (never part of fix-all), the hover on an exact one,
 * the command 核对全文引文, and a reference file changed on disk. The official record of
 * ../shared/official/ is written out as reference files when it is present.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeOfficialReferences } from '../../support/officialReferences';
import { officialRecords, SHARED_MISSING } from '../../support/shared';
import { activateExtension, closeAll, openDoc, ours, waitFor } from './util';

const OWN = '关于经济工作\n（2023年3月5日）\n\n我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求。\n必须坚定不移走中国特色社会主义政治发展道路。\n';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

interface Row {
  line: number;
  status: string;
  differences: string;
  source?: { uri: string; line: number; title: string; date?: string };
}

describe('quotations in VS Code', function () {
  this.timeout(60000);
  let dir: string;
  const cfg = () => vscode.workspace.getConfiguration('speechDrafter');
  before(async () => {
    await activateExtension();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-int-refs-'));
    fs.writeFileSync(path.join(dir, 'own.txt'), OWN);
    if (officialRecords()) writeOfficialReferences(path.join(dir, 'official'));
    await cfg().update('referencePaths', [dir], vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await cfg().update('referencePaths', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(closeAll);

  it('warns on a quotation with a word dropped, naming the source and the word; silent on an exact one', async () => {
    const text = '同志们：\n报告指出：“必须坚定不移走中国特色社会主义发展道路。”\n报告强调：“坚持以人民为中心的发展思想，推动高质量发展。”\n';
    const editor = await openDoc(text);
    const [d] = await waitFor('a quotation warning', () => {
      const ds = ours(editor.document.uri, 'quotation');
      return ds.length > 0 && ds;
    }, 30000);
    assert.equal(ours(editor.document.uri, 'quotation').length, 1);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(d.range), '必须坚定不移走中国特色社会主义发展道路。');
    assert.match(d.message, /《关于经济工作》/);
    assert.match(d.message, /“政治” (is missing|缺失)/);
  });

  it('the quick fix puts in the source words; fix-all leaves the quotation alone', async () => {
    const text = '总书记强调：“必须坚定不移走中国特色社会主义发展道路。”\n';
    const editor = await openDoc(text);
    const d = await waitFor('a quotation warning', () => ours(editor.document.uri, 'quotation')[0], 30000);
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.speechDrafter');
    for (const a of fixAll) if (a.edit) await vscode.workspace.applyEdit(a.edit);
    assert.equal(editor.document.getText(), text, 'fix-all changed the quotation');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const fix = actions.find((a) => /Replace with the words of|原文改正/.test(a.title));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), '总书记强调：“必须坚定不移走中国特色社会主义政治发展道路。”\n');
    await waitFor('the warning to go', () => ours(editor.document.uri, 'quotation').length === 0, 30000);
  });

  it('the hover on an exact quotation shows the source document, its date and the sentence', async () => {
    const editor = await openDoc('报告强调：“坚持以人民为中心的发展思想，推动高质量发展。”\n');
    const pos = new vscode.Position(0, 10);
    const text = await waitFor('the quotation hover', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
      return /Matches the source|与原文一致/.test(t) && t;
    }, 30000);
    assert.match(text, /关于经济工作/);
    assert.match(text, /3\/5\/2023|2023年3月5日/);
    assert.match(text, /我们要坚持以人民为中心的发展思想，推动高质量发展，着力扩大国内需求。/);
    assert.match(text, /speechDrafter\.openReference/);
  });

  it('a quotation spread over two lines is checked as one', async () => {
    const editor = await openDoc('总书记强调：“必须坚定不移走中国特色\n社会主义发展道路。”\n');
    const d = await waitFor('a quotation warning', () => ours(editor.document.uri, 'quotation')[0], 30000);
    assert.equal(d.range.start.line, 0);
    assert.equal(d.range.end.line, 1);
    assert.match(d.message, /“政治”/);
  });

  it('核对全文引文 lists every quotation with its status and a link to the source line', async () => {
    const editor = await openDoc('报告指出：“必须坚定不移走中国特色社会主义政治发展道路。”\n他说：“坚持以人民为中心的发展思想，推进高质量发展，着力扩大国内需求。”\n他说：“今天的天气非常好，我们一起去公园散步吧。”\n');
    await waitFor('the references', async () => {
      const rows = await vscode.commands.executeCommand<Row[]>('speechDrafter.checkQuotations');
      return rows && rows.length === 3 && rows[0].status === 'exact' && rows;
    }, 30000);
    const rows = (await vscode.commands.executeCommand<Row[]>('speechDrafter.checkQuotations'))!;
    assert.deepEqual(rows.map((r) => r.status), ['exact', 'different', 'not-found']);
    assert.equal(rows[0].source?.title, '关于经济工作');
    assert.equal(rows[0].source?.line, 5);
    assert.ok(rows[1].differences.length > 0);
    // The link opens the reference at that line.
    await vscode.commands.executeCommand('speechDrafter.openReference', rows[0].source!.uri, rows[0].source!.line - 1);
    const opened = vscode.window.activeTextEditor!;
    assert.equal(opened.document.uri.toString(), rows[0].source!.uri);
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /必须坚定不移走中国特色社会主义政治发展道路/);
    void editor;
  });

  it('a reference file changed on disk is read again', async () => {
    const file = path.join(dir, 'later.md');
    const editor = await openDoc('总书记强调：“要把乡村振兴的各项任务落到实处，久久为功。”\n');
    try {
      fs.writeFileSync(file, '---\ntitle: 新的讲话\ndate: 2025-06-01\n---\n我们要把乡村振兴的各项任务落到实处，持之以恒。\n');
      const d = await waitFor('a warning against the new file', () => ours(editor.document.uri, 'quotation')[0], 30000);
      assert.match(d.message, /新的讲话/);
      fs.writeFileSync(file, '---\ntitle: 新的讲话\ndate: 2025-06-01\n---\n我们要把乡村振兴的各项任务落到实处，久久为功。\n');
      await waitFor('the warning to go once the file matches', () => ours(editor.document.uri, 'quotation').length === 0, 30000);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('quotations of the official record: a swapped word is named with the report and its year', async function () {
    const records = officialRecords();
    if (!records) this.skip(); // SHARED_MISSING
    void SHARED_MISSING;
    const report = records!.find((r) => r.kind === 'report' && r.year === 2024)!;
    const sentence = report.text.split(/(?<=。)/u).map((s) => s.trim()).find((s) => s.includes('推动') && s.length > 20 && s.length < 60 && !/[“”]/u.test(s))!;
    assert.ok(sentence, 'a sentence with 推动 in the 2024 report');
    const editor = await openDoc(`《政府工作报告》提出：“${sentence.replace('推动', '推进')}”\n`);
    const d = await waitFor('a quotation warning', () => ours(editor.document.uri, 'quotation')[0], 30000);
    assert.match(d.message, /“推进”(: the source has| 原文作) “推动”/);
    assert.match(d.message, /2024/);
  });
});
