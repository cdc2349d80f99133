import { describe, expect, it } from 'vitest';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, oneHot, profileSetOf, WEATHER_TOOL } from '../../../tests/routing/fixtures';
import type { Posterior } from '../types';
import { estimateInputTokens, posteriorWeights, predict, requestFeatures } from './predict';
import { route } from './route';
import { CAP_JSON_SCHEMA, CAP_STREAMING, CAP_TOOLS, CAP_VISION } from './table';

const ctx = contextFor(
  catalogOf([modelEntry({ id: 'a/m', inputPerMTok: 2, outputPerMTok: 8 })]),
  profileSetOf([
    modelProfile('a/m', {
      simple_reflex: { score: 0.9, outputTokens: 100, ttftMs: 300, tokensPerSecond: 50 },
      learning: { score: 0.5, outputTokens: 500, ttftMs: 1000, tokensPerSecond: 100 },
    }),
  ]),
);
const row = ctx.table.rows[0]!;

describe('prediction', () => {
  it('estimates input tokens as characters / 4 plus per-message and image overhead', () => {
    expect(estimateInputTokens(chat('x'.repeat(400))).tokens).toBe(100 + 4);
    const withImage = chat('', { messages: [{ role: 'user', content: [{ type: 'text', text: 'abcd' }, { type: 'image_url', image_url: { url: 'data:' } }] }] });
    expect(estimateInputTokens(withImage)).toEqual({ tokens: 1 + 800 + 4, images: 1 });
    expect(estimateInputTokens(chat('hi', { tools: [WEATHER_TOOL] })).tokens).toBeGreaterThan(estimateInputTokens(chat('hi')).tokens + 10);
  });

  it('cost = request input x input price + expected output x output price; latency = ttft + output / throughput', () => {
    const features = requestFeatures(chat('x'.repeat(3984))); // 996 + 4 = 1000 tokens
    expect(features.inputTokens).toBe(1000);
    const p = predict(ctx.table, row, [['simple_reflex', 1]], features);
    expect(p.costUsd).toBeCloseTo(1000 * 2e-6 + 100 * 8e-6, 12);
    expect(p.latencyMs).toBeCloseTo(300 + (100 / 50) * 1000, 9);
    expect(p.score).toBe(0.9);
  });

  it('caps the expected output at the caller max_tokens', () => {
    const p = predict(ctx.table, row, [['learning', 1]], requestFeatures(chat('', { max_tokens: 50 })));
    expect(p.latencyMs).toBeCloseTo(1000 + 500, 9);
  });

  it('mixes score, cost and latency over the posterior', () => {
    const features = requestFeatures(chat(''));
    const mixed = predict(ctx.table, row, [['simple_reflex', 0.5], ['learning', 0.5]], features);
    const a = predict(ctx.table, row, [['simple_reflex', 1]], features);
    const b = predict(ctx.table, row, [['learning', 1]], features);
    expect(mixed.score).toBeCloseTo((a.score + b.score) / 2, 12);
    expect(mixed.costUsd).toBeCloseTo((a.costUsd + b.costUsd) / 2, 12);
    expect(mixed.latencyMs).toBeCloseTo((a.latencyMs + b.latencyMs) / 2, 9);
  });

  it('drops negligible posterior mass and renormalises', () => {
    const posterior: Posterior = { simple_reflex: 0.6, model_based_reflex: 0.0001, goal_based: 0.2, utility_based: 0, learning: 0.2 };
    const weights = posteriorWeights(posterior, 'simple_reflex');
    expect(weights.map(([t]) => t)).toEqual(['simple_reflex', 'goal_based', 'learning']);
    expect(weights.reduce((s, [, p]) => s + p, 0)).toBeCloseTo(1, 12);
    expect(posteriorWeights({ ...posterior, simple_reflex: 0, goal_based: 0, learning: 0 }, 'learning')).toEqual([['learning', 1]]);
  });

  it('derives capability needs from the request', () => {
    const request = chat('x', {
      tools: [WEATHER_TOOL],
      stream: true,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } },
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x' } }] }],
    });
    expect(requestFeatures(request).needs).toBe(CAP_TOOLS | CAP_STREAMING | CAP_JSON_SCHEMA | CAP_VISION);
    expect(requestFeatures({ ...request, tool_choice: 'none' }).needs & CAP_TOOLS).toBe(0);
  });

  it('decision candidates carry the per-request predictions', () => {
    const d = route(chat('x'.repeat(3984)), oneHot('simple_reflex'), ctx);
    expect(d.inputTokens).toBe(1000);
    expect(d.candidates[0]?.costUsd).toBeCloseTo(0.0028, 12);
  });
});
