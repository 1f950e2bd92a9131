/** Helpers for the integration suite (real VS Code API). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export async function waitFor<T>(what: string | (() => string), probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'speech-drafter' && (rule === undefined || d.code === rule));
}

/**
 * A new untitled document with `content`. While a closed untitled document is not yet disposed,
 * VS Code can hand back that one (same name, old text): then wait and open again.
 */
export async function openDoc(content: string, language: 'plaintext' | 'markdown' = 'plaintext'): Promise<vscode.TextEditor> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ content, language });
    if (doc.getText() === content) return vscode.window.showTextDocument(doc);
    await closeAll();
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail('VS Code kept handing back an old untitled document');
}

/**
 * Close every editor in every group, reverting untitled documents, so the next test's untitled
 * document never shares a name (Untitled-1) with one that is still open.
 */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeAllGroups');
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'speech-drafter');
  assert.ok(ext, `extension speech-drafter is installed; found: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  await ext.activate();
}
