// Time for tests that check growth (linear, not quadratic) on a shared machine. CPU time of this test
// process, not wall time: another job on the same cores stretches wall time by whatever share of the
// cores it takes, which read as quadratic growth in CI, while the CPU time a run spends stays the same.

/** CPU milliseconds this process spent (user + system); wall time where Node's counter is missing. */
function now(): number {
  const usage = globalThis.process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : performance.now();
}

/** Best of `runs` runs, in CPU ms: the run least disturbed by garbage collection and cache misses. */
export function cpuTime(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    run();
    best = Math.min(best, now() - t0);
  }
  return best;
}

/**
 * The CPU time at 4n over the time at n, each the best of three runs taken in turn (small, large, small, …),
 * so a slow spell of the machine falls on both. Below `floorMs` the small run's time is noise (GC, timer
 * granularity), so the ratio is taken against that floor. Linear code gives ~4; the quadratic patterns
 * these tests guard against gave 16 or more.
 */
export function growthRatio(small: () => void, large: () => void, floorMs = 25): { ratio: number; large: number } {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    a = Math.min(a, cpuTime(small, 1));
    b = Math.min(b, cpuTime(large, 1));
  }
  return { ratio: b / Math.max(a, floorMs), large: b };
}
