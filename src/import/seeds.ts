// The five sample plans bundled with the app, as files to import on first run and on "reset to sample data", and the
// curated metadata of seeds/index.json that fills what the extractor could not read from them.
import index from '../../seeds/index.json';
import type { DocumentKind, DocumentMetadata } from '../core/types';
import type { ImportFile } from './pipeline';

const urls = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface SeedInfo {
  file: string;
  original: string;
  region: string;
  title: string | null;
  issuer: string | null;
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: DocumentKind;
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

/** The fields the sample index can fill: the document's title, issuer, issue date, period and kind. */
export type IndexFill = Partial<Pick<DocumentMetadata, 'plan_title' | 'issuer' | 'issued' | 'period' | 'kind'>>;
export const INDEX_FIELDS = ['plan_title', 'issuer', 'issued', 'period', 'kind'] as const satisfies readonly (keyof IndexFill)[];

/** The sample a file is, by its name as the app imports the samples (loadSeedFiles), or null. */
export function seedOf(fileName: string): SeedInfo | null {
  return SEEDS.find((s) => s.file === fileName) ?? null;
}

/**
 * What the sample's index adds to a stored sample: each field the extractor left empty (no title, issuer, date or
 * period; the kind 'other') and the index states, never a field that was read from the text or that the researcher
 * set (a field in `edits`, even set empty).
 */
export function indexFill(seed: SeedInfo, metadata: DocumentMetadata, edits: Readonly<Partial<DocumentMetadata>> | null | undefined): IndexFill {
  const fill: IndexFill = {};
  const open = (field: keyof IndexFill) => !(edits && field in edits);
  if (open('plan_title') && !metadata.plan_title && seed.title) fill.plan_title = seed.title;
  if (open('issuer') && !metadata.issuer && seed.issuer) fill.issuer = seed.issuer;
  if (open('issued') && !metadata.issued && seed.issued) fill.issued = seed.issued;
  if (open('period') && !metadata.period && seed.period) fill.period = { ...seed.period };
  if (open('kind') && metadata.kind === 'other' && seed.kind !== 'other') fill.kind = seed.kind;
  return fill;
}
