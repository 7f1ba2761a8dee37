// The layer allow-list (build/eslint-layers.mjs) run through ESLint's own API on small in-memory files: a forbidden
// import fails lint with a message naming the layer, an allowed one passes. `.vue` files are covered like `.ts`.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer rule's messages for `code` as if it were the file at `path` (relative to the repository). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

const vue = (script: string) => `<script setup lang="ts">\n${script}\n</script>\n\n<template>\n  <div />\n</template>\n`;

describe('the layer allow-list', () => {
  it.each([
    ['a view reaching the db instance', 'src/views/LayerProbe.vue', vue("import { db } from '../db/instance';\nvoid db;")],
    ['a component importing Dexie', 'src/components/compare/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;"],
    ['a component importing the db repository', 'src/components/review/probe.ts', "import type { DocumentRow } from '../../db/repository';\nexport type Probe = DocumentRow;"],
    ['the batch importing the CLI', 'src/batch/probe.ts', "import { parseExtractArgs } from '../cli/args';\nexport const probe = parseExtractArgs;"],
    ['the workspace model importing Dexie', 'src/workspace/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;"],
    ['a store querying the db', 'src/stores/probe.ts', "import { listRegions } from '../db/queries';\nexport const probe = listRegions;"],
    ['core importing an exporter', 'src/core/probe.ts', "import { tableToCsv } from '../export/csv';\nexport const probe = tableToCsv;"],
    ['core importing the batch', 'src/core/probe.ts', "import { runBatch } from '../batch/run';\nexport const probe = runBatch;"],
    ['db importing Vue', 'src/db/probe.ts', "import { ref } from 'vue';\nexport const probe = ref;"],
    ['db importing a store', 'src/db/probe.ts', "import { useUi } from '../stores/ui';\nexport const probe = useUi;"],
    ['an exporter importing Vue', 'src/export/probe.ts', "import { ref } from 'vue';\nexport const probe = ref;"],
    ['an exporter importing node:fs', 'src/export/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;"],
    ['an exporter importing a store', 'src/export/probe.ts', "import { useCompare } from '../stores/compare';\nexport const probe = useCompare;"],
    ['a chart builder importing fs by its bare name', 'src/charts/probe.ts', "import { readFileSync } from 'fs';\nexport const probe = readFileSync;"],
  ])('refuses %s', async (_what, path, code) => {
    const errors = await layerErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import/);
  });

  it.each([
    ['a view reading through the app layer', 'src/views/LayerProbe.vue', vue("import { readRegions } from '../app/reads';\nvoid readRegions;")],
    ['a component importing row types from the app layer', 'src/components/review/probe.ts', "import type { TargetRow } from '../../app/rows';\nexport type Probe = TargetRow;"],
    ['the app layer using the store', 'src/app/probe.ts', "import { db } from '../db/instance';\nexport const probe = db;"],
    ['db using Dexie', 'src/db/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;"],
    ['core importing core', 'src/core/probe.ts', "import { extractText } from './extract/extract';\nexport const probe = extractText;"],
    ['the batch writing the workspace file format', 'src/batch/probe.ts', "import { buildWorkspaceFile } from '../workspace/format';\nexport const probe = buildWorkspaceFile;"],
    ['the CLI using node:fs and the shared comparison', 'src/cli/probe.ts', "import { readFileSync } from 'node:fs';\nimport { buildComparison } from '../app/comparison';\nexport const probe = [readFileSync, buildComparison];"],
  ])('allows %s', async (_what, path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });

  it('names what the layer may import in the message', async () => {
    const [message] = await layerErrors('src/components/compare/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;");
    expect(message).toContain('src/components');
    expect(message).toContain('app/');
    expect(message).not.toMatch(/\bdexie,/);
  });

  it('refuses a file in a folder the list does not know, so every folder states its imports', async () => {
    const errors = await layerErrors('src/newfolder/probe.ts', 'export const probe = 1;');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/not in the layer list/);
  });
});
