// The LLM needs extractor: transcript → model (prompts/extract-needs.v1.md) →
// zod-validated JSON → hallucination guard → merge with the rules result.
// It never throws: any failure returns the rules result with fallbackReason,
// so a message is never lost because an LLM was slow, busy, down or confused.
import { ConfigError, LlmError } from '../core/errors.js';
import type { ExtractedNeed } from '../core/needs.js';
import type { LlmNeedsExtractor } from '../extract/llm-port.js';
import type { ExtractOptions, ExtractionResult, ParsedTranscript } from '../extract/types.js';
import { chatJson } from './chat-json.js';
import { guardModelOutput } from './guard.js';
import { mergeWithRules } from './merge-with-rules.js';
import { parseJsonAnswer, parseModelOutput } from './needs-output-schema.js';
import { createOpenAiClient } from './openai-client.js';
import { loadPrompt } from './prompt-loader.js';
import { renderTranscript } from './transcript-prompt.js';

export const PROMPT_VERSION = 'extract-needs.v1';

/** Longer transcripts go to the rules extractor rather than risk a context overflow or a cut-off answer. */
export const MAX_TRANSCRIPT_CHARS = 60_000;

export interface LlmExtractorConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

/**
 * Provenance carried on each need of an LLM result (extra optional fields, as
 * the contract allows): a merged result mixes model needs with rules needs that
 * filled slots the model left empty, so the result-level `extractor` alone
 * would misattribute the latter. Storage should prefer these over the result's.
 */
export interface NeedProvenance {
  extractor: 'llm' | 'rules';
  model?: string;
  promptVersion?: string;
}

export interface WarnLogger {
  warn(obj: object, msg?: string): void;
}

export function createLlmExtractor(cfg: LlmExtractorConfig, logger?: WarnLogger): LlmNeedsExtractor {
  const client = createOpenAiClient(cfg);
  const prompt = loadPrompt(PROMPT_VERSION);

  async function ask(t: ParsedTranscript, opts: ExtractOptions, rules: ExtractionResult): Promise<ExtractionResult> {
    const user = renderTranscript(t, opts).text;
    if (user.length > MAX_TRANSCRIPT_CHARS)
      throw new LlmError('llm_unavailable', `transcript too long for the LLM (${user.length} chars)`);
    const content = await chatJson(client, { model: cfg.model, system: prompt.text, user });
    const output = parseModelOutput(parseJsonAnswer(content));
    if (!output) throw new LlmError('llm_bad_output', 'LLM answer is not the expected JSON object');
    const guarded = guardModelOutput(t.messages, output, rules, opts);
    const merged = mergeWithRules(t.messages, guarded, rules);
    if (output.dropped > 0 || Object.keys(guarded.dropped).length > 0) {
      logger?.warn(
        { model: cfg.model, invalid: output.dropped, dropped: guarded.dropped },
        'LLM needs dropped by validation or guard',
      );
    }
    return {
      format: rules.format,
      messages: rules.messages,
      needs: merged.needs.map((n, i): ExtractedNeed & NeedProvenance =>
        i < guarded.needs.length
          ? { ...n, extractor: 'llm', model: cfg.model, promptVersion: prompt.version }
          : { ...n, extractor: 'rules' },
      ),
      changes: merged.changes,
      extractor: 'llm',
      model: cfg.model,
      promptVersion: prompt.version,
    };
  }

  return {
    model: cfg.model,
    promptVersion: prompt.version,
    async extract(t, opts, rules) {
      // Nothing to read: no reason to spend a model call.
      if (t.messages.length === 0) return rules;
      try {
        return await ask(t, opts, rules);
      } catch (err) {
        // Anything unexpected after the call (a bug in the guard, odd output) is still bad output, not a lost message.
        const e =
          err instanceof LlmError
            ? err
            : new LlmError('llm_bad_output', `LLM answer could not be used: ${String(err)}`, { cause: err });
        logger?.warn({ code: e.code, err: e.message, model: cfg.model }, 'LLM extraction fell back to rules');
        return { ...rules, fallbackReason: e.code };
      }
    },
  };
}

/**
 * For `baton extract --llm off|auto|on`: the extractor to use, or undefined for
 * rules only. `on` without LLM_BASE_URL/LLM_MODEL is a configuration error the
 * command should report, not silently ignore.
 */
export function selectLlmExtractor(
  mode: 'off' | 'auto' | 'on',
  llm: LlmExtractorConfig | undefined,
  logger?: WarnLogger,
): LlmNeedsExtractor | undefined {
  if (mode === 'off') return undefined;
  if (!llm) {
    if (mode === 'on')
      throw new ConfigError('--llm on needs LLM_BASE_URL and LLM_MODEL (and LLM_API_KEY for hosted APIs)');
    return undefined;
  }
  return createLlmExtractor(llm, logger);
}
