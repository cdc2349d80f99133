// Per-call wall-clock timing shared by the bench scripts: one hrtime pair around each call.

/** Runs `call(i)` `warmup` times (JIT), then `iterations` timed times; the samples in µs, sorted ascending. */
export function timeCalls(call: (i: number) => void, iterations: number, warmup: number): Float64Array {
  for (let i = 0; i < warmup; i++) call(i);
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    call(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return samples.sort();
}
