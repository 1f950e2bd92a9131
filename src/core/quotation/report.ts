/** Every quotation of a document with the outcome of its check: what 核对全文引文 and `speech-drafter quotes` list. */
import { parseDocument, type LanguageId } from '../document';
import { checkQuotation, type QuoteCheck } from './check';
import { findQuotations, type Quotation } from './finder';
import type { ReferenceIndex } from './referenceIndex';

export interface QuotationReportEntry {
  readonly quotation: Quotation;
  readonly check: QuoteCheck;
}

export function checkAllQuotations(text: string, languageId: LanguageId, references: ReferenceIndex): QuotationReportEntry[] {
  return findQuotations(parseDocument(text, languageId)).map((quotation) => ({ quotation, check: checkQuotation(quotation.text, references) }));
}
