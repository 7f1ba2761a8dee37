import { describe, expect, it } from 'vitest';
import { buildPanels, panelBuilt, panelSetCount, planPanels, type CompareRegion, type Panel } from './compare';
import { benchmark, comparison, input } from './compare.fixtures';
import { INDICATORS } from '../catalog/catalog';
import type { EffectiveInput } from '../review/effective';
import type { TargetKind } from '../types';
import { seededRandom as random } from '../../../tests/helpers/random';

const CATALOGUED = INDICATORS.slice(0, 12);
const NAMED = ['社区嵌入式服务设施覆盖率', '家庭养老床位', '助餐点'];
const UNITS = ['个', '张', '%', '万人', '人', '万张', null];
const KINDS: TargetKind[] = ['level', 'level', 'annual_growth', 'increment', 'cumulative'];
const PROVINCES = ['河南', '河北', '四川', null];

/** Regions and targets across catalogued and named indicators, every kind, unit family, per and words. */
function randomComparison(seed: number) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const regions: CompareRegion[] = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: pick(PROVINCES) }));
  const rows: EffectiveInput[] = [];
  for (const region of regions) {
    for (let n = Math.floor(rnd() * 8); n > 0; n--) {
      const catalogued = rnd() < 0.7;
      const indicator = catalogued ? pick(CATALOGUED) : null;
      const words = rnd() < 0.1;
      rows.push(
        input(region, {
          indicator: indicator?.id ?? null,
          name: indicator?.zh ?? pick(NAMED),
          domain: indicator?.domain ?? null,
          unit: pick(UNITS),
          kind: pick(KINDS),
          per: rnd() < 0.1 ? '千人' : null,
          target: words ? { value: null, year: 2025, op: null, text: '应保尽保' } : { value: Math.round(rnd() * 1000) / 10, year: pick([2025, 2027, 2030]), op: '=' },
          stretch: rnd() < 0.2 ? 99 : null,
        }),
      );
    }
  }
  // Regions of another comparison's view are ignored: some targets come from regions not in view.
  const inView = regions.filter(() => rnd() < 0.85);
  const benchmarks = CATALOGUED.slice(0, 6).map((i) => benchmark({ indicator: i.id, name: i.zh, unit: i.unit, value: 5 }));
  return comparison(rows, { regions: inView, benchmarks, domain: 'all' });
}

const set = (p: Panel) => p.rows.filter((r) => r.status === 'set' || r.status === 'qualitative').length;

describe('planPanels', () => {
  it('gives the same panels in the same order as building every panel, over random comparisons', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const c = randomComparison(seed);
      const eager = buildPanels(c);
      const planned = planPanels(c);
      expect(planned.map((p) => p.id)).toEqual(eager.map((p) => p.id));
      // Built in a random order (as the overview's cards and the other views read them), each equals the eager panel.
      const rnd = random(seed * 7);
      const order = planned.map((p, i) => ({ i, k: rnd() })).sort((a, b) => a.k - b.k);
      for (const { i } of order) expect({ ...planned[i] }).toEqual(eager[i]);
    }
  });

  it('orders by section, catalogue rank, then the regions setting it as counted from the built rows', () => {
    for (let seed = 100; seed <= 130; seed++) {
      const eager = buildPanels(randomComparison(seed));
      const rank = (p: Panel) => (p.catalog ? INDICATORS.indexOf(p.catalog) : Number.MAX_SAFE_INTEGER);
      const SECTION = { level: 0, growth: 1, flow: 2, standard: 3 };
      for (let i = 1; i < eager.length; i++) {
        const a = eager[i - 1] as Panel;
        const b = eager[i] as Panel;
        const key = (p: Panel) => [SECTION[p.section], rank(p), -set(p)];
        const [ka, kb] = [key(a), key(b)];
        const cmp = ka.findIndex((v, j) => v !== kb[j]);
        if (cmp >= 0) expect((ka[cmp] as number) < (kb[cmp] as number)).toBe(true);
        else expect(a.name < b.name || (a.name === b.name && a.id < b.id)).toBe(true);
      }
    }
  });

  it('knows how many regions set a panel before building it, and builds only the panel read, once', () => {
    const c = randomComparison(7);
    const panels = planPanels(c);
    expect(panels.length).toBeGreaterThan(3);
    const counts = panels.map(panelSetCount);
    expect(panels.every((p) => !panelBuilt(p))).toBe(true);
    const first = panels[0] as Panel;
    const rows = first.rows;
    expect(panelBuilt(first)).toBe(true);
    expect(panels.slice(1).some(panelBuilt)).toBe(false);
    // Read again (and its lines, periods): the same rows, not built anew.
    expect(first.rows).toBe(rows);
    void first.lines;
    void first.periods;
    expect(first.rows).toBe(rows);
    expect(panels.map(set)).toEqual(counts);
    expect(panels.map(panelSetCount)).toEqual(counts);
  });

  it('counts a filtered copy of a panel from its own rows', () => {
    const [p] = planPanels(randomComparison(3));
    const copy = { ...(p as Panel), rows: (p as Panel).rows.slice(0, 1) };
    expect(panelSetCount(copy)).toBe(set(copy));
  });
});
