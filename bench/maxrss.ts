// Loaded into the CLI by the benchmark (node --import): at exit, writes the process's peak resident set size in
// kilobytes and its CPU time in microseconds (all threads, workers included) as JSON to PLANBENCH_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.PLANBENCH_MAXRSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
  });
}
