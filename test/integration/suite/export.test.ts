/** The Word export command in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openDoc } from './util';

describe('export to Word in VS Code', function () {
  this.timeout(30000);
  before(activateExtension);
  afterEach(closeAll);

  it('writes a .docx of the active speech', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'exported.docx');
    await openDoc('在全市工作会议上的讲话\n同志们：\n一、提高站位\n今天开会。\n');
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDrafter.exportDocx', { target, force: true });
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString(), 'PK', 'a zip (Office Open XML) file');
    assert.ok(bytes.length > 5000);
  });
});
