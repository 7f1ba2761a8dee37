import { describe, expect, it } from 'vitest';
import { planPanels, type CompareRegion, type Panel } from './compare';
import { benchmark, comparison, input } from './compare.fixtures';
import { catalogIndicatorsOf, firstChartedPanel, keepFirstPanel } from './first-card';
import { defaultMinRegions, foldPanels, setCount } from './folding';
import { INDICATORS } from '../catalog/catalog';
import type { EffectiveInput } from '../review/effective';
import type { DomainId, TargetKind } from '../types';
import { seededRandom as random } from '../../../tests/helpers/random';

const NAMED = ['社区嵌入式服务设施覆盖率', '家庭养老床位', '助餐点'];
const UNITS = ['个', '张', '%', '万人', '人', null];
const KINDS: TargetKind[] = ['level', 'level', 'level', 'annual_growth', 'increment', 'cumulative'];
const PROVINCES = ['河南', '河北', '四川', null];

/** A tab of regions and targets: the domain's catalogued indicators (the first ones more often), names of its own, other domains. */
function randomTab(seed: number, domain: DomainId) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const own = INDICATORS.filter((i) => i.domain === domain);
  const other = INDICATORS.filter((i) => i.domain !== domain).slice(0, 6);
  const regions: CompareRegion[] = Array.from({ length: 1 + Math.floor(rnd() * 30) }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: pick(PROVINCES) }));
  const rows: EffectiveInput[] = [];
  for (const region of regions) {
    for (let n = Math.floor(rnd() * 7); n > 0; n--) {
      const r = rnd();
      // The first catalogued indicators are often set, sometimes by one region only, sometimes as a growth rate.
      const indicator = r < 0.45 ? own[Math.floor(rnd() * Math.min(2, own.length))] : r < 0.7 ? pick(own) : r < 0.8 ? pick(other) : null;
      rows.push(
        input(region, {
          indicator: indicator?.id ?? null,
          name: indicator?.zh ?? pick(NAMED),
          domain: indicator?.domain ?? domain,
          unit: indicator && rnd() < 0.7 ? indicator.unit : pick(UNITS),
          kind: pick(KINDS),
          per: rnd() < 0.08 ? '千人' : null,
          target: rnd() < 0.1 ? { value: null, year: 2025, op: null, text: '应保尽保' } : { value: Math.round(rnd() * 1000) / 10, year: pick([2025, 2027, 2030]), op: '=' },
          stretch: rnd() < 0.2 ? 99 : null,
        }),
      );
    }
  }
  const inView = regions.filter(() => rnd() < 0.85);
  const benchmarks = own.slice(0, 3).map((i) => benchmark({ indicator: i.id, name: i.zh, unit: i.unit, value: 5 }));
  return comparison(rows, { regions: inView, benchmarks, domain });
}

/** What a card draws of a panel (its rows, lines and periods) and who it is. */
const drawn = (p: Panel) => JSON.stringify({ id: p.id, testId: p.testId, name: p.name, unit: p.unit, kind: p.kind, rows: p.rows, lines: p.lines, undrawn: p.undrawn, periods: p.periods, set: setCount(p) });

