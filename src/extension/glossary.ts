/**
 * Formulations (提法) in the editor: a hover that explains a term from the glossary with up to
 * three usages from the corpus, completion by the start of a term or its pinyin initials, and the
 * user glossary (.speechdrafter-glossary.json) that adds or overrides entries.
 */
import * as vscode from 'vscode';
import { builtinEntries, completionsFor, Glossary, membersText, mergeGlossaries, parseGlossary, USER_GLOSSARY_FILE, type GlossaryEntry } from '../core';
import { COMMANDS } from './commandIds';
import type { Services } from './extension';

export class GlossaryService implements vscode.Disposable {
  private glossary = new Glossary(builtinEntries());
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${USER_GLOSSARY_FILE}`);
    const reload = () => void this.load();
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.disposables.push(watcher);
    void this.load();
  }

  get current(): Glossary {
    return this.glossary;
  }

  /** Read the user glossary of the first workspace folder; a broken file leaves the built-in one working. */
  async load(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    let user: GlossaryEntry[] = [];
    if (folder) {
      const uri = vscode.Uri.joinPath(folder.uri, USER_GLOSSARY_FILE);
      try {
        const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const parsed = parseGlossary(JSON.parse(raw), USER_GLOSSARY_FILE);
        user = parsed.entries;
        for (const p of parsed.problems) this.output.appendLine(`${p.source}${p.key ? ' › ' + p.key : ''}: ${p.message}`);
        if (parsed.problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1} entries were ignored (see the output channel Speech Drafter).', USER_GLOSSARY_FILE, parsed.problems.length));
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError)) {
          this.output.appendLine(`${USER_GLOSSARY_FILE}: ${(e as Error).message}`);
          void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not valid JSON ({1}); the built-in glossary is used.', USER_GLOSSARY_FILE, (e as Error).message));
        }
      }
    }
    this.glossary = mergeGlossaries(builtinEntries(), user);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const STATUS_TEXT = (e: GlossaryEntry): string => {
  switch (e.status) {
    case 'current':
      return vscode.l10n.t('in use');
    case 'historical':
      return e.outdatedSince ? vscode.l10n.t('historical (since {0})', e.outdatedSince) : vscode.l10n.t('historical');
    case 'outdated':
      return e.outdatedSince ? vscode.l10n.t('outdated since {0}', e.outdatedSince) : vscode.l10n.t('outdated');
    case 'unconfirmed':
      return vscode.l10n.t('unconfirmed: only its usages in the corpus are shown');
    case 'changed':
      return e.changedOn ? vscode.l10n.t('changed on {0}', e.changedOn) + (e.newWording ? `：${e.newWording}` : '') : vscode.l10n.t('changed');
    default:
      return e.lastUse ? vscode.l10n.t('not curated; last in the official record: {0} ({1})', e.lastUse.title, String(e.lastUse.year)) : vscode.l10n.t('not curated');
  }
};

export function hoverMarkdown(entry: GlossaryEntry, services: Services): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [COMMANDS.openCorpusHit] };
  md.appendMarkdown(`**${entry.term}**${entry.kind ? ` · ${entry.kind}` : ''}\n\n`);
  if (entry.members) md.appendMarkdown(`${vscode.l10n.t('Members')}: ${membersText(entry.members)}\n\n`);
  if (entry.wording) md.appendMarkdown(`${vscode.l10n.t('Wording')}: ${entry.wording}\n\n`);
  if (entry.origin || entry.date) md.appendMarkdown(`${vscode.l10n.t('Origin')}: ${[entry.origin, entry.date].filter(Boolean).join('，')}\n\n`);
  md.appendMarkdown(`${vscode.l10n.t('Status')}: ${STATUS_TEXT(entry)}\n\n`);
  if (entry.source) md.appendMarkdown(`${vscode.l10n.t('Source')}: ${entry.source}\n\n`);
  if (entry.note) md.appendMarkdown(`${entry.note}\n\n`);
  const hits = services.corpus.store.search(entry.term, { limit: 3 });
  if (hits.length) {
    md.appendMarkdown(`${vscode.l10n.t('In the corpus')}:\n\n`);
    for (const h of hits) {
      const args = encodeURIComponent(JSON.stringify([h.uri, h.line]));
      const context = h.context.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
      md.appendMarkdown(`- [${h.title}](command:${COMMANDS.openCorpusHit}?${args})：…${context}…\n`);
    }
  }
  return md;
}

export function registerGlossary(context: vscode.ExtensionContext, services: Services): void {
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, {
      provideHover(doc, pos) {
        if (!services.diagnostics.serves(doc)) return undefined;
        const line = doc.lineAt(pos.line).text;
        const hit = services.glossary.current.at(line, pos.character);
        if (!hit || pos.character >= hit.end) return undefined;
        return new vscode.Hover(hoverMarkdown(hit.entry, services), new vscode.Range(pos.line, hit.start, pos.line, hit.end));
      },
    }),
    vscode.languages.registerCompletionItemProvider(
      selector,
      {
        provideCompletionItems(doc, pos) {
          if (!services.diagnostics.serves(doc)) return undefined;
          const before = doc.lineAt(pos.line).text.slice(0, pos.character);
          const items: vscode.CompletionItem[] = [];
          const add = (entry: GlossaryEntry, name: string, typed: string) => {
            const range = new vscode.Range(pos.line, pos.character - typed.length, pos.line, pos.character);
            const item = new vscode.CompletionItem({ label: name, description: entry.kind }, vscode.CompletionItemKind.Constant);
            item.range = range;
            item.filterText = typed;
            item.insertText = name;
            item.documentation = hoverMarkdown(entry, services);
            items.push(item);
            if (entry.members && entry.status !== 'unconfirmed') {
              const full = `${membersText(entry.members)}“${entry.term}”`;
              const withMembers = new vscode.CompletionItem({ label: full, description: vscode.l10n.t('with its members') }, vscode.CompletionItemKind.Snippet);
              withMembers.range = range;
              withMembers.filterText = typed;
              withMembers.insertText = full;
              withMembers.sortText = `~${name}`;
              items.push(withMembers);
            }
          };
          // Pinyin initials (sfzr) or the first Chinese characters of a term, at least two: no noise.
          const match = completionsFor(services.glossary.current, before);
          for (const x of match?.names ?? []) add(x.entry, x.name, match!.typed);
          return items;
        },
      },
      ...'abcdefghijklmnopqrstuvwxyz'.split(''),
    ),
  );
}
