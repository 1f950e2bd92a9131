/**
 * Status bar: the speech's length in characters and the estimated delivery time at the setting
 * speechDrafter.speakingRate (字/分钟), for the selection when there is one. Clicking it shows
 * the breakdown per section and the placeholders left.
 */
import * as vscode from 'vscode';
import { countCharacters, deliveryMinutes, findingsOf, RULE } from '../core';
import { COMMANDS } from './commandIds';
import { debounced } from './debounce';
import type { Services } from './extension';
import { activeSpeechEditor } from './speechEditor';
import { structureOf } from './structure';
const DEFAULT_RATE = 180;

function rate(): number {
  const v = vscode.workspace.getConfiguration('speechDrafter').get<unknown>('speakingRate', DEFAULT_RATE);
  return typeof v === 'number' && v >= 60 && v <= 400 ? v : DEFAULT_RATE;
}

function minutes(count: number): string {
  const m = deliveryMinutes(count, rate());
  return m < 1 ? vscode.l10n.t('under 1 min') : vscode.l10n.t('{0} min', m);
}

export function registerLength(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('speechDrafter.length', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Speech length');
  item.command = COMMANDS.showLength;

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !services.diagnostics.serves(editor.document)) {
      item.hide();
      return;
    }
    const selected = editor.selections.filter((s) => !s.isEmpty);
    const text = selected.length ? selected.map((s) => editor.document.getText(s)).join('\n') : editor.document.getText();
    const count = countCharacters(text);
    item.text = selected.length
      ? vscode.l10n.t('$(selection) {0} chars · {1}', count, minutes(count))
      : vscode.l10n.t('$(clock) {0} chars · {1}', count, minutes(count));
    item.tooltip = new vscode.MarkdownString(
      vscode.l10n.t(
        'Length of the {0}: {1} characters, about {2} to deliver at {3} characters a minute (setting speechDrafter.speakingRate).\n\nCounted: each Han character and full-width punctuation mark, and each English word or number, as one; spaces and line breaks not. Click for the breakdown per section.',
        selected.length ? vscode.l10n.t('selection') : vscode.l10n.t('speech'),
        count,
        minutes(count),
        rate(),
      ),
    );
    item.show();
  };
  const schedule = debounced(200, update);

  context.subscriptions.push(
    item,
    schedule,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.window.onDidChangeTextEditorSelection(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('speechDrafter')) schedule();
    }),
    vscode.commands.registerCommand(COMMANDS.showLength, async () => {
      const editor = activeSpeechEditor(services);
      if (!editor) return;
      const doc = editor.document;
      const level1 = structureOf(doc).headings.filter((h) => h.level === 1);
      const items: Array<vscode.QuickPickItem & { line?: number }> = [];
      const bounds = [{ line: 0, label: vscode.l10n.t('Opening') }, ...level1.map((h) => ({ line: h.line, label: doc.lineAt(h.line).text.trim() }))];
      bounds.forEach((b, i) => {
        const end = i + 1 < bounds.length ? doc.lineAt(bounds[i + 1].line).range.start : doc.lineAt(doc.lineCount - 1).range.end;
        const count = countCharacters(doc.getText(new vscode.Range(b.line, 0, end.line, end.character)));
        if (count > 0) items.push({ label: b.label.slice(0, 60), description: vscode.l10n.t('{0} chars · {1}', count, minutes(count)), line: b.line });
      });
      const placeholders = findingsOf(services.diagnostics.findings(doc), RULE.placeholder).length;
      const total = countCharacters(doc.getText());
      items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
      items.push({ label: vscode.l10n.t('Total: {0} chars · {1}', total, minutes(total)), description: placeholders === 1 ? vscode.l10n.t('1 placeholder left') : vscode.l10n.t('{0} placeholders left', placeholders) });
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Speech length by section') });
      if (pick?.line !== undefined) {
        const pos = new vscode.Position(pick.line, 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
      }
    }),
  );
  update();
}
