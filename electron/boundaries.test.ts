// The layer rules of eslint.config.js around the shell, checked by linting small probes at the paths they govern.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = x;\n`, { filePath: path.join(ROOT, file) });
  // electron/ keeps its no-restricted-imports rule; src/ is governed by the layer allow-list (build/eslint-layers.mjs).
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

describe('the shell and the renderer stay apart', () => {
  it.each([
    ["import { x } from '../src/stores/ui';"],
    ["import { x } from '../src/platform/types';"],
    ["import { x } from '../src';"],
    ["import { x } from 'vue';"],
    ["import { x } from 'dexie';"],
  ])('electron/ may not: %s', async (source) => {
    expect(await restricted('electron/probe.ts', source)).toHaveLength(1);
  });

  it('electron/ may import its own modules and Node', async () => {
    expect(await restricted('electron/probe.ts', "import { x } from './ipc-contract';\nimport { readFile as y } from 'node:fs';")).toEqual([]);
  });

  it.each(['src/stores/probe.ts', 'src/components/probe.ts', 'src/composables/probe.ts', 'src/probe.ts'])('%s may import neither Electron nor the shell', async (file) => {
    expect(await restricted(file, "import { x } from 'electron';")).toHaveLength(1);
    expect(await restricted(file, "import { x } from 'electron/main';")).toHaveLength(1);
    expect(await restricted(file, "import { x } from '../../electron/ipc-contract';")).toHaveLength(1);
  });

  it('src/platform may import the IPC contract, and nothing else of the shell', async () => {
    expect(await restricted('src/platform/probe.ts', "import { x } from '../../electron/ipc-contract';")).toEqual([]);
    expect(await restricted('src/platform/probe.ts', "import { x } from '../../electron/main';")).toHaveLength(1);
    expect(await restricted('src/platform/probe.ts', "import { x } from 'electron';")).toHaveLength(1);
    expect(await restricted('src/platform/probe.ts', "import { x } from 'node:fs';")).toHaveLength(1);
  });

  it('src/core may not import the shell', async () => {
    expect(await restricted('src/core/probe.ts', "import { x } from '../../electron/ipc-contract';")).toHaveLength(1);
  });
});
