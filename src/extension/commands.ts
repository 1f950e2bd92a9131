/** The core commands: check, check the workspace, placeholders, website leftovers, simplified characters, ignore. */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, convertToSimplified, decodeText, describeProblems, encodeText, findingsOf, languageOf, LineIndex, parseSettingsFile, placeholderData, planSafeFixes, RULE, setInSettingsFile, SPEECH_FILES_GLOB, type Finding, type KnownRuleId, type TextEdit } from '../core';
import { COMMANDS } from './commandIds';
import { diagnosticAt, type DiagnosticsManager } from './diagnostics';
import type { Services } from './extension';
import type { SettingsManager } from './settings';
import { activeSpeechEditor, toWorkspaceEdit } from './speechEditor';

function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return vscode.l10n.t('No problems found.');
  return describeProblems(findings);
}

async function checkWorkspace(settings: SettingsManager, diagnostics: DiagnosticsManager): Promise<void> {
  const files = await vscode.workspace.findFiles(SPEECH_FILES_GLOB, '**/{node_modules,.git,out,dist}/**');
  if (files.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No .txt or .md files in this workspace.'));
    return;
  }
  let total = 0;
  let withProblems = 0;
  const unreadable: string[] = [];
  const cancelled = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking speeches'), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested) return true;
        const uri = files[i];
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        let findings: readonly Finding[] | undefined;
        if (open) {
          findings = diagnostics.check(open, true);
        } else {
          try {
            // Read as the CLI reads it (GB18030 and UTF-16 too); positions come from the decoded text.
            const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
            if (!decoded.ok) throw new Error(decoded.message);
            const { text } = decoded;
            findings = settings.analyzerFor(uri).analyze(text, { languageId: languageOf(uri.path, text) });
            const index = new LineIndex(text);
            diagnostics.collection.set(uri, findings.map((f) => diagnosticAt(f, index)));
          } catch (e) {
            unreadable.push(`${vscode.workspace.asRelativePath(uri)} (${(e as Error).message})`);
            continue;
          }
        }
        if (findings && findings.length) {
          total += findings.length;
          withProblems++;
        }
        // Let the UI breathe between files.
        await new Promise((r) => setTimeout(r, 0));
      }
      return false;
    },
  );
  const checked = files.length === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', files.length);
  const found = total === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', total);
  const where = withProblems === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', withProblems);
  const summary = vscode.l10n.t('Checked {0}: {1} in {2}.', checked, found, where);
  const extra = unreadable.length ? ' ' + vscode.l10n.t('Not checked: {0}.', unreadable.join('; ')) : '';
  void vscode.window.showInformationMessage((cancelled ? vscode.l10n.t('Cancelled.') + ' ' : '') + summary + extra);
  if (total > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function fillPlaceholder(diagnostics: DiagnosticsManager, uri: vscode.Uri, start: number, end: number, all: boolean): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return;
  const findings = diagnostics.findings(doc);
  const target = findingsOf(findings, RULE.placeholder).find((f) => f.start === start && f.end === end);
  const data = target && placeholderData(target);
  if (!target || !data) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The text has changed; run the quick fix again.'));
    return;
  }
  const placeholder = data.placeholder;
  const targets = all ? findings.filter((f) => placeholderData(f)?.key === data.key) : [target];
  const value = await vscode.window.showInputBox({
    title: all
      ? vscode.l10n.t('Fill in all {0} placeholders "{1}"', targets.length, data.key)
      : vscode.l10n.t('Fill in placeholder "{0}"', placeholder),
    prompt: target.message,
    placeHolder: placeholder,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type the text that replaces the placeholder.')),
  });
  if (value === undefined || !value.trim()) return;
  if (doc.isClosed) return;
  // The document may have changed while the input box was open: re-locate the targets.
  const current = diagnostics.findings(doc);
  const keys = new Set(targets.map((t) => `${t.start}:${doc.getText().slice(t.start, t.end)}`));
  const live = current.filter((f) => {
    const d = placeholderData(f);
    return d !== undefined && keys.has(`${f.start}:${d.placeholder}`);
  });
  if (live.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The text has changed; run the quick fix again.'));
    return;
  }
  await vscode.workspace.applyEdit(toWorkspaceEdit(doc, live.map((f) => ({ start: f.start, end: f.end, newText: value.trim() }))));
}

/** The active speech and its findings of `rule`; when there are none the user is told `none`. */
function activeFindings(services: Services, rule: KnownRuleId, none: () => string): { editor: vscode.TextEditor; found: Finding[] } | undefined {
  const editor = activeSpeechEditor(services);
  if (!editor) return undefined;
  const found = findingsOf(services.diagnostics.findings(editor.document), rule);
  if (found.length === 0) {
    void vscode.window.showInformationMessage(none());
    return undefined;
  }
  return { editor, found };
}

