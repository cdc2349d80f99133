// One AbortSignal per upstream call that fires on the caller's signal (client went away) or on
// the per-call deadline, and remembers which of the two fired. The SDKs report both as the
// same abort (and their stream iterators even swallow aborts), so the scope is the only
// reliable source of truth for "timeout" versus "aborted".
import type { CallOptions } from './types';

export type ScopeEnd = 'timeout' | 'aborted';

export interface CallScope {
  readonly signal: AbortSignal;
  /** Why the scope aborted, if it did. */
  ended(): ScopeEnd | undefined;
  /** Restarts the deadline: streams use it as an idle timeout between events. */
  touch(): void;
  dispose(): void;
}

export function openCallScope(call: Pick<CallOptions, 'signal' | 'timeoutMs'>): CallScope {
  const controller = new AbortController();
  let end: ScopeEnd | undefined;
  const stop = (why: ScopeEnd) => {
    if (end !== undefined) return;
    end = why;
    controller.abort(why);
  };
  const onAbort = () => stop('aborted');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => stop('timeout'), call.timeoutMs);
  };

  if (call.signal?.aborted) stop('aborted');
  else {
    call.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  }
  return {
    signal: controller.signal,
    ended: () => end,
    touch: () => {
      if (end === undefined) arm();
    },
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    },
  };
}
