/**
 * 清理粘贴文本 (clean pasted text): every safe fix of every rule in one undoable edit, previewed in
 * VS Code's diff view first (the preview itself is not checked), with what changes said in words
 * (the core's fix report: removals first, the removed text of long removals). The edit is composed
 * from the fixes themselves, so nothing outside what the rules flagged changes.
 */
import * as vscode from 'vscode';
import { describeFixReport, fixAllReported, LineCache, type FixReport } from '../core';
import { COMMANDS } from './commandIds';
import { coreLanguage, PREVIEW_SCHEME } from './diagnostics';
import type { Services } from './extension';
import { activeSpeechEditor, toWorkspaceEdit } from './speechEditor';

export interface CleanupOptions {
  /** Ask before applying (default true). Tests and scripts pass false. */
  readonly confirm?: boolean;
  /**
   * Asks in place of the modal confirmation, with the preview open (for tests and scripts, which
   * cannot answer a modal dialog): resolves true to apply.
   */
  readonly ask?: (message: string) => Thenable<boolean>;
}

export function registerCleanup(context: vscode.ExtensionContext, services: Services): void {
  const previews = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => previews.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand(COMMANDS.cleanPastedText, async (options: CleanupOptions = {}) => {
      const editor = activeSpeechEditor(services);
      if (!editor) return undefined;
      const doc = editor.document;
      const analyzer = services.settings.analyzerFor(doc.uri);
      const languageId = coreLanguage(doc.languageId);
      const original = doc.getText();
      const version = doc.version;
      // Passes after the first re-check only the lines the previous pass changed.
      const cache = new LineCache();
      const result: FixReport = fixAllReported(original, (t) => analyzer.analyze(t, { languageId, cache }));
      if (result.edits.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to clean up: no safe fixes in this document.'));
        return result;
      }
      if (options.confirm !== false) {
        const previewUri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: doc.uri.path, query: String(Date.now()) });
        previews.set(previewUri.toString(), result.text);
        changed.fire(previewUri);
        await vscode.commands.executeCommand(
          'vscode.diff',
          doc.uri,
          previewUri,
          vscode.l10n.t('{0} ↔ cleaned (preview)', vscode.workspace.asRelativePath(doc.uri)),
          { preview: true },
        );
        const apply = vscode.l10n.t('Apply');
        const question = vscode.l10n.t('Clean up this document? {0}', describeFixReport(result));
        const choice = options.ask
          ? (await options.ask(question)) && apply
          : await vscode.window.showInformationMessage(question, { modal: true }, apply);
        previews.delete(previewUri.toString());
        // Close the preview diff whatever the choice.
        for (const group of vscode.window.tabGroups.all) {
          for (const tab of group.tabs) {
            if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === previewUri.toString()) {
              await vscode.window.tabGroups.close(tab);
            }
          }
        }
        if (choice !== apply) return undefined;
      }
      if (doc.isClosed || doc.version !== version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the preview was open; nothing was applied. Run the clean-up again.'));
        return undefined;
      }
      const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, result.edits));
      if (ok) void vscode.window.showInformationMessage(vscode.l10n.t('Cleaned up: {0}', describeFixReport(result)));
      return ok ? result : undefined;
    }),
  );
}
