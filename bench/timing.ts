// Per-call wall-clock timing shared by the bench scripts: one hrtime pair around each call.

/** Times calls `from` to `to` - 1 of `call`, one sample (µs) each, into `samples`. */
function timeInto(call: (i: number) => void, samples: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const start = process.hrtime.bigint();
    call(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
}

/** Runs `call(i)` `warmup` times (JIT), then `iterations` timed times; the samples in µs, sorted ascending. */
export function timeCalls(call: (i: number) => void, iterations: number, warmup: number): Float64Array {
  for (let i = 0; i < warmup; i++) call(i);
  const samples = new Float64Array(iterations);
  timeInto(call, samples, 0, iterations);
  return samples.sort();
}

/**
 * Times two calls in turn, one call of each per step, `iterations` timed calls each, after `warmup`
 * calls of each. Both sample sets see the same stretch of the host's weather (its interruptions
 * come in bursts), so their tails can be compared. One call at a time, not blocks: on this host
 * the first memory-reading call after a millisecond or more of other work finds its caches
 * emptied by other tenants and runs several times slower (bench/RESULTS.md), so blocks would
 * charge one side a cold start per block. Samples in µs, sorted ascending.
 */
export function timePaired(a: (i: number) => void, b: (i: number) => void, iterations: number, warmup: number): [Float64Array, Float64Array] {
  for (let i = 0; i < warmup; i++) { a(i); b(i); }
  const sa = new Float64Array(iterations), sb = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    timeInto(a, sa, i, i + 1);
    timeInto(b, sb, i, i + 1);
  }
  return [sa.sort(), sb.sort()];
}
