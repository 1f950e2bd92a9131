/**
 * 导出为 Word（公文格式）: the active speech as a .docx in the national layout. Placeholders left
 * in the text are reported first (the user goes on or goes back); an existing file is never
 * overwritten without the save dialog's confirmation.
 */
import * as vscode from 'vscode';
import { findingsOf, RULE } from '../core';
import { DEFAULT_FONTS, type FontChoices } from '../export/layout';
import { COMMANDS } from './commandIds';
import { coreLanguage } from './diagnostics';
import type { Services } from './extension';
import { activeSpeechEditor } from './speechEditor';

/** Options for scripts and tests: a target and no questions. */
export interface ExportArgs {
  readonly target?: vscode.Uri;
  readonly force?: boolean;
  /**
   * Answers the placeholder warning in place of the modal dialog (scripts and tests cannot answer
   * a modal): 'export' goes on, 'back' selects the first placeholder, undefined cancels.
   */
  readonly ask?: (message: string, detail: string) => Thenable<'export' | 'back' | undefined>;
}

/** Placeholders listed in the warning, each with its line. */
const LISTED_PLACEHOLDERS = 8;

/** The warning before exporting a speech with placeholders: how many, and where (line and text). */
export function placeholderWarning(doc: vscode.TextDocument, placeholders: ReadonlyArray<{ start: number; end: number }>): { message: string; detail: string } {
  const n = placeholders.length;
  const message = n === 1 ? vscode.l10n.t('1 placeholder is not filled in yet.') : vscode.l10n.t('{0} placeholders are not filled in yet.', n);
  const lines = placeholders
    .slice(0, LISTED_PLACEHOLDERS)
    .map((f) => vscode.l10n.t('line {0}: “{1}”', doc.positionAt(f.start).line + 1, doc.getText(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)))));
  if (n > LISTED_PLACEHOLDERS) lines.push(vscode.l10n.t('and {0} more', n - LISTED_PLACEHOLDERS));
  lines.push('', vscode.l10n.t('A speech with placeholders should not reach the speaker.'));
  return { message, detail: lines.join('\n') };
}

function fontSetting(output: vscode.OutputChannel): Partial<FontChoices> {
  const raw = vscode.workspace.getConfiguration('speechDrafter').get<unknown>('export.fonts');
  const out: Record<string, string[]> = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const role of Object.keys(DEFAULT_FONTS)) {
      const v = (raw as Record<string, unknown>)[role];
      if (v === undefined) continue;
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim())) out[role] = v as string[];
      else output.appendLine(vscode.l10n.t('speechDrafter.export.fonts.{0} must be a non-empty list of font names; the default is used.', role));
    }
  }
  return out;
}

export function registerExportDocx(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.exportDocx, async (args: ExportArgs = {}) => {
      const editor = activeSpeechEditor(services);
      if (!editor) return undefined;
      const doc = editor.document;
      const text = doc.getText();
      const placeholders = findingsOf(services.diagnostics.findings(doc), RULE.placeholder);
      if (placeholders.length && !args.force) {
        const { message, detail } = placeholderWarning(doc, placeholders);
        const goOn = vscode.l10n.t('Export Anyway');
        const goBack = vscode.l10n.t('Go to First Placeholder');
        const answer = args.ask ? await args.ask(message, detail) : undefined;
        const choice = args.ask
          ? answer === 'export'
            ? goOn
            : answer === 'back'
              ? goBack
              : undefined
          : await vscode.window.showWarningMessage(message, { modal: true, detail }, goOn, goBack);
        if (choice === goBack) {
          const r = new vscode.Range(doc.positionAt(placeholders[0].start), doc.positionAt(placeholders[0].end));
          editor.selection = new vscode.Selection(r.start, r.end);
          editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
        }
        if (choice !== goOn) return undefined;
      }
      let target = args.target;
      if (!target) {
        const base = doc.isUntitled ? vscode.l10n.t('speech') : doc.uri.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
        const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
        target = await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.docx`) : undefined,
          filters: { [vscode.l10n.t('Word document')]: ['docx'] },
          title: vscode.l10n.t('Export to Word (official layout)'),
        });
        if (!target) return undefined;
      }
      const { exportDocx } = await import('../export/docx');
      const bytes = await exportDocx(text, { markdown: coreLanguage(doc.languageId) === 'markdown', fonts: fontSetting(services.output) });
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', vscode.workspace.asRelativePath(target)));
      return target;
    }),
  );
}
