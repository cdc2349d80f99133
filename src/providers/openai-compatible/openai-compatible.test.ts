import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../../tests/fakes';
import { collect, describeProviderConformance } from '../conformance';
import { NO_USAGE_WARNING } from '../openai/response';
import { openAICompatibleAdapterFromSettings } from './index';

const settings = (baseURL: string) => ({ name: 'local-vllm', type: 'openai-compatible' as const, baseURL, timeoutMs: 5000 });

describeProviderConformance('local-vllm', {
  provider: 'openai',
  model: 'meta-llama/Llama-3.1-8B-Instruct',
  reports: { reasoning: true },
  createAdapter: (url) => openAICompatibleAdapterFromSettings(settings(url)),
});

describe('openai-compatible specifics', () => {
  it('tolerates servers that report no usage: zeros, with a warning', async () => {
    const upstream = await startFakeOpenAI({ omitUsage: true });
    try {
      const adapter = openAICompatibleAdapterFromSettings(settings(upstream.url));
      const request = { model: 'g', messages: [{ role: 'user' as const, content: 'hi' }] };
      const result = await adapter.generate(request, { model: 'llama', timeoutMs: 5000 });
      expect(result.usage).toEqual({ inputTokens: 0, outputTokens: 0, reasoningTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0 });
      expect(result.warnings).toContain(NO_USAGE_WARNING);
      const parts = await collect(adapter.stream(request, { model: 'llama', timeoutMs: 5000 }));
      expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'stop', usage: { inputTokens: 0, outputTokens: 0 }, usageMissing: true });
    } finally {
      await upstream.close();
    }
  });

  it('requires a baseURL', () => {
    expect(() => openAICompatibleAdapterFromSettings({ name: 'x', type: 'openai-compatible', timeoutMs: 1000 })).toThrow(/baseURL/);
  });
});
