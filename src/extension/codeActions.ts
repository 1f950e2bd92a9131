/**
 * Quick fixes for this extension's diagnostics, matched on `diagnostic.code` (the rule id), and a
 * `source.fixAll.speechDrafter` action that applies every safe fix (for editor.codeActionsOnSave).
 */
import * as vscode from 'vscode';
import { placeholderData, planSafeFixes, RULE, type Finding } from '../core';
import { COMMANDS } from './commandIds';
import { DIAGNOSTIC_SOURCE, type DiagnosticsManager } from './diagnostics';
import type { Services } from './extension';
import { toWorkspaceEdit } from './speechEditor';

/** Rules whose findings of one kind are fixed together by a "fix all of this kind" action. */
function fixAllTitle(rule: string, count: number): string {
  if (rule === RULE.webBoilerplate) return vscode.l10n.t('Remove all website leftovers in this document ({0})', count);
  return vscode.l10n.t('Fix all "{0}" problems in this document ({1})', rule, count);
}

export class SpeechDrafterCodeActions implements vscode.CodeActionProvider {
  static readonly fixAllKind = vscode.CodeActionKind.SourceFixAll.append('speechDrafter');
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, SpeechDrafterCodeActions.fixAllKind],
  };

  constructor(private readonly diagnostics: DiagnosticsManager) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && SpeechDrafterCodeActions.fixAllKind.intersects(context.only) && !vscode.CodeActionKind.QuickFix.intersects(context.only)) {
      return this.fixAll(doc);
    }
    const actions: vscode.CodeAction[] = [];
    const all = context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE) ? this.diagnostics.findings(doc) : [];
    const offeredFixAll = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.diagnostics.findingFor(doc, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
      if (finding.rule === RULE.placeholder) actions.push(...this.placeholderActions(doc, finding, all, diagnostic));
      const sameRule = all.filter((f) => f.rule === finding.rule && f.fixes.some((x) => x.safe));
      if (sameRule.length > 1 && !offeredFixAll.has(finding.rule)) {
        offeredFixAll.add(finding.rule);
        const plan = planSafeFixes(sameRule);
        const action = new vscode.CodeAction(fixAllTitle(finding.rule, sameRule.length), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, plan.edits);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const flagged = doc.getText().slice(finding.start, finding.end);
      if (flagged.trim() && flagged.length <= 40 && !flagged.includes('\n')) {
        const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore "{0}" in this workspace', flagged), vscode.CodeActionKind.QuickFix);
        ignore.command = { title: ignore.title, command: COMMANDS.ignoreInWorkspace, arguments: [doc.uri, flagged] };
        ignore.diagnostics = [diagnostic];
        actions.push(ignore);
      }
    }
    return actions;
  }

  private placeholderActions(doc: vscode.TextDocument, finding: Finding, all: readonly Finding[], diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const data = placeholderData(finding);
    const text = data?.placeholder || doc.getText().slice(finding.start, finding.end);
    const key = data?.key;
    const fill = new vscode.CodeAction(vscode.l10n.t('Fill in placeholder "{0}"…', text), vscode.CodeActionKind.QuickFix);
    fill.command = { title: fill.title, command: COMMANDS.fillPlaceholder, arguments: [doc.uri, finding.start, finding.end, false] };
    fill.diagnostics = [diagnostic];
    fill.isPreferred = true;
    const out = [fill];
    const same = all.filter((f) => placeholderData(f)?.key === key);
    if (same.length > 1) {
      const fillAll = new vscode.CodeAction(
        vscode.l10n.t('Fill in all {0} placeholders "{1}"…', same.length, key ?? text),
        vscode.CodeActionKind.QuickFix,
      );
      fillAll.command = { title: fillAll.title, command: COMMANDS.fillPlaceholder, arguments: [doc.uri, finding.start, finding.end, true] };
      fillAll.diagnostics = [diagnostic];
      out.push(fillAll);
    }
    return out;
  }

  private fixAll(doc: vscode.TextDocument): vscode.CodeAction[] {
    if (!this.diagnostics.serves(doc)) return [];
    const plan = planSafeFixes(this.diagnostics.findings(doc));
    if (plan.edits.length === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Speech Drafter: apply all safe fixes'), SpeechDrafterCodeActions.fixAllKind);
    action.edit = toWorkspaceEdit(doc, plan.edits);
    return [action];
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider('*', new SpeechDrafterCodeActions(services.diagnostics), SpeechDrafterCodeActions.metadata),
  );
}
