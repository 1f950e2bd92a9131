/**
 * The speech corpus in VS Code: the built-in corpus (shipped in corpus/) and the user's folders
 * (speechDrafter.corpusPaths: .txt, .md, .docx), loaded after activation in the background,
 * kept up to date as files change, and searched by the command 检索语料.
 */
import * as vscode from 'vscode';
import { CorpusStore, DOCUMENT_FILES_GLOB, parseCorpusFile, readDocumentText, type CorpusDocument, type CorpusHit } from '../core';
import { COMMANDS } from './commandIds';
import { debounced, Debouncer } from './debounce';
import type { Services } from './extension';
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function readDocument(uri: vscode.Uri, id: string, origin: CorpusDocument['origin']): Promise<CorpusDocument> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > MAX_FILE_BYTES) throw new Error(vscode.l10n.t('larger than {0} MB', MAX_FILE_BYTES / 1024 / 1024));
  const read = await readDocumentText(uri.path, await vscode.workspace.fs.readFile(uri));
  if (!read.ok) throw new Error(read.message);
  return parseCorpusFile(id, uri.toString(), read.text, origin);
}

export class CorpusService implements vscode.Disposable {
  readonly store = new CorpusStore();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Settles when the built-in corpus and the user folders have been read once. */
  readonly ready: Promise<void>;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('speechDrafter.corpusPaths')) void this.loadUserFolders();
      }),
    );
    // Off the activation path: the corpus is read after the extension has started.
    this.ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.loadBuiltin()).then(() => this.loadUserFolders());
  }

  private async loadBuiltin(): Promise<void> {
    const dir = vscode.Uri.joinPath(this.extensionUri, 'corpus');
    let entries: Array<[string, vscode.FileType]> = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    const docs: CorpusDocument[] = [];
    for (const [name] of entries.filter(([n, t]) => t === vscode.FileType.File && /\.md$/.test(n) && n !== 'README.md').sort()) {
      try {
        docs.push(await readDocument(vscode.Uri.joinPath(dir, name), `builtin:${name}`, 'builtin'));
      } catch (e) {
        this.output.appendLine(`corpus/${name}: ${(e as Error).message}`);
      }
    }
    this.store.update(docs);
    this.changed.fire();
  }

  /** The folders of speechDrafter.corpusPaths, validated (absolute, or relative to the first workspace folder). */
  private folders(): vscode.Uri[] {
    const raw = vscode.workspace.getConfiguration('speechDrafter').get<unknown>('corpusPaths', []);
    if (!Array.isArray(raw)) {
      this.output.appendLine(vscode.l10n.t('speechDrafter.corpusPaths must be a list of folders; it is ignored.'));
      return [];
    }
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const out: vscode.Uri[] = [];
    for (const p of raw) {
      if (typeof p !== 'string' || !p.trim()) {
        this.output.appendLine(vscode.l10n.t('speechDrafter.corpusPaths: {0} is not a folder path; it is skipped.', JSON.stringify(p)));
        continue;
      }
      if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) out.push(base ? base.with({ path: p.replace(/\\/g, '/') }) : vscode.Uri.file(p));
      else if (base) out.push(vscode.Uri.joinPath(base, p));
      else this.output.appendLine(vscode.l10n.t('speechDrafter.corpusPaths: {0} is relative, but no workspace folder is open; it is skipped.', JSON.stringify(p)));
    }
    return out;
  }

  private async loadUserFolders(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.store.update([], this.store.documents.filter((d) => d.origin === 'user').map((d) => d.id));
    const folders = this.folders();
    if (folders.length === 0) {
      this.changed.fire();
      return;
    }
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing speeches') }, async (progress) => {
      for (const folder of folders) {
        const isFolder = await vscode.workspace.fs.stat(folder).then(
          (st) => (st.type & vscode.FileType.Directory) !== 0,
          () => false,
        );
        if (!isFolder) {
          this.output.appendLine(vscode.l10n.t('speechDrafter.corpusPaths: {0} does not exist or is not a folder; it is skipped.', folder.fsPath || folder.toString()));
          continue;
        }
        const pattern = new vscode.RelativePattern(folder, DOCUMENT_FILES_GLOB);
        const files = await vscode.workspace.findFiles(pattern, '**/node_modules/**');
        const docs: CorpusDocument[] = [];
        for (const [k, uri] of files.entries()) {
          progress.report({ message: `${k + 1}/${files.length}` });
          try {
            docs.push(await readDocument(uri, uri.toString(), 'user'));
          } catch (e) {
            this.output.appendLine(vscode.l10n.t('{0} is skipped: {1}', uri.fsPath || uri.toString(), (e as Error).message));
          }
        }
        this.store.update(docs);
        const watcher = vscode.workspace.createFileSystemWatcher(pattern);
        // Editors and tools often write a file several times in a row: re-read it once they settle.
        const pending = new Debouncer<string>();
        const reread = (uri: vscode.Uri) => pending.schedule(uri.toString(), 300, () => void rereadNow(uri));
        const rereadNow = async (uri: vscode.Uri) => {
          try {
            this.store.update([await readDocument(uri, uri.toString(), 'user')]);
          } catch (e) {
            this.store.update([], [uri.toString()]);
            this.output.appendLine(vscode.l10n.t('{0} is skipped: {1}', uri.fsPath || uri.toString(), (e as Error).message));
          }
          this.changed.fire();
        };
        watcher.onDidCreate(reread);
        watcher.onDidChange(reread);
        watcher.onDidDelete((uri) => {
          pending.cancel(uri.toString());
          this.store.update([], [uri.toString()]);
          this.changed.fire();
        });
        this.watchers.push(watcher, pending);
      }
    });
    this.changed.fire();
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
  }
}

