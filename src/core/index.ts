/**
 * Speech Drafter's engine: text in, findings with fixes out. No `vscode` here; the extension,
 * the CLI, the Word export and the tests are adapters over this module, and the only module of
 * the core they import (test/unit/architecture.test.ts fails on a deeper import). Published as
 * `speech-drafter/core`.
 *
 *   import { analyze } from 'speech-drafter/core';
 *   const findings = analyze('XX书记在会上讲话');
 *
 * Sections: analysis · findings and fixes · settings · documents · input · rules · structure and
 * length · script · formulations · corpus. A new public module gets its own section here.
 */
import { DEFAULT_CONFIG, resolveConfig, type ResolvedConfig, type SettingsLayer } from './config';
import { createAnalyzer as createAnalyzerWithRules, type AnalyzeOptions, type Analyzer } from './engine';
import { ALL_RULES } from './rules';
import type { AnalyzerServices } from './rule';
import type { ConfigProblem, Finding } from './types';

// ── Analysis ────────────────────────────────────────────────────────────────────────────────

export { LineCache } from './engine';
export type { Analyzer, AnalyzeOptions } from './engine';

/** Ids of every rule, for validating settings. */
export const RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));

/** The one factory: an analyzer for a configuration (built from settings layers, or resolved already). */
export function createAnalyzer(config: ResolvedConfig = DEFAULT_CONFIG, services?: AnalyzerServices): Analyzer {
  return createAnalyzerWithRules(config, ALL_RULES, services);
}

/** Resolve settings layers (VS Code settings, `.speechdrafter.json`) against the known rules. */
export function configure(layers: readonly SettingsLayer[], services?: AnalyzerServices): { analyzer: Analyzer; problems: ConfigProblem[] } {
  const { config, problems } = resolveConfig(layers, RULE_IDS);
  return { analyzer: createAnalyzer(config, services), problems };
}

let defaultAnalyzer: Analyzer | undefined;

/** Analyze `text` with the default configuration (every rule at its default level). */
export function analyze(text: string, options?: AnalyzeOptions & { settings?: unknown }): Finding[] {
  if (options?.settings !== undefined) {
    return configure([{ source: 'options', settings: options.settings }]).analyzer.analyze(text, options);
  }
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}

// ── Findings and fixes ──────────────────────────────────────────────────────────────────────

export * from './types';
export { applyEdits, planSafeFixes, fixAllSafe } from './fixes';
export type { SafeFixPlan, FixAllResult } from './fixes';
export { fixAllReported, describeFixReport, describeProblems, describeFixItem, fixKindOf, QUOTED_REMOVAL_MIN } from './fixReport';
export type { FixReport, FixReportItem, FixKind } from './fixReport';

// ── Settings ────────────────────────────────────────────────────────────────────────────────

export { CONFIG_FILE_NAME, DEFAULT_CONFIG, resolveConfig } from './config';
export type { ResolvedConfig, SettingsLayer, SpeechDrafterSettings, ConfusedWordSetting } from './config';

export { parseSettingsFile, setInSettingsFile } from './settingsFile';
export type { SettingsFileResult } from './settingsFile';

// ── Documents ───────────────────────────────────────────────────────────────────────────────

export { parseDocument, LineIndex } from './document';
export type { LanguageId, Line, SourceDocument } from './document';

// ── Input: bytes → text, language ───────────────────────────────────────────────────────────

export { decodeText, DOCUMENT_FILE_EXTENSIONS, DOCUMENT_FILES_GLOB, encodeText, isDocumentFile, isSpeechFile, languageOf, looksBinary, readDocumentText, SPEECH_FILE_EXTENSIONS, SPEECH_FILES_GLOB } from './input';
export type { DecodeResult, DocumentText, TextEncoding, UnreadableReason } from './input';

// ── Rules ───────────────────────────────────────────────────────────────────────────────────

export { ALL_RULES } from './rules';
export type { Rule, RuleExample, AnalyzerServices } from './rule';
export { RULE, placeholderData, findingsOf } from './ruleIds';
export type { KnownRuleId, PlaceholderData } from './ruleIds';

// ── Structure and length ────────────────────────────────────────────────────────────────────

export { parseStructure, renumberEdits, chineseToNumber, numberToChinese } from './structure';
export type { Structure, Heading, Enumeration } from './structure';
export { countCharacters, deliveryMinutes } from './length';

// ── Script (traditional → simplified) ───────────────────────────────────────────────────────

export { convertToSimplified } from './script';

// ── Formulations (提法) ─────────────────────────────────────────────────────────────────────

export { USER_GLOSSARY_FILE, Glossary, parseGlossary, builtinEntries, defaultGlossary, mergeGlossaries } from './glossary/glossary';
export { completionsFor, completionNames, membersText, nameInitials } from './glossary/initials';
export type { CompletionMatch, CompletionName } from './glossary/initials';
export { unknownFormulations } from './glossary/unknown';
export { describeEntry, entryJson, kindText, scopeText, statusText } from './glossary/describe';
export type { EntryLine } from './glossary/describe';
export type { UnknownFormulation } from './glossary/unknown';
export type { GlossaryEntry, GlossaryFile, GlossaryScope, GlossaryStatus, RecordRef, SourceRef, WordingChange } from './glossary/types';

// ── Corpus ──────────────────────────────────────────────────────────────────────────────────

export { CorpusStore, parseCorpusFile } from './corpus/store';
export type { CorpusDocument, CorpusHit, CorpusSearcher } from './corpus/types';

// ── Quotations (引文核对) ───────────────────────────────────────────────────────────────────

export { ReferenceIndex } from './quotation/referenceIndex';
export type { Window as ReferenceWindow } from './quotation/referenceIndex';
export { parseReferenceFile, compareDates } from './quotation/references';
export type { ReferenceDocument } from './quotation/references';
export { normalize as normalizeForQuotation } from './quotation/normalize';
export { checkQuotation, closeEnough, MIN_COMPARED } from './quotation/check';
export type { QuoteCheck, SourcePassage } from './quotation/check';
export type { QuoteDifference, DifferenceKind } from './quotation/align';
export { findQuotations } from './quotation/finder';
export type { Quotation } from './quotation/finder';
export { describeDifferences, describeVersions, differentMessage, formatDate, sourceLabel } from './quotation/messages';
export { quotationData } from './rules/quotation';
export type { QuotationData } from './rules/quotation';
export { checkAllQuotations } from './quotation/report';
export type { QuotationReportEntry } from './quotation/report';
