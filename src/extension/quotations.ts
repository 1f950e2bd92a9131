/**
 * Quotations in VS Code (引文核对): the reference documents of `speechDrafter.referencePaths` (and
 * `.speechdrafter.json`), read in the background with progress and kept up to date as files
 * change; the hover on a quotation (its source, date and sentence, or what differs); the command
 * 核对全文引文, a report of every quotation with links to the source lines. The warnings and their
 * quick fix come from the core's rule `quotation`, which gets the index through the settings.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  checkAllQuotations,
  checkQuotation,
  describeDifferences,
  describeVersions,
  DOCUMENT_FILES_GLOB,
  findQuotations,
  formatDate,
  isDocumentFile,
  languageOf,
  parseDocument,
  parseReferenceFile,
  readDocumentText,
  ReferenceIndex,
  sourceLabel,
  type AnalyzerServices,
  type QuoteCheck,
  type QuotationReportEntry,
  type ReferenceDocument,
  type SourcePassage,
} from '../core';
import { COMMANDS } from './commandIds';
import { debounced, Debouncer } from './debounce';
import type { Services } from './extension';
import { activeSpeechEditor, toRange } from './speechEditor';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Work done between two yields to the event loop while indexing (ms). */
const SLICE_MS = 12;

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readReference(uri: vscode.Uri): Promise<ReferenceDocument> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > MAX_FILE_BYTES) throw new Error(vscode.l10n.t('larger than {0} MB', MAX_FILE_BYTES / 1024 / 1024));
  const read = await readDocumentText(uri.path, await vscode.workspace.fs.readFile(uri));
  if (!read.ok) throw new Error(read.message);
  return parseReferenceFile(uri.toString(), uri.toString(), read.text);
}

/** Reference files below a folder, sorted (hidden folders and node_modules skipped). */
async function listFiles(folder: vscode.Uri, out: vscode.Uri[], depth = 0): Promise<void> {
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return;
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) {
      if (!name.startsWith('.') && name !== 'node_modules' && depth < 20) await listFiles(uri, out, depth + 1);
    } else if (isDocumentFile(name)) out.push(uri);
  }
}

export class ReferenceService implements vscode.Disposable {
  private index = new ReferenceIndex();
  private folderKey = '';
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when the reference documents changed (after indexing, or a file changed). */
  readonly onDidChange = this.changed.event;
  private loadRun = 0;
  private loading: Promise<void> = Promise.resolve();
  private readonly pending = new Debouncer<string>();
  /** What the analyzers get: always the current index. */
  readonly analyzerServices: AnalyzerServices;
  private readonly fireChanged = debounced(200, () => this.changed.fire());

  constructor(private readonly services: Pick<Services, 'settings' | 'output'>) {
    const self = this;
    this.analyzerServices = {
      get references() {
        return self.index;
      },
    };
    this.disposables.push(this.changed, this.fireChanged, services.settings.onDidChange(() => this.refresh()));
  }

  get references(): ReferenceIndex {
    return this.index;
  }

  /** Settles when the folders of the current settings have been read. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** The reference folders of every workspace folder's settings, resolved. */
  folders(): vscode.Uri[] {
    const out = new Map<string, vscode.Uri>();
    const roots = vscode.workspace.workspaceFolders ?? [];
    const targets = roots.length ? roots.map((f) => f.uri) : [vscode.Uri.from({ scheme: 'untitled', path: 'references' })];
    for (const target of targets) {
      const paths = this.services.settings.analyzerFor(target).config.referencePaths;
      for (const p of paths) {
        let uri: vscode.Uri | undefined;
        if (path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) uri = roots.length ? target.with({ path: p.replace(/\\/g, '/') }) : vscode.Uri.file(p);
        else if (roots.length) uri = vscode.Uri.joinPath(target, p);
        else this.services.output.appendLine(vscode.l10n.t('referencePaths: {0} is relative, but no workspace folder is open; it is skipped.', JSON.stringify(p)));
        if (uri) out.set(uri.toString(), uri);
      }
    }
    return [...out.values()];
  }

