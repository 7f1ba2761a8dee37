// Vitest global setup: the command line built (when its sources changed) before any test spawns it.
import { ensureCliBuild } from '../../build/build-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBuild();
}
