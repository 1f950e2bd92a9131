/**
 * The speech's structure in VS Code: document symbols (Outline, breadcrumbs, Go to Symbol),
 * folding per section, the renumber command and the speech-frame picker.
 */
import * as vscode from 'vscode';
import { parseDocument, parseStructure, renumberEdits, type Structure } from '../core';
import { COMMANDS } from './commandIds';
import { coreLanguage } from './diagnostics';
import type { Services } from './extension';
import { FRAMES } from './frames';
import { activeSpeechEditor, toWorkspaceEdit } from './speechEditor';

/**
 * Outline icons by level, each its own glyph (VS Code draws Module, Namespace and Package with the
 * same {} icon): the title a file, 一、 a class, （一） a structure, 1. a number, （1） a key, and
 * the items (一是, 第一，) list members.
 */
export const OUTLINE_KINDS = {
  title: vscode.SymbolKind.File,
  1: vscode.SymbolKind.Class,
  2: vscode.SymbolKind.Struct,
  3: vscode.SymbolKind.Number,
  4: vscode.SymbolKind.Key,
  item: vscode.SymbolKind.EnumMember,
} as const;

const cache = new WeakMap<vscode.TextDocument, { version: number; structure: Structure }>();

export function structureOf(doc: vscode.TextDocument): Structure {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit.structure;
  const structure = parseStructure(parseDocument(doc.getText(), coreLanguage(doc.languageId)));
  cache.set(doc, { version: doc.version, structure });
  return structure;
}

function symbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
  const s = structureOf(doc);
  const lastLine = doc.lineCount - 1;
  const roots: vscode.DocumentSymbol[] = [];
  const stack: Array<{ level: number; symbol: vscode.DocumentSymbol }> = [];
  const headings = s.headings;
  headings.forEach((h, i) => {
    // A section runs to the line before the next heading of the same or a higher level.
    const next = headings.slice(i + 1).find((x) => x.level <= h.level);
    const endLine = next ? Math.max(h.line, next.line - 1) : lastLine;
    const name = doc.lineAt(h.line).text.trim() || ' ';
    const symbol = new vscode.DocumentSymbol(
      name.length > 80 ? name.slice(0, 80) + '…' : name,
      '',
      OUTLINE_KINDS[h.level],
      new vscode.Range(h.line, 0, endLine, doc.lineAt(endLine).text.length),
      doc.lineAt(h.line).range,
    );
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ level: h.level, symbol });
  });
  // Enumeration items (一是 / 第一，) under the section that holds them.
  for (const e of s.enumerations) {
    const pos = doc.positionAt(e.start);
    const lineText = doc.lineAt(pos.line).text;
    const sentenceEnd = lineText.slice(pos.character).search(/[。；;！？]/u);
    const label = lineText.slice(pos.character, sentenceEnd > 0 ? pos.character + sentenceEnd : pos.character + 30).trim();
    const item = new vscode.DocumentSymbol(label || doc.getText(new vscode.Range(pos, doc.positionAt(e.end))), '', OUTLINE_KINDS.item, new vscode.Range(pos, doc.positionAt(e.end)), new vscode.Range(pos, doc.positionAt(e.end)));
    const holder = deepestContaining(roots, pos);
    (holder ? holder.children : roots).push(item);
  }
  if (s.title) {
    const title = new vscode.DocumentSymbol(s.title.text, '', OUTLINE_KINDS.title, new vscode.Range(s.title.line, 0, lastLine, doc.lineAt(lastLine).text.length), doc.lineAt(s.title.line).range);
    title.children = roots;
    return [title];
  }
  return roots;
}

function deepestContaining(list: vscode.DocumentSymbol[], pos: vscode.Position): vscode.DocumentSymbol | undefined {
  for (const s of list) {
    if (s.kind !== OUTLINE_KINDS.item && s.range.contains(pos)) return deepestContaining(s.children, pos) ?? s;
  }
  return undefined;
}

function folding(doc: vscode.TextDocument): vscode.FoldingRange[] {
  const headings = structureOf(doc).headings;
  const out: vscode.FoldingRange[] = [];
  headings.forEach((h, i) => {
    const next = headings.slice(i + 1).find((x) => x.level <= h.level);
    let end = next ? next.line - 1 : doc.lineCount - 1;
    while (end > h.line && doc.lineAt(end).isEmptyOrWhitespace) end--;
    if (end > h.line) out.push(new vscode.FoldingRange(h.line, end, vscode.FoldingRangeKind.Region));
  });
  return out;
}

export function registerStructure(context: vscode.ExtensionContext, services: Services): void {
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  context.subscriptions.push(
    // Markdown has VS Code's own # outline; ours adds 一、/（一）/1. headings and enumerations.
    vscode.languages.registerDocumentSymbolProvider(selector, { provideDocumentSymbols: (doc) => (services.diagnostics.serves(doc) ? symbols(doc) : []) }, { label: vscode.l10n.t('Speech structure') }),
    vscode.languages.registerFoldingRangeProvider(selector, { provideFoldingRanges: (doc) => (services.diagnostics.serves(doc) ? folding(doc) : []) }),
    vscode.commands.registerCommand(COMMANDS.renumber, async () => {
      const editor = activeSpeechEditor(services);
      if (!editor) return;
      const doc = editor.document;
      const edits = renumberEdits(parseDocument(doc.getText(), coreLanguage(doc.languageId)));
      if (edits.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The numbering is already in order.'));
        return;
      }
      await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
      void vscode.window.showInformationMessage(edits.length === 1 ? vscode.l10n.t('Renumbered: 1 number changed.') : vscode.l10n.t('Renumbered: {0} numbers changed.', edits.length));
    }),
    vscode.commands.registerCommand(COMMANDS.insertFrame, async () => {
      const editor = activeSpeechEditor(services, { anyLanguage: true });
      if (!editor) return;
      const pick = await vscode.window.showQuickPick(
        FRAMES.map((f) => ({ label: f.name, description: f.prefix.join(', '), detail: f.description, frame: f })),
        { title: vscode.l10n.t('Insert a speech frame'), placeHolder: vscode.l10n.t('Choose a frame; Tab moves through the fields to fill in') },
      );
      if (pick) await editor.insertSnippet(new vscode.SnippetString(pick.frame.body.join('\n')));
    }),
  );
}
