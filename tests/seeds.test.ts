// The bundled seed plans: index.json describes exactly the files in seeds/, which match their originals.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const KINDS = ['five_year_plan', 'action_plan', 'annual_programme', 'news_report', 'other'];

interface Entry {
  file: string;
  original: string;
  region: string;
  title: string;
  issuer: string | null;
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: string;
  script: string;
}

const index = JSON.parse(readFileSync(SEEDS + 'index.json', 'utf8')) as Entry[];

describe('seeds/index.json', () => {
  it('lists every seed file once and nothing else', () => {
    const files = readdirSync(SEEDS).filter((f) => f !== 'index.json').sort();
    expect(index.map((e) => e.file).sort()).toEqual(files);
    expect(new Set(index.map((e) => e.original)).size).toBe(index.length);
  });

  it('uses portable ASCII file names', () => {
    for (const e of index) expect(e.file).toMatch(/^[a-z0-9][a-z0-9-]*\.txt$/u);
  });

  it('gives each seed a region, a title, a known kind and script, and a sane period and date', () => {
    for (const e of index) {
      expect(e.region, e.file).not.toBe('');
      expect(e.title, e.file).not.toBe('');
      expect(KINDS, e.file).toContain(e.kind);
      expect(['simplified', 'traditional'], e.file).toContain(e.script);
      if (e.issued !== null) expect(e.issued, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      if (e.period !== null) expect(e.period.start, e.file).toBeLessThanOrEqual(e.period.end);
    }
  });
});

describe.skipIf(!existsSync(SHARED))('seed copies', () => {
  it('are byte-for-byte the shared originals', () => {
    for (const e of index) {
      expect(readFileSync(SEEDS + e.file).equals(readFileSync(SHARED + e.original)), e.file).toBe(true);
    }
  });
});