  /** Re-read the folders when the settings name others. */
  refresh(): Promise<void> {
    const folders = this.folders();
    const key = folders.map((f) => f.toString()).join('\n');
    if (key === this.folderKey) return this.loading;
    this.folderKey = key;
    const run = ++this.loadRun;
    this.loading = this.loading.then(() => (run === this.loadRun ? this.load(folders, run) : undefined));
    return this.loading;
  }

  private async load(folders: readonly vscode.Uri[], run: number): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (folders.length === 0) {
      if (this.index.documentCount > 0) {
        this.index = new ReferenceIndex();
        this.changed.fire();
      }
      return;
    }
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing reference documents') }, async (progress) => {
      const files: vscode.Uri[] = [];
      for (const folder of folders) {
        const isFolder = await vscode.workspace.fs.stat(folder).then(
          (st) => (st.type & vscode.FileType.Directory) !== 0,
          () => false,
        );
        if (!isFolder) {
          this.services.output.appendLine(vscode.l10n.t('referencePaths: {0} does not exist or is not a folder; it is skipped.', folder.fsPath || folder.toString()));
          continue;
        }
        await listFiles(folder, files);
        this.watch(folder);
      }
      const fresh = new ReferenceIndex();
      // Room for the postings at once (Chinese UTF-8 takes 3 bytes a character; .docx is zipped).
      let bytes = 0;
      for (const uri of files) bytes += await vscode.workspace.fs.stat(uri).then((st) => (/\.docx$/i.test(uri.path) ? st.size * 2 : st.size / 2), () => 0);
      fresh.reserve(Math.min(bytes, 200_000_000));
      let sliceStart = Date.now();
      for (const [k, uri] of files.entries()) {
        if (run !== this.loadRun) return;
        progress.report({ message: `${k + 1}/${files.length}` });
        try {
          fresh.add(await readReference(uri));
        } catch (e) {
          this.services.output.appendLine(vscode.l10n.t('{0} is skipped: {1}', uri.fsPath || uri.toString(), (e as Error).message));
        }
        // Keep the extension host responsive: other work runs between files.
        if (Date.now() - sliceStart > SLICE_MS) {
          await yieldNow();
          sliceStart = Date.now();
        }
      }
      if (run !== this.loadRun) return;
      this.index = fresh;
      this.services.output.appendLine(vscode.l10n.t('Reference documents: {0} indexed ({1} characters).', fresh.documentCount, fresh.characterCount));
      this.changed.fire();
    });
  }

  private watch(folder: vscode.Uri): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, DOCUMENT_FILES_GLOB));
    // Editors and tools often write a file several times in a row: re-read it once they settle.
    const reread = (uri: vscode.Uri) => this.pending.schedule(uri.toString(), 300, () => void this.rereadNow(uri));
    watcher.onDidCreate(reread);
    watcher.onDidChange(reread);
    watcher.onDidDelete((uri) => {
      this.pending.cancel(uri.toString());
      if (this.index.remove(uri.toString())) this.afterChange();
    });
    this.watchers.push(watcher);
  }

  private async rereadNow(uri: vscode.Uri): Promise<void> {
    await this.loading;
    try {
      this.index.add(await readReference(uri));
    } catch (e) {
      this.index.remove(uri.toString());
      this.services.output.appendLine(vscode.l10n.t('{0} is skipped: {1}', uri.fsPath || uri.toString(), (e as Error).message));
    }
    this.afterChange();
  }

  /** After a file changed: tell the features, and rebuild the index once half of it is stale. */
  private afterChange(): void {
    this.fireChanged();
    if (this.index.deadShare <= 0.5) return;
    const stale = this.index;
    const run = this.loadRun;
    this.loading = this.loading.then(async () => {
      const fresh = new ReferenceIndex();
      let sliceStart = Date.now();
      for (const doc of stale.documents) {
        fresh.add(doc);
        if (Date.now() - sliceStart > SLICE_MS) {
          await yieldNow();
          sliceStart = Date.now();
        }
      }
      // Files that changed meanwhile went into `stale`; rebuild from it only if nothing else replaced it.
      if (run === this.loadRun && this.index === stale && stale.documentCount === fresh.documentCount) this.index = fresh;
    });
  }

  dispose(): void {
    this.pending.dispose();
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
  }
}

