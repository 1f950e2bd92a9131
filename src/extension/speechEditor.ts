/**
 * What every feature needs to act on the speech in the editor: the one guard ("is there a speech
 * to act on?") and the conversion of the core's offset edits into one undoable WorkspaceEdit.
 */
import * as vscode from 'vscode';
import type { TextEdit } from '../core';
import type { Services } from './extension';

export interface GuardOptions {
  /** Any open editor will do, whatever its language (e.g. inserting a frame into a new file). */
  readonly anyLanguage?: boolean;
}

/**
 * The active editor when it holds a document Speech Drafter serves; otherwise the user is told
 * why nothing happens and the result is undefined.
 */
export function activeSpeechEditor(services: Pick<Services, 'diagnostics'>, options: GuardOptions = {}): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (.txt or .md) first.'));
    return undefined;
  }
  if (!options.anyLanguage && !services.diagnostics.serves(editor.document)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Speech Drafter checks {0} documents; this one is {1} (see the setting speechDrafter.languages).',
        services.diagnostics.languages.join(', '),
        editor.document.languageId,
      ),
    );
    return undefined;
  }
  return editor;
}

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** The core's edits (offsets into the document's current text) as one undoable edit. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, toRange(doc, e.start, e.end), e.newText);
  return we;
}
