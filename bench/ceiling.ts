// The machine's own two-thread ceiling, for the CLI's `--jobs 2` ÷ `--jobs 1` row: the same fixed JavaScript workload
// run in one worker thread, then in two at once (each doing the whole workload), in turn several times. The ratio
// 2 × (one thread's wall time) ÷ (two threads' wall time) is what a perfectly parallel program could gain from a
// second thread here; two vCPUs that are SMT siblings, or a host that steals cycles from them, give less than 2 even
// for work that shares nothing. Two workloads: pure compute (integer arithmetic in a loop, no allocation) and
// allocation-heavy (short-lived objects and strings, as the extractor makes: the young generation's scavenges and
// V8's background GC threads then share the two cores too).
//
// The threads are started and warmed up before the clock starts (a first round untimed), so this measures the
// running, not Node's start of a thread; the CLI's ratio includes that start, which is small beside its runs.
import { Worker } from 'node:worker_threads';

export type CeilingWorkload = 'compute' | 'allocate';

/** Plain JavaScript for `new Worker(…, { eval: true })`: runs the workload `units` times on each 'go' and reports its CPU. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
// Pure compute: xorshift and multiply-add on small integers, nothing allocated in the loop.
function compute(units) {
  let x = 0x9e3779b9 | 0, acc = 0;
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < 50_000_000; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      acc = (Math.imul(acc, 31) + (x & 0xffff)) | 0;
    }
  }
  return acc;
}
// Allocation-heavy: small objects, arrays and strings that die young (as candidate records and clause slices do).
function allocate(units) {
  let acc = 0;
  for (let u = 0; u < units; u++) {
    for (let round = 0; round < 200; round++) {
      const list = [];
      for (let i = 0; i < 2_500; i++) {
        const text = 'clause ' + i + ' of ' + round;
        list.push({ index: i, text, parts: text.split(' '), value: i * 1.5 });
      }
      for (const item of list) acc = (acc + item.parts.length + item.text.length) | 0;
    }
  }
  return acc;
}
parentPort.on('message', ({ workload, units }) => {
  const cpu0 = process.threadCpuUsage ? process.threadCpuUsage() : null;
  const result = workload === 'compute' ? compute(units) : allocate(units);
  const cpu = cpu0 ? process.threadCpuUsage(cpu0) : null;
  parentPort.postMessage({ result, cpuMicros: cpu ? cpu.user + cpu.system : 0 });
});
`;

/** One round: `threads` workers each run the workload once, started together; the wall time until the last is done. */
interface Round {
  seconds: number;
  /** The whole process: the workers, the main thread (idle) and V8's background threads (GC helpers, compilers). */
  cpuSeconds: number;
  /** The workers' own threads only. */
  threadCpuSeconds: number;
}