async function nextPlaceholder(services: Services): Promise<void> {
  const active = activeFindings(services, RULE.placeholder, () => vscode.l10n.t('No placeholders left in this document.'));
  if (!active) return;
  const { editor, found: placeholders } = active;
  const doc = editor.document;
  const cursor = doc.offsetAt(editor.selection.end);
  const next = placeholders.find((f) => f.start >= cursor && !(f.start === doc.offsetAt(editor.selection.start) && f.end === cursor)) ?? placeholders[0];
  const range = new vscode.Range(doc.positionAt(next.start), doc.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(
    vscode.l10n.t('Placeholder {0} of {1}: {2}', placeholders.indexOf(next) + 1, placeholders.length, next.message),
    5000,
  );
}

/** The whole document in simplified characters (OpenCC, phrase by phrase), one undoable edit. */
async function convertDocument(services: Services): Promise<void> {
  const editor = activeSpeechEditor(services);
  if (!editor) return;
  const doc = editor.document;
  const edits: TextEdit[] = [];
  let changed = 0;
  for (let i = 0; i < doc.lineCount; i++) {
    const line = doc.lineAt(i);
    const converted = convertToSimplified(line.text);
    if (converted === line.text) continue;
    for (let k = 0; k < Math.min(converted.length, line.text.length); k++) if (converted[k] !== line.text[k]) changed++;
    const start = doc.offsetAt(line.range.start);
    edits.push({ start, end: start + line.text.length, newText: converted });
  }
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No traditional characters found.'));
    return;
  }
  await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
  void vscode.window.showInformationMessage(vscode.l10n.t('Converted {0} characters on {1} lines to simplified characters.', changed, edits.length));
}

async function removeWebBoilerplate(services: Services): Promise<void> {
  const active = activeFindings(services, RULE.webBoilerplate, () => vscode.l10n.t('No website leftovers found.'));
  if (!active) return;
  const plan = planSafeFixes(active.found);
  await vscode.workspace.applyEdit(toWorkspaceEdit(active.editor.document, plan.edits));
  void vscode.window.showInformationMessage(vscode.l10n.t('Removed {0} website leftovers.', plan.edits.length));
}

/** Add `text` to the allow-list of the workspace's `.speechdrafter.json` (or the user settings without a folder). */
async function ignoreInWorkspace(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const cfg = vscode.workspace.getConfiguration('speechDrafter');
    const allow = cfg.get<string[]>('allow', []);
    if (!allow.includes(text)) await cfg.update('allow', [...allow, text], vscode.ConfigurationTarget.Global);
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" added to the setting speechDrafter.allow.', text));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  let bytes: Uint8Array = new Uint8Array();
  try {
    bytes = await vscode.workspace.fs.readFile(file);
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError)) throw e; // no file yet: it is made
  }
  // The file is edited in place (comments and layout kept), in the encoding it was read in.
  const decoded = decodeText(bytes);
  const parsed = decoded.ok ? parseSettingsFile(decoded.text, CONFIG_FILE_NAME) : { layer: undefined, problems: [{ message: decoded.message }] };
  const settings = parsed.layer?.settings as { allow?: unknown } | undefined;
  if (!decoded.ok || !settings) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not changed: {1}', CONFIG_FILE_NAME, parsed.problems[0]?.message ?? ''));
    return;
  }
  const allow = Array.isArray(settings.allow) ? settings.allow : [];
  const updated = allow.includes(text) ? decoded.text : setInSettingsFile(decoded.text, ['allow'], [...allow, text]);
  if (updated === undefined) return;
  await vscode.workspace.fs.writeFile(file, encodeText(updated, decoded.encoding) ?? new TextEncoder().encode(updated));
  void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" added to the allow-list in {1}.', text, CONFIG_FILE_NAME));
}

export function registerCoreCommands(context: vscode.ExtensionContext, services: Services): void {
  const { settings, diagnostics } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkDocument, () => {
      const editor = activeSpeechEditor(services);
      if (!editor) return;
      const findings = diagnostics.check(editor.document, true);
      if (findings) void vscode.window.showInformationMessage(summarize(findings));
    }),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(settings, diagnostics)),
    vscode.commands.registerCommand(COMMANDS.nextPlaceholder, () => nextPlaceholder(services)),
    vscode.commands.registerCommand(COMMANDS.fillPlaceholder, (uri: vscode.Uri, start: number, end: number, all: boolean) =>
      fillPlaceholder(diagnostics, uri, start, end, all),
    ),
    vscode.commands.registerCommand(COMMANDS.removeWebBoilerplate, () => removeWebBoilerplate(services)),
    vscode.commands.registerCommand(COMMANDS.convertToSimplified, () => convertDocument(services)),
    vscode.commands.registerCommand(COMMANDS.ignoreInWorkspace, (uri: vscode.Uri, text: string) => ignoreInWorkspace(uri, text)),
    // The editor context menu's way to the quick fixes: Ctrl+. is often taken by Chinese input methods.
    vscode.commands.registerCommand(COMMANDS.showFixes, () => vscode.commands.executeCommand('editor.action.quickFix')),
  );
  // Menus show the context-menu entry only for the languages served (the setting can change).
  const publishLanguages = () => void vscode.commands.executeCommand('setContext', 'speechDrafter.languages', settings.extension.languages);
  publishLanguages();
  context.subscriptions.push(settings.onDidChange(publishLanguages));
}
