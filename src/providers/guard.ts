// Runs one upstream call inside a CallScope and turns every failure into a ProviderError.
// Streams: the SDK iterators end silently when aborted, so the scope is checked after the
// loop, and a stream without a terminal event is an error, never a clean finish.
import type { ChatStreamPart } from '../core/types';
import { openCallScope, type CallScope } from './call-scope';
import { ProviderError, type CallOptions } from './types';

export type ToProviderError = (error: unknown, scope: CallScope) => ProviderError;

export async function guardCall<R>(call: CallOptions, toError: ToProviderError, run: (signal: AbortSignal) => Promise<R>): Promise<R> {
  const scope = openCallScope(call);
  try {
    const result = await run(scope.signal);
    // Some SDK paths resolve quietly on abort; an aborted call has no trustworthy result.
    if (scope.ended()) throw new Error('call ended by its scope');
    return result;
  } catch (error) {
    throw toError(error, scope);
  } finally {
    scope.dispose();
  }
}

/** Maps one provider's stream events to parts; `finish` throws when the stream was cut. */
export interface StreamMapper<E> {
  onEvent(event: E): ChatStreamPart[];
  finish(): ChatStreamPart;
}

export async function* guardStream<E>(
  call: CallOptions,
  toError: ToProviderError,
  open: (signal: AbortSignal) => Promise<AsyncIterable<E>>,
  mapper: StreamMapper<E>,
): AsyncGenerator<ChatStreamPart> {
  const scope = openCallScope(call);
  try {
    const source = await open(scope.signal);
    for await (const event of source) {
      scope.touch();
      yield* mapper.onEvent(event);
    }
    if (scope.ended()) throw new Error('stream ended by its scope');
    yield mapper.finish();
  } catch (error) {
    throw toError(error, scope);
  } finally {
    scope.dispose();
  }
}

export function streamCut(provider: string): ProviderError {
  return new ProviderError({ kind: 'network', provider, message: `${provider}: stream ended before completion` });
}
