// Loaded into the CLI by the benchmark (node --import): at exit, writes the process's peak resident set size in
// kilobytes and its CPU time in microseconds (all threads, workers included) as JSON to PLANBENCH_MAXRSS_FILE, with
// the main thread's share and, on Linux, V8's background threads' share (optimising compilers and concurrent GC,
// threads named V8Worker); the rest is the worker threads' JavaScript.
//
// Plain JavaScript on purpose: a .ts file here made Node load its type stripper into every measured run, which cost
// about 0.25 s of CPU, more than half of what the start-up figure measured.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** CPU microseconds of V8's platform threads, read from /proc (Linux); null elsewhere. */
function v8BackgroundCpu() {
  try {
    let ticks = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== 'V8Worker') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    // Clock ticks of 1/100 s (USER_HZ) on every Linux Node supports.
    return ticks * 10_000;
  } catch {
    return null;
  }
}

const target = process.env.PLANBENCH_MAXRSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const main = process.threadCpuUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime, mainCpu: main.user + main.system, v8BackgroundCpu: v8BackgroundCpu() }),
    );
  });
}
