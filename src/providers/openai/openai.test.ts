import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../../tests/fakes';
import { buildOpenAIClient } from '../clients';
import { collect, describeProviderConformance } from '../conformance';
import { createOpenAIAdapter } from './adapter';

const settings = (baseURL: string) => ({ name: 'openai', type: 'openai' as const, apiKey: 'sk-test', baseURL, timeoutMs: 5000 });

describeProviderConformance('openai', {
  provider: 'openai',
  model: 'gpt-test',
  reports: { reasoning: true },
  createAdapter: (url) => createOpenAIAdapter({ name: 'openai', client: buildOpenAIClient(settings(url)) }),
});

describe('openai adapter specifics', () => {
  it('passes the body through: drops router/model, restores extra, forces include_usage on streams', async () => {
    const upstream = await startFakeOpenAI();
    try {
      const adapter = createOpenAIAdapter({ name: 'openai', client: buildOpenAIClient(settings(upstream.url)) });
      const request = { model: 'gateway', messages: [{ role: 'user' as const, content: 'hi' }], router: { policy: 'cheap' }, extra: { logit_bias: { '50256': -100 }, temperature: 9 }, temperature: 0.2, seed: 7 };
      await adapter.generate(request, { model: 'gpt-x', timeoutMs: 5000 });
      const body = upstream.requests[0]!.body;
      expect(body).toMatchObject({ model: 'gpt-x', temperature: 0.2, seed: 7, logit_bias: { '50256': -100 } });
      expect(body).not.toHaveProperty('router');
      expect(body).not.toHaveProperty('extra');
      await collect(adapter.stream({ ...request, stream_options: { include_usage: false } }, { model: 'gpt-x', timeoutMs: 5000 }));
      expect(upstream.requests[1]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    } finally {
      await upstream.close();
    }
  });

  it('maps an in-band stream error to a retryable ProviderError after the first part', async () => {
    const upstream = await startFakeOpenAI();
    try {
      upstream.script(() => ({ kind: 'stream-error', text: 'half', message: 'server melted' }));
      const adapter = createOpenAIAdapter({ name: 'openai', client: buildOpenAIClient(settings(upstream.url)) });
      await expect(collect(adapter.stream({ model: 'g', messages: [{ role: 'user', content: 'x' }] }, { model: 'gpt-x', timeoutMs: 5000 }))).rejects.toMatchObject({
        kind: 'unknown',
        retryable: true,
        message: expect.stringContaining('server melted'),
      });
    } finally {
      await upstream.close();
    }
  });
});
