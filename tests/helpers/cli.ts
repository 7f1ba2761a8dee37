// How the tests run the command line: as users do, the program built ahead of time into dist-cli/ and started by
// bin/planbench.mjs (which builds it first when its sources changed; Vitest's global setup builds it once up front,
// so no test sees the one-line "built" note on stderr). src/batch/run.test.ts still runs the sources in-process.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const PLANBENCH = join(REPO, 'bin', 'planbench.mjs');
/** `node …EXTRACT args`: the extract command, from any working folder. */
export const EXTRACT: readonly string[] = [PLANBENCH, 'extract'];
