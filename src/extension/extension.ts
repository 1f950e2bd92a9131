/**
 * Entry point: wires the core engine into VS Code. The shared services are made once; then each
 * feature of FEATURES registers itself as `(context, services)`, pushing every disposable into
 * `context.subscriptions`. Activation does no analysis work of its own beyond checking the
 * documents already open.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerCleanup } from './cleanup';
import { registerCodeActions } from './codeActions';
import { CorpusService, registerCorpus } from './corpus';
import { registerCoreCommands } from './commands';
import { DiagnosticsManager } from './diagnostics';
import { registerExportDocx } from './exportDocx';
import { GlossaryService, registerGlossary } from './glossary';
import { registerLength } from './length';
import { ReferenceService, registerQuotations } from './quotations';
import { SettingsManager } from './settings';
import { registerUnknownFormulations } from './unknownFormulations';
import { registerStructure } from './structure';
import { registerUntitledProse } from './untitledProse';

/** What features share: settings, diagnostics and the output channel. */
export interface Services {
  readonly settings: SettingsManager;
  readonly diagnostics: DiagnosticsManager;
  readonly output: vscode.OutputChannel;
  /** The speech corpus (built-in and the user's folders), read after activation. */
  readonly corpus: CorpusService;
  readonly glossary: GlossaryService;
  /** The reference documents quotations are checked against (speechDrafter.referencePaths). */
  readonly references: ReferenceService;
}

/** A feature: registers its providers, commands and listeners. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;

/** Every feature, in registration order. */
const FEATURES: readonly Feature[] = [
  registerUntitledProse,
  registerCodeActions,
  registerCoreCommands,
  registerCleanup,
  registerStructure,
  registerLength,
  registerExportDocx,
  registerCorpus,
  registerGlossary,
  registerUnknownFormulations,
  registerQuotations,
];

export function activate(context: vscode.ExtensionContext): Services {
  // The core's messages are localized through @vscode/l10n with the bundle VS Code picked.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });

  const output = vscode.window.createOutputChannel(vscode.l10n.t('Speech Drafter'));
  const settings = new SettingsManager(output);
  const diagnostics = new DiagnosticsManager(settings, output);
  const corpus = new CorpusService(context.extensionUri, output);
  const glossary = new GlossaryService(output);
  const references = new ReferenceService({ settings, output });
  settings.analyzerServices = references.analyzerServices;
  const services: Services = { settings, diagnostics, output, corpus, glossary, references };
  context.subscriptions.push(output, settings, diagnostics, corpus, glossary, references);

  for (const register of FEATURES) register(context, services);

  for (const doc of vscode.workspace.textDocuments) diagnostics.schedule(doc, 0);
  void settings.loadFiles().then(() => {
    diagnostics.recheckAll();
    void references.refresh();
  });
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
