// The headline indicators a newcomer sees first must come out right from the bundled sample plans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../src/core/extract/extract';
import type { TargetRecord } from '../src/core/types';

interface SeedEntry {
  file: string;
  region: string;
}

const dir = join(import.meta.dirname, '..', 'seeds');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SeedEntry[];

function targetsOf(region: string): TargetRecord[] {
  return index
    .filter((s) => s.region === region)
    .flatMap((s) => {
      const r = extractBytes(new Uint8Array(readFileSync(join(dir, s.file))));
      if (!r.ok) throw new Error(`${s.file}: ${r.code}`);
      expect(r.value.metadata.region).toBe(region);
      return r.value.targets;
    });
}

const find = (ts: TargetRecord[], id: string) => ts.filter((t) => t.indicator === id);

describe('headline indicators of the sample plans', () => {
  it('新乡市: childcare 4.5 with stretch 4.9, nursing beds ≥55, pension >95, medical ≥97', () => {
    const ts = targetsOf('新乡市');
    expect(find(ts, 'childcare_places_per_1000')[0]).toMatchObject({ target: { value: 4.5, year: 2025 }, stretch: 4.9 });
    expect(find(ts, 'nursing_bed_ratio')[0]).toMatchObject({ target: { value: 55, op: '>=' } });
    expect(find(ts, 'pension_insurance_coverage')[0]).toMatchObject({ target: { value: 95, op: '>' } });
    expect(find(ts, 'medical_insurance_coverage')[0]).toMatchObject({ target: { value: 97, op: '>=' } });
  });

  it('广元市利州区: childcare 5.0 from 0.3, nursing beds 55, pension 97.5, medical 98', () => {
    const ts = targetsOf('广元市利州区');
    expect(find(ts, 'childcare_places_per_1000')[0]).toMatchObject({ target: { value: 5 }, baseline: { value: 0.3, year: 2020 }, binding: 'expected' });
    expect(find(ts, 'nursing_bed_ratio')[0]).toMatchObject({ target: { value: 55 }, binding: 'binding' });
    expect(find(ts, 'pension_insurance_coverage')[0]).toMatchObject({ target: { value: 97.5 } });
    expect(find(ts, 'medical_insurance_coverage')[0]).toMatchObject({ target: { value: 98 } });
  });

  it('雄安新区: basic pension and medical insurance coverage both ≥95', () => {
    const ts = targetsOf('雄安新区');
    expect(find(ts, 'pension_insurance_coverage')[0]).toMatchObject({ target: { value: 95, op: '>=' } });
    expect(find(ts, 'medical_insurance_coverage')[0]).toMatchObject({ target: { value: 95, op: '>=' } });
  });
});