/** A link that opens a reference document at a line (0-based). */
function openLink(passage: SourcePassage): string {
  const args = encodeURIComponent(JSON.stringify([passage.doc.uri, passage.line]));
  return `command:${COMMANDS.openReference}?${args}`;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+\-.!|]/g, '\\$&');
}

function sourceLine(p: SourcePassage): string {
  return vscode.l10n.t('{0}, line {1}', sourceLabel(p.doc), p.line + 1);
}

/** The hover of a quotation: its source and sentence when exact, what differs when not. */
export function hoverMarkdown(check: QuoteCheck, documents: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: [COMMANDS.openReference] };
  const src = check.source;
  if (check.status === 'not-found' || !src) {
    md.appendMarkdown(`**${escapeMd(vscode.l10n.t('Quotation check'))}**: ${escapeMd(vscode.l10n.t('not found in your references ({0} documents)', documents))}`);
    return md;
  }
  const head = check.status === 'exact' ? vscode.l10n.t('Matches the source') : vscode.l10n.t('Differs from the source');
  md.appendMarkdown(`**${escapeMd(vscode.l10n.t('Quotation check'))}**: ${escapeMd(head)}\n\n`);
  md.appendMarkdown(`[${escapeMd(sourceLine(src))}](${openLink(src)})`);
  if (check.sameIn > 1) md.appendMarkdown(` ${escapeMd(vscode.l10n.t('(the same words in {0} documents)', check.sameIn))}`);
  md.appendMarkdown('\n\n');
  if (check.status === 'different') md.appendMarkdown(`${escapeMd(describeDifferences(check.differences))}\n\n`);
  md.appendMarkdown(`> ${escapeMd(src.sentence)}\n\n`);
  if (check.versions.length) {
    md.appendMarkdown(`${escapeMd(vscode.l10n.t('Other wordings:'))}\n\n`);
    for (const v of check.versions) md.appendMarkdown(`- [${escapeMd(sourceLine(v))}](${openLink(v)}): ${escapeMd(v.text)}\n`);
  }
  return md;
}

