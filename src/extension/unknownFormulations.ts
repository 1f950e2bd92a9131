/**
 * 列出未收录的提法: the formulations the current document uses that are in no glossary, in a
 * Markdown report, with a way to add them to the workspace glossary as unconfirmed entries.
 */
import * as vscode from 'vscode';
import { unknownFormulations, USER_GLOSSARY_FILE } from '../core';
import { COMMANDS } from './commandIds';
import type { Services } from './extension';
import { activeSpeechEditor } from './speechEditor';

async function addToUserGlossary(terms: readonly string[]): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to keep a workspace glossary.'));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, USER_GLOSSARY_FILE);
  let data: { entries: Array<Record<string, unknown>> } = { entries: [] };
  try {
    data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    if (!Array.isArray(data.entries)) throw new Error(vscode.l10n.t('no "entries" list'));
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read ({1}); nothing was changed.', USER_GLOSSARY_FILE, (e as Error).message));
      return;
    }
  }
  const known = new Set(data.entries.map((e) => e.term));
  for (const t of terms) if (!known.has(t)) data.entries.push({ term: t, status: 'unconfirmed', note: '' });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(data, null, 2) + '\n'));
  await vscode.window.showTextDocument(uri);
}

export function registerUnknownFormulations(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.listUnknownFormulations, async () => {
      const editor = activeSpeechEditor(services);
      if (!editor) return undefined;
      const found = unknownFormulations(editor.document.getText(), services.glossary.current);
      if (found.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every formulation in this document is in the glossary.'));
        return found;
      }
      const rows = found.map((f) => `| ${f.text} | ${f.count} | ${f.context.replace(/\|/g, '\\|')} |`);
      const report = [
        `# ${vscode.l10n.t('Formulations not in the glossary')}`,
        '',
        vscode.l10n.t('From {0}. Pick the ones worth keeping in the list that opens to add them to {1}.', vscode.workspace.asRelativePath(editor.document.uri), USER_GLOSSARY_FILE),
        '',
        `| ${vscode.l10n.t('Formulation')} | ${vscode.l10n.t('Uses')} | ${vscode.l10n.t('First use')} |`,
        '| --- | ---: | --- |',
        ...rows,
        '',
      ].join('\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: report }), { preview: true, viewColumn: vscode.ViewColumn.Beside });
      const picks = await vscode.window.showQuickPick(
        found.map((f) => ({ label: f.text, description: f.count === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', f.count), detail: f.context })),
        { canPickMany: true, title: vscode.l10n.t('Add to the workspace glossary (as unconfirmed entries)?') },
      );
      if (picks?.length) await addToUserGlossary(picks.map((p) => p.label));
      return found;
    }),
  );
}
