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
 * The CPU time of the large run over the small one (4n and n in most tests), each the best of three runs taken in turn (small, large, small, …),
 * so a slow spell of the machine falls on both. Below `floorMs` the small run's time is noise (GC, timer
 * granularity), so the ratio is taken against that floor. Linear code gives ~4; the quadratic patterns
 * these tests guard against gave 16 or more. Once a large run has taken over 10 s of CPU (linear code takes well under
 * one) no more runs are taken: the ratio is already far past any bound, and two more would keep a failing test running
 * for minutes (the quadratic HTML stack took 47 s a run at 200,000 tags).
 */
export function growthRatio(small: () => void, large: () => void, floorMs = 25): { ratio: number; large: number } {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    a = Math.min(a, cpuTime(small, 1));
    b = Math.min(b, cpuTime(large, 1));
    if (b > 10_000) break;
  }
  return { ratio: b / Math.max(a, floorMs), large: b };
}
