/**
 * Pasted speeches in new, untitled editors. VS Code guesses the language of an untitled document
 * from its text and often calls Chinese prose a programming language (a line ending in a colon
 * reads as Ini): then the document would not be checked and would not get the comfort defaults
 * (word wrap, no unicodeHighlight boxes around full-width punctuation). So when an untitled
 * document whose text is mostly Han characters gets a language the extension does not serve, it
 * is set back to Plain Text once, as a person would do by hand (a language set explicitly is not
 * guessed again). A language the person picks afterwards is kept.
 */
import * as vscode from 'vscode';
import type { Services } from './extension';

/** Characters looked at: enough to tell prose from code, whatever the size of the paste. */
const SAMPLE = 4000;

const HAN = /\p{Script=Han}/u;
const LETTER_DIGIT_SYMBOL = /[\p{L}\p{N}\p{S}]/u;

/**
 * Whether most of the text is Han characters: more Han characters than other letters, digits and
 * symbols (punctuation and spaces are not counted), in its first 4,000 characters.
 */
export function mostlyHan(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let han = 0;
  let other = 0;
  for (const ch of sample) {
    if (HAN.test(ch)) han++;
    else if (LETTER_DIGIT_SYMBOL.test(ch)) other++;
  }
  return han >= 2 && han > other;
}

export function registerUntitledProse(context: vscode.ExtensionContext, services: Pick<Services, 'settings'>): void {
  /** Untitled documents already set, by URI: each is set once, so a later choice is kept. */
  const settled = new Set<string>();
  const target = (): string | undefined => {
    const served = services.settings.extension.languages;
    return served.includes('plaintext') ? 'plaintext' : served[0];
  };
  const consider = (doc: vscode.TextDocument): void => {
    if (doc.uri.scheme !== 'untitled' || doc.isClosed) return;
    const key = doc.uri.toString();
    if (settled.has(key) || services.settings.extension.languages.includes(doc.languageId) || !mostlyHan(doc.getText())) return;
    const language = target();
    if (!language) return;
    settled.add(key);
    void vscode.languages.setTextDocumentLanguage(doc, language).then(undefined, () => settled.delete(key));
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) consider(e.document);
    }),
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme !== 'untitled') return;
      // A change of language closes and reopens the document in the same turn; a document that
      // is really gone frees its name (Untitled-1 is given again to the next new editor).
      const key = d.uri.toString();
      setTimeout(() => {
        if (!vscode.workspace.textDocuments.some((x) => !x.isClosed && x.uri.toString() === key)) settled.delete(key);
      }, 0);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) consider(doc);
}
