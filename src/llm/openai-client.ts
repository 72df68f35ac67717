// Builds an OpenAI SDK client for any OpenAI-compatible endpoint (OpenAI,
// DeepSeek, Qwen/DashScope, Ollama, vLLM). One client per extractor, never a
// module-level singleton.
import { OpenAI } from 'openai';

export interface LlmClientConfig {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

export function createOpenAiClient(cfg: LlmClientConfig): OpenAI {
  return new OpenAI({
    baseURL: cfg.baseUrl,
    // Local servers (Ollama, vLLM) need no key, but the SDK refuses an empty one.
    apiKey: cfg.apiKey || 'none',
    timeout: cfg.timeoutMs,
    // The SDK obeys any Retry-After without a cap and retries timeouts, which
    // could stall a message for minutes; create-llm-extractor.ts retries itself
    // with bounded waits instead.
    maxRetries: 0,
  });
}