async function round(workers: readonly Worker[], workload: CeilingWorkload, units: number): Promise<Round> {
  const before = process.cpuUsage();
  const t0 = performance.now();
  const micros = await Promise.all(
    workers.map(
      (w) =>
        new Promise<number>((resolve, reject) => {
          const fail = (err: Error) => reject(err);
          w.once('error', fail);
          w.once('message', (m: { cpuMicros: number }) => {
            w.off('error', fail);
            resolve(m.cpuMicros);
          });
          w.postMessage({ workload, units });
        }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(before);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, threadCpuSeconds: micros.reduce((a, b) => a + b, 0) / 1e6 };
}

export interface CeilingFigures {
  workload: CeilingWorkload;
  /** Median over the rounds of 2 × (one thread's wall) ÷ (two threads' wall). */
  ratio: number;
  /** Each round's ratio, in the order taken. */
  pairs: number[];
  /** Median wall time of one thread alone and of two at once, seconds. */
  oneSeconds: number;
  twoSeconds: number;
  /** Median CPU time (the whole process: both threads and V8's background threads) of the two runs, seconds. */
  oneCpuSeconds: number;
  twoCpuSeconds: number;
  /**
   * Median over the rounds of the CPU one thread's share of the work took with the other thread running ÷ alone (its
   * own thread's CPU time): above 1 when the two vCPUs slow each other (shared core, cache, memory bandwidth). Less
   * moved by other work on the machine than the wall-time ratio, which a loaded machine lowers by itself.
   */
  threadCpuGrowth: number;
  /** The same for the whole process's CPU (V8's background threads included: the GC's helpers beside each thread). */
  processCpuGrowth: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

/**
 * The two-thread ceiling for one workload: `rounds` pairs, one thread then two, in turn (a shared machine's load moves
 * between pairs, rarely within one). `units` sizes the workload (about 0.1 s of one core each on a current x86 core).
 */
export async function twoThreadCeiling(workload: CeilingWorkload, rounds = 5, units = 6): Promise<CeilingFigures> {
  const workers = [new Worker(WORKER, { eval: true }), new Worker(WORKER, { eval: true })];
  try {
    // Warm up both threads (their code optimised), untimed.
    await round(workers, workload, 1);
    const one: Round[] = [];
    const two: Round[] = [];
    for (let i = 0; i < rounds; i++) {
      one.push(await round(workers.slice(0, 1), workload, units));
      two.push(await round(workers, workload, units));
    }
    const pairs = one.map((r, i) => (2 * r.seconds) / two[i]!.seconds);
    return {
      workload,
      ratio: median(pairs),
      pairs,
      oneSeconds: median(one.map((r) => r.seconds)),
      twoSeconds: median(two.map((r) => r.seconds)),
      oneCpuSeconds: median(one.map((r) => r.cpuSeconds)),
      twoCpuSeconds: median(two.map((r) => r.cpuSeconds)),
      threadCpuGrowth: median(one.map((r, i) => two[i]!.threadCpuSeconds / 2 / r.threadCpuSeconds)),
      processCpuGrowth: median(one.map((r, i) => two[i]!.cpuSeconds / 2 / r.cpuSeconds)),
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Several calls' figures for one workload as one: the medians over all their rounds. */
export function combineCeilings(figures: readonly CeilingFigures[]): CeilingFigures {
  const all = (pick: (f: CeilingFigures) => number) => median(figures.map(pick));
  const pairs = figures.flatMap((f) => f.pairs);
  return {
    workload: figures[0]?.workload ?? 'compute',
    ratio: median(pairs),
    pairs,
    oneSeconds: all((f) => f.oneSeconds),
    twoSeconds: all((f) => f.twoSeconds),
    oneCpuSeconds: all((f) => f.oneCpuSeconds),
    twoCpuSeconds: all((f) => f.twoCpuSeconds),
    threadCpuGrowth: all((f) => f.threadCpuGrowth),
    processCpuGrowth: all((f) => f.processCpuGrowth),
  };
}

/** One line for a workload's figures, as the bench prints them. */
export function describeCeiling(c: CeilingFigures): string {
  const name = c.workload === 'compute' ? 'pure compute' : 'allocation-heavy';
  return `${name} ${c.ratio.toFixed(2)} (pairs ${c.pairs.map((p) => p.toFixed(2)).join(', ')}; one thread ${c.oneSeconds.toFixed(2)} s, two ${c.twoSeconds.toFixed(2)} s wall; beside another a thread's CPU ×${c.threadCpuGrowth.toFixed(2)}, the process's ×${c.processCpuGrowth.toFixed(2)})`;
}

// `tsx bench/ceiling.ts [rounds]`: the two figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 5);
  const { loadavg } = await import('node:os');
  const load0 = loadavg()[0]?.toFixed(2);
  for (const workload of ['compute', 'allocate'] as const) console.log(describeCeiling(await twoThreadCeiling(workload, rounds)));
  console.log(`load average ${load0} → ${loadavg()[0]?.toFixed(2)}`);
}
