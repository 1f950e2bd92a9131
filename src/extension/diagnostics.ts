/**
 * Publishes the core's findings as diagnostics: on open, as the person types (debounced), and on
 * demand; cleared on close. Each run reads the document's current text and publishes in the same
 * tick, so a result never lands on a newer version than it was computed for. Line results are
 * cached per document, so a keystroke re-checks only the edited line plus the document rules.
 */
import * as vscode from 'vscode';
import { LineCache, looksBinary, type Finding, type LanguageId, type LineIndex, type Severity } from '../core';
import { Debouncer } from './debounce';
import type { SettingsManager } from './settings';
import { toRange } from './speechEditor';

export const DIAGNOSTIC_SOURCE = 'speech-drafter';
/** The clean-up preview's documents: a copy of the speech as it would be, never checked itself. */
export const PREVIEW_SCHEME = 'speech-drafter-preview';
/** Documents that are not the person's text: output panels, git's views, the clean-up preview. */
const UNCHECKED_SCHEMES: ReadonlySet<string> = new Set(['output', 'git', PREVIEW_SCHEME]);

interface DocState {
  cache: LineCache;
  languageId: string;
  version: number;
  findings: readonly Finding[];
  diagnostics: readonly vscode.Diagnostic[];
  /** A notice was shown for this document (too long, binary). */
  noticed?: 'too-long' | 'binary';
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function coreLanguage(languageId: string): LanguageId {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

function diagnostic(range: vscode.Range, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.code = f.rule;
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

export function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  return diagnostic(toRange(doc, f.start, f.end), f);
}

/** A diagnostic for a file that is not open: positions from the core's index of the text read. */
export function diagnosticAt(f: Finding, index: LineIndex): vscode.Diagnostic {
  const s = index.positionAt(f.start);
  const e = index.positionAt(f.end);
  return diagnostic(new vscode.Range(s.line, s.character, e.line, e.character), f);
}

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly states = new Map<string, DocState>();
  /** Pending checks, one per document (keyed by its URI). */
  private readonly pending = new Debouncer<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fired after a document's diagnostics were republished. */
  readonly onDidUpdate = this.changeEmitter.event;

  constructor(
    private readonly settings: SettingsManager,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      this.changeEmitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, this.settings.extension.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // An untitled name (Untitled-1) can already belong to a newer document when the old one
        // is disposed: then the newer one keeps (or gets back) its diagnostics.
        const current = vscode.workspace.textDocuments.find((x) => x !== d && !x.isClosed && x.uri.toString() === d.uri.toString());
        this.forget(d.uri);
        if (current) this.schedule(current, 0);
      }),
      settings.onDidChange(() => this.recheckAll()),
    );
  }

  /** Language ids of the documents checked (the setting speechDrafter.languages). */
  get languages(): readonly string[] {
    return this.settings.extension.languages;
  }

  /** Whether the extension checks this document (its language is served). */
  serves(doc: vscode.TextDocument): boolean {
    return this.settings.extension.languages.includes(doc.languageId) && !UNCHECKED_SCHEMES.has(doc.uri.scheme);
  }

  recheckAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const state = this.states.get(doc.uri.toString());
      if (state) state.cache = new LineCache();
      if (this.serves(doc)) this.schedule(doc, 0);
      else this.forget(doc.uri);
    }
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!this.serves(doc)) {
      if (this.states.has(doc.uri.toString())) this.forget(doc.uri);
      return;
    }
    this.state(doc);
    this.pending.schedule(doc.uri.toString(), delay, () => {
      if (!doc.isClosed) this.check(doc);
    });
  }

  private state(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (!state || state.languageId !== doc.languageId) {
      this.pending.cancel(key);
      state = { cache: new LineCache(), languageId: doc.languageId, version: -1, findings: [], diagnostics: [] };
      this.states.set(key, state);
    }
    return state;
  }

  /**
   * Check `doc` now and publish. `force` checks even a document over the length limit (the
   * "check document" command). Returns the findings, or undefined when it was not checked.
   */
  check(doc: vscode.TextDocument, force = false): readonly Finding[] | undefined {
    const state = this.state(doc);
    const text = doc.getText();
    if (looksBinary(text)) {
      this.publish(doc, state, []);
      if (state.noticed !== 'binary') {
        state.noticed = 'binary';
        void vscode.window.showWarningMessage(
          vscode.l10n.t('{0} looks like a binary file, not a speech; it is not checked.', vscode.workspace.asRelativePath(doc.uri)),
        );
      }
      return undefined;
    }
    const limit = this.settings.extension.maxDocumentLength;
    if (!force && text.length > limit) {
      this.publish(doc, state, []);
      if (state.noticed !== 'too-long') {
        state.noticed = 'too-long';
        const checkOnce = vscode.l10n.t('Check Once');
        void vscode.window
          .showInformationMessage(
            vscode.l10n.t(
              '{0} has {1} characters, more than speechDrafter.maxDocumentLength ({2}); it is not checked as you type.',
              vscode.workspace.asRelativePath(doc.uri),
              text.length,
              limit,
            ),
            checkOnce,
          )
          .then((c) => {
            if (c === checkOnce && !doc.isClosed) this.check(doc, true);
          });
      }
      return undefined;
    }
    let findings: Finding[];
    try {
      findings = this.settings.analyzerFor(doc.uri).analyze(text, { languageId: coreLanguage(doc.languageId), cache: state.cache });
    } catch (e) {
      this.output.appendLine(`[${new Date().toISOString()}] ${doc.uri.toString()}: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Speech Drafter could not check {0}: {1}', vscode.workspace.asRelativePath(doc.uri), (e as Error).message));
      state.cache = new LineCache();
      return undefined;
    }
    state.version = doc.version;
    this.publish(doc, state, findings);
    return findings;
  }

  private publish(doc: vscode.TextDocument, state: DocState, findings: readonly Finding[]): void {
    state.findings = findings;
    state.diagnostics = findings.map((f) => toDiagnostic(doc, f));
    this.collection.set(doc.uri, state.diagnostics);
    this.changeEmitter.fire(doc);
  }

  /** The findings of the document's current version, checking it first if they are stale. */
  findings(doc: vscode.TextDocument): readonly Finding[] {
    const state = this.states.get(doc.uri.toString());
    if (state && state.version === doc.version) return state.findings;
    return this.check(doc, true) ?? [];
  }

  /**
   * The finding behind one of this extension's diagnostics. When the document changed since the
   * last check, it is checked now and the diagnostic matched by rule and range.
   */
  findingFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    if (this.states.get(doc.uri.toString())?.version !== doc.version) this.findings(doc);
    const state = this.states.get(doc.uri.toString());
    if (!state || state.version !== doc.version) return undefined;
    const i = state.diagnostics.indexOf(diagnostic);
    if (i >= 0) return state.findings[i];
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return state.findings.find((f) => f.rule === code && f.start === start && f.end === end);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.pending.cancel(key);
    this.states.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.pending.dispose();
    this.states.clear();
    for (const d of this.disposables) d.dispose();
  }
}
