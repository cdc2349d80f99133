// A fingerprint of what the features mean, written into every weights file by the trainer and
// checked when one loads. Weights only mean something for the feature extraction they were
// trained with: a changed cue lexicon, scanner or layout makes old weights misread requests
// without any error, so a mismatch is refused with a "retrain" message instead.
import { fnv1aPair, hex8 } from '../../util/hash';
import type { ChatRequest } from '../types';
import { DENSE_FEATURES, FeatureBuffer, HASH_BUCKETS, extractFeatures } from './features';
import { LEAD_LEXICON, LEXICON, MONTH_WORDS, TOOL_LEXICON } from './lexicon';

// Probe requests whose features are hashed along with the lexicon: they take the scanner's paths
// (stems, phrases, CJK bigrams, line shapes, dates, schemas, tool names, caps on long texts), so a change
// of scanning rules changes the fingerprint even when no lexicon entry changed.
// Requests arrive through JSON.parse; building the probes the same way gives them the object
// shapes parsed requests have, so checking a weights file does not tune the extraction code for others.
const PROBES: ChatRequest[] = JSON.parse(JSON.stringify([
  {
    model: 'probe',
    messages: [
      { role: 'system', content: 'You optimise the trade-off between cost and quality. Weights: cost 0.4, quality 0.6.\n| a | b |\n- item\n1. step\n12:05 event\nB) option' },
      { role: 'user', content: 'Episode 4: reward 0.9 → +4%\nlast time you chose left; learn from feedback. Étape 2: ¿optimizar? 目标是降低成本。' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'getURLParser', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'Trial 3 -> 0.82 accuracy; field of view 40; x=3 y<4 $5\n4. März | 22%\n(2026-05-25) open 32%\n3月 売上' },
      { role: 'user', content: [{ type: 'text', text: 'Round 2 observation: sensor 7 reads 31.5' }, { type: 'image_url', image_url: { url: 'data:,' } }] },
    ],
    tools: [{ type: 'function', function: { name: 'plan_route', description: 'Plans a route to the goal.', parameters: { type: 'object', properties: { goal: { type: 'string', enum: ['a', 'b'] }, budget: { type: 'number' } } } } }],
    response_format: { type: 'json_schema', json_schema: { name: 'decision', schema: { type: 'object', properties: { choice: { type: 'array', items: { type: 'string' } } } } } },
    max_tokens: 12,
  },
  { model: 'probe', messages: [{ role: 'user', content: `${'Observe the log line. '.repeat(300)}maximise expected utility` }] },
  { model: 'probe', messages: [{ role: 'user', content: 'Translate to French: the invoice is overdue.' }] },
])) as ChatRequest[];

let cached: string | undefined;

/** 16 hex digits; equal for two builds exactly when their features agree on everything hashed. */
export function featureFingerprint(): string {
  cached ??= computeFingerprint();
  return cached;
}

function computeFingerprint(): string {
  const parts = [JSON.stringify({ dense: DENSE_FEATURES, hashBuckets: HASH_BUCKETS, lexicon: LEXICON, lead: LEAD_LEXICON, tool: TOOL_LEXICON, months: MONTH_WORDS })];
  const buffer = new FeatureBuffer();
  // The features' float32 bits, so the fingerprint does not depend on how numbers print.
  const bits = new Uint32Array(buffer.values.buffer, buffer.values.byteOffset, buffer.values.length);
  for (const probe of PROBES) {
    extractFeatures(probe, buffer);
    parts.push(`shape ${buffer.requestShape}`);
    for (let f = 0; f < bits.length; f++) if (bits[f] !== 0) parts.push(`${f}:${bits[f]!}`);
  }
  const text = parts.join('\n');
  const [a, b] = fnv1aPair(text);
  return hex8(a) + hex8(b);
}