describe('firstChartedPanel', () => {
  it('is the overview’s first card of the whole tab, from the cells of the first catalogued indicators alone, over random tabs', () => {
    let known = 0;
    let unknown = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const domain = (['childcare', 'elderly', 'health', 'education'] as const)[seed % 4]!;
      const tab = randomTab(seed, domain);
      const min = seed % 5 === 0 ? 3 : defaultMinRegions(tab.regions.length);
      // The eager path: every panel of the tab, folded as the overview folds them.
      const whole = planPanels(tab);
      const expected = foldPanels(whole.filter((p) => setCount(p) > 0), min, false, new Set()).charted[0];
      const catalogued = catalogIndicatorsOf(domain);
      for (let k = 1; k <= 3; k++) {
        const read = new Set(catalogued.slice(0, k));
        const first = firstChartedPanel(planPanels({ ...tab, effective: tab.effective.filter((t) => read.has(t.indicator)) }), min);
        if (first === null) {
          unknown++;
          continue;
        }
        known++;
        expect(expected, `seed ${seed}, k ${k}`).toBeDefined();
        expect(drawn(first), `seed ${seed}, k ${k}`).toBe(drawn(expected!));
      }
    }
    // Both answers come up: the test is not vacuous either way.
    expect(known).toBeGreaterThan(300);
    expect(unknown).toBeGreaterThan(20);
  });

  it('does not answer when the cells read give a growth rate first: a later indicator’s level would come before it', () => {
    const region = { id: 'r1', name: '甲市', province: '河南' };
    const other = { id: 'r2', name: '乙市', province: '河南' };
    const [first, second] = catalogIndicatorsOf('childcare') as [string, string];
    const rows = [region, other].flatMap((r) => [
      input(r, { indicator: first, name: 'x', domain: 'childcare', kind: 'annual_growth', unit: '%' }),
      input(r, { indicator: second, name: 'y', domain: 'childcare', kind: 'level', unit: '个' }),
    ]);
    const tab = comparison(rows, { regions: [region, other], domain: 'childcare' });
    const partial = planPanels({ ...tab, effective: tab.effective.filter((t) => t.indicator === first) });
    expect(firstChartedPanel(partial, 1)).toBeNull();
    expect(planPanels(tab)[0]?.indicator).toBe(second);
    // With the level of the first indicator read, it is the first card.
    const levels = comparison(rows.map((r, i) => (i % 2 === 0 ? input(i < 2 ? region : other, { indicator: first, name: 'x', domain: 'childcare', kind: 'level', unit: '个' }) : r)), { regions: [region, other], domain: 'childcare' });
    expect(firstChartedPanel(planPanels({ ...levels, effective: levels.effective.filter((t) => t.indicator === first) }), 1)?.indicator).toBe(first);
  });
});

describe('keepFirstPanel', () => {
  it('gives the whole tab’s panels, the first card’s own panel kept in its place, over random tabs', () => {
    let kept = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const domain = (['childcare', 'elderly', 'health', 'education'] as const)[seed % 4]!;
      const tab = randomTab(seed, domain);
      const min = defaultMinRegions(tab.regions.length);
      const read = new Set(catalogIndicatorsOf(domain).slice(0, 1 + (seed % 3)));
      // The first read's cells are other objects than the tab's (two reads of the store), with the same contents.
      const firstCells = structuredClone(tab.effective.filter((t) => read.has(t.indicator)));
      const first = firstChartedPanel(planPanels({ ...tab, effective: firstCells }), min);
      if (first === null) continue;
      // The eager path: every panel planned from the tab's cells.
      const whole = planPanels(tab);
      const panels = keepFirstPanel(planPanels(tab), first, firstCells, tab.effective);
      expect(panels.map(drawn), `seed ${seed}`).toEqual(whole.map(drawn));
      expect(panels.map(setCount), `seed ${seed}`).toEqual(whole.map(setCount));
      if (panels.includes(first)) kept++;
    }
    expect(kept).toBeGreaterThan(100);
  });

  it('keeps the new panel when the first indicator’s cells changed between the two reads', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const domain = (['childcare', 'elderly'] as const)[seed % 2]!;
      const tab = randomTab(seed, domain);
      const read = new Set(catalogIndicatorsOf(domain).slice(0, 2));
      const firstCells = structuredClone(tab.effective.filter((t) => read.has(t.indicator)));
      const first = firstChartedPanel(planPanels({ ...tab, effective: firstCells }), defaultMinRegions(tab.regions.length));
      if (first === null) continue;
      // A write landed between the first read and the tab's: one of the first indicator's targets has a new value.
      const changed = tab.effective.map((t) => (t.indicator === first.indicator && t === tab.effective.find((u) => u.indicator === first.indicator) ? structuredClone({ ...t, effective: { ...t.effective, record: { ...t.effective.record, target: { ...t.effective.record.target, value: 12345 } } } }) : t));
      const panels = keepFirstPanel(planPanels({ ...tab, effective: changed }), first, firstCells, changed);
      expect(panels.includes(first), `seed ${seed}`).toBe(false);
      expect(panels.map(drawn)).toEqual(planPanels({ ...tab, effective: changed }).map(drawn));
    }
  });
});
