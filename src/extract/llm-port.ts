// The seam between the extraction pipeline and the LLM. The LLM extractor is
// always handed the rules result: it uses it to cross-check dates and returns it
// (with fallbackReason set) whenever the model fails, so callers never lose a message.
import type { ExtractOptions, ExtractionResult, ParsedTranscript } from './types.js';

export interface LlmNeedsExtractor {
  readonly model: string;
  readonly promptVersion: string;
  /** Never throws: on timeout, 429, outage or bad output it returns `rules` with fallbackReason. */
  extract(t: ParsedTranscript, opts: ExtractOptions, rules: ExtractionResult): Promise<ExtractionResult>;
}
