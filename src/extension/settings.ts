/**
 * Settings: the `speechDrafter.*` VS Code settings and the workspace file `.speechdrafter.json`,
 * resolved by the core into one analyzer. Bad values never stop the checks: each problem is
 * written to the output channel and shown once as a warning that names the setting.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, configure, decodeText, parseSettingsFile, type Analyzer, type AnalyzerServices, type ConfigProblem, type SettingsLayer, type SpeechDrafterSettings } from '../core';

export const SECTION = 'speechDrafter';

/** Settings the extension itself reads (not passed to the core). */
export interface ExtensionSettings {
  readonly languages: readonly string[];
  readonly debounceMs: number;
  readonly maxDocumentLength: number;
}

const SETTINGS_SOURCE = 'settings';

/** Where a problem is, as the user knows it: `speechDrafter.allow[2]` or `.speechdrafter.json › allow[2]`. */
function describe(p: ConfigProblem): string {
  if (p.source === SETTINGS_SOURCE) return `${SECTION}.${p.key ?? ''}`.replace(/\.$/, '');
  return p.key ? `${p.source} › ${p.key}` : p.source;
}

const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];

function readExtensionSettings(cfg: vscode.WorkspaceConfiguration, problems: ConfigProblem[]): ExtensionSettings {
  let languages = cfg.get<unknown>('languages', DEFAULT_LANGUAGES);
  if (!Array.isArray(languages) || !languages.every((l) => typeof l === 'string')) {
    problems.push({ source: SETTINGS_SOURCE, key: 'languages', message: vscode.l10n.t('Expected a list of language ids; using plaintext and markdown.') });
    languages = DEFAULT_LANGUAGES;
  }
  const num = (key: string, def: number, min: number, max: number): number => {
    const v = cfg.get<unknown>(key, def);
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    problems.push({ source: SETTINGS_SOURCE, key, message: vscode.l10n.t('Expected a number from {0} to {1}; using {2}.', min, max, def) });
    return def;
  };
  return {
    languages: languages as string[],
    debounceMs: num('debounceMs', 300, 0, 5000),
    maxDocumentLength: num('maxDocumentLength', 2_000_000, 1000, 50_000_000),
  };
}

/** The core settings as VS Code holds them (keys under `speechDrafter.`). */
function readCoreSettings(cfg: vscode.WorkspaceConfiguration): SpeechDrafterSettings {
  const keys: Array<keyof SpeechDrafterSettings> = [
    'rules',
    'placeholderPatterns',
    'boilerplatePhrases',
    'allow',
    'confusedWords',
    'targetScript',
    'documentDate',
    'referencePaths',
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = cfg.get<unknown>(k);
    if (v !== undefined) out[k] = v;
  }
  return out as SpeechDrafterSettings;
}

export class SettingsManager implements vscode.Disposable {
  private analyzers = new Map<string, Analyzer>();
  private fileLayers = new Map<string, SettingsLayer>();
  private shownProblems = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fired when anything that changes the findings changed. */
  readonly onDidChange = this.changeEmitter.event;
  private extSettings: ExtensionSettings;

  /** Services every analyzer gets (the reference documents of the quotation check). */
  analyzerServices: AnalyzerServices | undefined;

  constructor(private readonly output: vscode.OutputChannel) {
    this.extSettings = this.readExt();
    this.disposables.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.reset();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = () => {
      this.fileLayers.clear();
      void this.loadFiles().then(() => this.reset());
    };
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.disposables.push(watcher, vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  get extension(): ExtensionSettings {
    return this.extSettings;
  }

  /** Read every workspace folder's `.speechdrafter.json` (called once after activation, then on change). */
  async loadFiles(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // No config file in this folder.
      }
      const source = vscode.workspace.asRelativePath(uri);
      // Read as VS Code reads settings files: comments, trailing commas and a BOM are fine.
      const decoded = decodeText(bytes);
      const parsed = decoded.ok ? parseSettingsFile(decoded.text, source) : { problems: [{ source, message: decoded.message }] };
      if (parsed.layer) this.fileLayers.set(folder.uri.toString(), parsed.layer);
      else this.fileLayers.delete(folder.uri.toString());
      this.report(parsed.problems);
    }
  }

  private readExt(): ExtensionSettings {
    const problems: ConfigProblem[] = [];
    const s = readExtensionSettings(vscode.workspace.getConfiguration(SECTION), problems);
    this.report(problems);
    return s;
  }

  private reset(): void {
    this.analyzers.clear();
    this.extSettings = this.readExt();
    this.changeEmitter.fire();
  }

  /** The analyzer for a document: its folder's settings and config file. */
  analyzerFor(uri: vscode.Uri): Analyzer {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      const layers: SettingsLayer[] = [
        { source: SETTINGS_SOURCE, settings: readCoreSettings(vscode.workspace.getConfiguration(SECTION, folder?.uri)) },
      ];
      const file = this.fileLayers.get(key);
      if (file) layers.push(file);
      const result = configure(layers, this.analyzerServices);
      this.report(result.problems);
      analyzer = result.analyzer;
      this.analyzers.set(key, analyzer);
    }
    return analyzer;
  }

  private report(problems: readonly ConfigProblem[]): void {
    for (const p of problems) {
      const line = `${describe(p)}: ${p.message}`;
      if (this.shownProblems.has(line)) continue;
      this.shownProblems.add(line);
      this.output.appendLine(`[${new Date().toISOString()}] ${line}`);
      const open = vscode.l10n.t('Open Settings');
      void vscode.window.showWarningMessage(vscode.l10n.t('Speech Drafter: a setting was ignored. {0}', line), open).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
      });
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