/** The sentence around a hit, for inserting at the cursor. */
function sentenceOf(hit: CorpusHit): string {
  const before = hit.context.slice(0, hit.matchStart);
  const after = hit.context.slice(hit.matchStart);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('；')) + 1;
  const endRel = after.search(/[。！？；]/u);
  return (before.slice(start) + (endRel >= 0 ? after.slice(0, endRel + 1) : after)).trim();
}

export function registerCorpus(context: vscode.ExtensionContext, services: Services): void {
  const open = async (uri: string, line: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const pos = new vscode.Position(Math.min(line, doc.lineCount - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openCorpusHit, (uri: string, line: number) => open(uri, line)),
    // args.query (from a key binding or a script) searches at once; the items shown are returned.
    vscode.commands.registerCommand(COMMANDS.searchCorpus, async (args?: { query?: string }) => {
      await services.corpus.ready;
      const editor = vscode.window.activeTextEditor;
      const insert = { iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert the sentence at the cursor') };
      type Item = vscode.QuickPickItem & { hit: CorpusHit };
      const pick = vscode.window.createQuickPick<Item>();
      const speeches = services.corpus.store.documentCount;
      pick.title = speeches === 1 ? vscode.l10n.t('Search the speech corpus (1 speech)') : vscode.l10n.t('Search the speech corpus ({0} speeches)', speeches);
      pick.placeholder = vscode.l10n.t('Type a phrase, e.g. 守土有责');
      pick.matchOnDetail = true;
      const refresh = () => {
        const hits = services.corpus.store.search(pick.value, { limit: 100 });
        const years = new Map(services.corpus.store.documents.map((d) => [d.id, d.year]));
        pick.items = hits.map((hit) => {
          const year = years.get(hit.docId);
          // The detail row has the width of the list: the whole title, the year and the line.
          const detail = year
            ? vscode.l10n.t('{0} · {1} · line {2}', hit.title, year, hit.line + 1)
            : vscode.l10n.t('{0} · line {1}', hit.title, hit.line + 1);
          return { label: hit.context, detail, hit, buttons: [insert] };
        });
      };
      const refreshSoon = debounced(120, refresh);
      pick.onDidChangeValue(refreshSoon);
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0];
        pick.hide();
        if (item) void open(item.hit.uri, item.hit.line);
      });
      pick.onDidTriggerItemButton(async (e) => {
        pick.hide();
        if (editor) await editor.edit((b) => b.insert(editor.selection.active, sentenceOf(e.item.hit)));
      });
      pick.onDidHide(() => {
        refreshSoon.dispose();
        pick.dispose();
      });
      const selected = typeof args?.query === 'string' ? args.query : editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).slice(0, 40) : '';
      pick.value = selected;
      if (selected) refresh();
      pick.show();
      return pick.items.map(({ label, detail, hit }) => ({ label, detail, uri: hit.uri, line: hit.line }));
    }),
  );
}
