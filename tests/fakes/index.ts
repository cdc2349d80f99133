// Loopback fake upstreams speaking each provider's real wire format (see server.ts for the
// shared script). Used by adapter conformance tests and end-to-end tests.
import { startFakeAnthropic, inspectAnthropicRequest } from './anthropic';
import { startFakeGoogle, inspectGoogleRequest } from './google';
import { startFakeOpenAI, inspectOpenAIRequest } from './openai';
import type { NeutralRequest } from './neutral';
import type { CapturedRequest, FakeOptions, FakeUpstream } from './server';

export type FakeProvider = 'openai' | 'anthropic' | 'google';

export function startFakeUpstream(provider: FakeProvider, options?: FakeOptions): Promise<FakeUpstream> {
  if (provider === 'anthropic') return startFakeAnthropic(options);
  if (provider === 'google') return startFakeGoogle(options);
  return startFakeOpenAI(options);
}

export const inspectRequest: Record<FakeProvider, (request: CapturedRequest) => NeutralRequest> = {
  openai: inspectOpenAIRequest,
  anthropic: inspectAnthropicRequest,
  google: inspectGoogleRequest,
};

export { startFakeOpenAI, startFakeAnthropic, startFakeGoogle };
export type { NeutralRequest, NeutralTurn } from './neutral';
export type { CapturedRequest, FakeOptions, FakeToolCall, FakeUpstream, FakeUsage, ScriptHandler, ScriptStep } from './server';
