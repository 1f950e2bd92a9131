/**
 * Formulations (提法) in the editor: a hover that explains a term from the glossary with up to
 * three usages from the corpus, completion by the start of a term or its pinyin initials, and the
 * user glossary (.speechdrafter-glossary.json) that adds or overrides entries.
 */
import * as vscode from 'vscode';
import { builtinEntries, completionsFor, describeEntry, Glossary, kindText, membersText, mergeGlossaries, parseGlossary, scopeText, USER_GLOSSARY_FILE, type GlossaryEntry } from '../core';
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
        if (parsed.problems.length === 1) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: 1 entry was ignored (see the output channel Speech Drafter).', USER_GLOSSARY_FILE));
        else if (parsed.problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1} entries were ignored (see the output channel Speech Drafter).', USER_GLOSSARY_FILE, parsed.problems.length));
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

const escapeMd = (t: string) => t.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);

/**
 * The hover of an entry: the term, its kind and scope; then members, status and sources (the first
 * screen); then meaning, where it was first stated, the official record and its wording over time;
 * then up to three usages from the corpus.
 */
export function hoverMarkdown(entry: GlossaryEntry, services: Services): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [COMMANDS.openCorpusHit] };
  const kind = [kindText(entry), scopeText(entry)].filter(Boolean).join(' · ');
  md.appendMarkdown(`**${escapeMd(entry.term)}**${kind ? ` · ${escapeMd(kind)}` : ''}\n\n`);
  for (const line of describeEntry(entry)) {
    const links = line.links?.length ? line.links.map((l) => `[${escapeMd(l.title ?? l.url)}](${encodeURI(l.url)})`).join('；') : undefined;
    const text = line.label === vscode.l10n.t('Sources') && links ? links : escapeMd(line.text).replace(/\n/g, '  \n');
    md.appendMarkdown(`${line.label}: ${text}\n\n`);
  }
  const hits = services.corpus.store.search(entry.term, { limit: 3 });
  if (hits.length) {
    md.appendMarkdown(`${vscode.l10n.t('In the corpus')}:\n\n`);
    for (const h of hits) {
      const args = encodeURIComponent(JSON.stringify([h.uri, h.line]));
      md.appendMarkdown(`- [${escapeMd(h.title)}](command:${COMMANDS.openCorpusHit}?${args})：…${escapeMd(h.context)}…\n`);
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
