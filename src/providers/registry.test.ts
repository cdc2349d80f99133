import { describe, expect, it } from 'vitest';
import { adapterFactories, createAdapter } from './registry';

describe('createAdapter', () => {
  it('builds one adapter per known type, named after the instance', () => {
    for (const type of ['openai', 'anthropic', 'google'] as const) {
      expect(createAdapter({ name: `my-${type}`, type, apiKey: 'k', timeoutMs: 1000 }).name).toBe(`my-${type}`);
    }
    expect(createAdapter({ name: 'groq', type: 'openai-compatible', baseURL: 'http://127.0.0.1:1/v1', timeoutMs: 1000 }).name).toBe('groq');
  });

  it('fails clearly for a type with no registered factory (sim is added by the lead)', () => {
    if (adapterFactories.sim) return;
    expect(() => createAdapter({ name: 's', type: 'sim', timeoutMs: 1000 })).toThrow(/no adapter for type "sim"/);
  });
});
