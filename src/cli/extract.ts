// `extract` command: reads plan files and folders with the app's readers, extracts their targets on worker threads
// and prints them as JSON, JSON Lines or CSV (src/batch/run.ts does the run).
import { availableParallelism } from 'node:os';
import { EXTRACT_USAGE, parseExtractArgs } from './args';
import { userPath } from './paths';
import { startEarly } from '../batch/thread';
import { mayRunInline } from '../batch/inline';

async function main(argv: string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  if (!args.ok) {
    process.stderr.write(`planbench: ${args.detail}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  // `extract … | head` closes the pipe early: stop quietly instead of dying on EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // The first worker thread starts now, so that Node's start of it and its loading of the extractor overlap the
  // main thread's loading of the run and its finding of the files (src/batch/thread.ts) — unless the run may be one
  // small text file, which is read on this thread with no worker at all (src/batch/inline.ts).
  const early = mayRunInline(args.value) ? null : startEarly(args.value.budgets.workerMemoryMb);
  // Loaded only for a run, so --help and usage errors answer at once.
  const { runExtract } = await import('../batch/run');
  return runExtract(
    args.value,
    {
      resolvePath: (path) => userPath(path, 'extract'),
      stdout: process.stdout,
      stderr: process.stderr,
      defaultJobs: availableParallelism(),
    },
    early,
  );
}

// exitCode rather than process.exit(): output still being flushed to a pipe is not cut off.
process.exitCode = await main(process.argv.slice(2));