function reportStatus(e: QuotationReportEntry): string {
  if (e.check.status === 'exact') return vscode.l10n.t('Exact');
  if (e.check.status === 'different') return vscode.l10n.t('Different');
  return vscode.l10n.t('Not found in your references');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the command returns (for scripts and tests): one row per quotation. */
export interface QuotationReportRow {
  readonly line: number;
  readonly text: string;
  readonly status: QuoteCheck['status'];
  readonly differences: string;
  readonly source?: { readonly uri: string; readonly line: number; readonly title: string; readonly date?: string };
  readonly versions: string;
}

function reportHtml(doc: vscode.TextDocument, rows: readonly QuotationReportRow[], documents: number): string {
  const link = (uri: string, line: number, label: string) =>
    `<a href="command:${COMMANDS.openReference}?${escapeHtml(encodeURIComponent(JSON.stringify([uri, line - 1])))}">${escapeHtml(label)}</a>`;
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const body = rows
    .map(
      (r) => `<tr class="${r.status}"><td>${link(doc.uri.toString(), r.line, String(r.line))}</td><td>${escapeHtml(r.text)}</td><td>${escapeHtml(
        reportStatus({ check: { status: r.status } } as QuotationReportEntry),
      )}${r.differences ? `<br>${escapeHtml(r.differences)}` : ''}${r.versions ? `<br>${escapeHtml(r.versions)}` : ''}</td><td>${
        r.source ? link(r.source.uri, r.source.line, `《${r.source.title}》${r.source.date ? ' ' + formatDate(r.source.date) : ''} : ${r.source.line}`) : ''
      }</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid var(--vscode-panel-border);padding:4px 8px;text-align:left;vertical-align:top}tr.different td:nth-child(3){color:var(--vscode-editorWarning-foreground)}tr.not-found td:nth-child(3){color:var(--vscode-descriptionForeground)}</style></head><body>
<h2>${escapeHtml(vscode.l10n.t('Quotations in {0}', path.basename(doc.uri.path)))}</h2>
<p>${escapeHtml(vscode.l10n.t('{0} quotations: {1} exact, {2} different, {3} not found in your references ({4} reference documents).', rows.length, count('exact'), count('different'), count('not-found'), documents))}</p>
<table><tr><th>${escapeHtml(vscode.l10n.t('Line'))}</th><th>${escapeHtml(vscode.l10n.t('Quotation'))}</th><th>${escapeHtml(vscode.l10n.t('Check'))}</th><th>${escapeHtml(vscode.l10n.t('Source'))}</th></tr>
${body}</table></body></html>`;
}

export function registerQuotations(context: vscode.ExtensionContext, services: Services): void {
  const refs = services.references;
  context.subscriptions.push(refs.onDidChange(() => services.diagnostics.recheckAll()));
  /** The last checks of each quotation text, for the hover (the rule keeps its own). */
  const cache = new Map<string, QuoteCheck>();
  const check = (text: string): QuoteCheck => {
    const key = `${refs.references.generation}\u0000${text}`;
    let c = cache.get(key);
    if (!c) {
      if (cache.size > 500) cache.clear();
      c = checkQuotation(text, refs.references);
      cache.set(key, c);
    }
    return c;
  };
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  let panel: vscode.WebviewPanel | undefined;
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, {
      provideHover(doc, pos) {
        if (!services.diagnostics.serves(doc) || refs.references.documentCount === 0) return undefined;
        const offset = doc.offsetAt(pos);
        const text = doc.getText();
        const q = findQuotations(parseDocument(text, languageOf(doc.uri.path, text) === 'markdown' || doc.languageId === 'markdown' ? 'markdown' : 'plaintext')).find(
          (x) => offset >= x.start && offset <= x.end,
        );
        if (!q) return undefined;
        return new vscode.Hover(hoverMarkdown(check(q.text), refs.references.documentCount), toRange(doc, q.start, q.end));
      },
    }),
    vscode.commands.registerCommand(COMMANDS.openReference, async (uri: string, line: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const pos = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true, viewColumn: vscode.ViewColumn.One });
    }),
    vscode.commands.registerCommand(COMMANDS.checkQuotations, async (): Promise<QuotationReportRow[] | undefined> => {
      const editor = activeSpeechEditor(services);
      if (!editor) return undefined;
      await refs.refresh();
      const index = refs.references;
      if (index.documentCount === 0) {
        const open = vscode.l10n.t('Open Settings');
        void vscode.window
          .showInformationMessage(vscode.l10n.t('No reference documents: set speechDrafter.referencePaths to the folders of the documents you quote.'), open)
          .then((c) => c === open && vscode.commands.executeCommand('workbench.action.openSettings', 'speechDrafter.referencePaths'));
        return [];
      }
      const doc = editor.document;
      const text = doc.getText();
      const entries = checkAllQuotations(text, doc.languageId === 'markdown' ? 'markdown' : 'plaintext', index);
      const rows: QuotationReportRow[] = entries.map((e) => ({
        line: doc.positionAt(e.quotation.start).line + 1,
        text: e.quotation.text,
        status: e.check.status,
        differences: e.check.status === 'different' ? describeDifferences(e.check.differences) : '',
        ...(e.check.source
          ? { source: { uri: e.check.source.doc.uri, line: e.check.source.line + 1, title: e.check.source.doc.title, ...(e.check.source.doc.date ? { date: e.check.source.doc.date } : {}) } }
          : {}),
        versions: e.check.versions.length ? describeVersions(e.check.versions) : '',
      }));
      if (!panel) {
        panel = vscode.window.createWebviewPanel('speechDrafter.quotations', vscode.l10n.t('Check All Quotations'), vscode.ViewColumn.Beside, {
          enableCommandUris: [COMMANDS.openReference],
        });
        panel.onDidDispose(() => (panel = undefined));
      }
      panel.title = vscode.l10n.t('Quotations: {0}', path.basename(doc.uri.path));
      panel.webview.html = reportHtml(doc, rows, index.documentCount);
      panel.reveal(vscode.ViewColumn.Beside, true);
      return rows;
    }),
  );
}
