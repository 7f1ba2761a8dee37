// The five sample plans bundled with the app, as files to import on first run and on "reset to sample data".
import index from '../../seeds/index.json';
import type { ImportFile } from './pipeline';

const urls = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface SeedInfo {
  file: string;
  original: string;
  region: string;
  title: string;
}

export const SEEDS: readonly SeedInfo[] = index as SeedInfo[];

export async function loadSeedFiles(): Promise<ImportFile[]> {
  return Promise.all(
    SEEDS.map(async (seed) => {
      const url = Object.entries(urls).find(([path]) => path.endsWith(`/${seed.file}`))?.[1];
      if (!url) throw new Error(`seed missing from the build: ${seed.file}`);
      const response = await fetch(url);
      return { name: seed.file, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
