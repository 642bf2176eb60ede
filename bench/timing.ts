/** Median wall time of `runs` calls after `warmup` unmeasured ones (first calls pay for caches and JIT). */
export async function medianMs(fn: () => unknown, { warmup = 2, runs = 9 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
