/**
 * Every rule of the engine, in reporting order. Adding a rule: write it in this folder (or as
 * data in ../data with a rule over it), give it a new stable kebab-case id, examples that must
 * and must not be flagged, and list it here. The unit tests run every example of every rule.
 */
import type { Rule } from '../rule';
import { announcedCountRule } from './announcedCount';
import { brokenLineRule } from './brokenLine';
import { confusedWordRule } from './confusedWord';
import { formulationMembersRule } from './formulationMembers';
import { halfwidthPunctuationRule } from './halfwidthPunctuation';
import { lookalikeCharRule } from './lookalikeChar';
import { numberFormatRule } from './numberFormat';
import { numberingRule } from './numbering';
import { pairedMarksRule } from './pairedMarks';
import { outdatedTermRule } from './outdatedTerm';
import { pinyinAnnotationRule } from './pinyinAnnotation';
import { placeholderRule } from './placeholder';
import { punctuationUsageRule } from './punctuationUsage';
import { quotationRule } from './quotation';
import { traditionalCharRule } from './traditionalChar';
import { webBoilerplateRule } from './webBoilerplate';
import { repeatedWordRule } from './words';

export const ALL_RULES: readonly Rule[] = [placeholderRule, webBoilerplateRule, traditionalCharRule, lookalikeCharRule, pinyinAnnotationRule, halfwidthPunctuationRule, pairedMarksRule, punctuationUsageRule, repeatedWordRule, confusedWordRule, outdatedTermRule, brokenLineRule, numberFormatRule, numberingRule, announcedCountRule, formulationMembersRule, quotationRule];
