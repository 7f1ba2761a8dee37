import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion, type Panel } from '../core/compare/compare';
import { benchmark, comparison, input } from '../core/compare/compare.fixtures';
import { overviewRows } from '../core/compare/overview';
import type { Op } from '../core/types';
import { TEXT } from './chart-text.fixtures';
import { DOT_COLOURS, dotsMarkup, LABEL_GAP, markPath, MAX_RADIUS, MIN_RADIUS, overviewLayout, shapeOf, valueAxis, type OverviewDot } from './overview-layout';

function regions(n: number): CompareRegion[] {
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: '河南' }));
}

function panelOf(values: { value: number; op?: Op; year?: number; stretch?: number }[], over: { unit?: string; indicator?: string; lines?: number[] } = {}): Panel {
  const rs = regions(values.length);
  const rows = values.map((v, i) =>
    input(rs[i] as CompareRegion, {
      target: { value: v.value, year: v.year ?? 2025, op: v.op ?? '=' },
      stretch: v.stretch ?? null,
      ...(over.unit ? { unit: over.unit } : {}),
      ...(over.indicator ? { indicator: over.indicator } : {}),
    }),
  );
  const benchmarks = (over.lines ?? [4.5]).map((value, i) => benchmark({ value, ...(over.indicator ? { indicator: over.indicator, unit: over.unit ?? '个' } : {}), ...(i > 0 ? { scope: 'provincial', province: '河南' } : {}) }));
  return buildPanels(comparison(rows, { regions: rs, benchmarks }))[0] as Panel;
}

describe('overview dot layout', () => {
  it('draws one dot per region left to right in the order given, its value up the axis', () => {
    const panel = panelOf([{ value: 3 }, { value: 5 }, { value: 4 }]);
    const rows = overviewRows(panel.rows, 'value-desc', panel.polarity);
    const layout = overviewLayout(panel, rows, TEXT, 2025);
    expect(layout.dots.map((d) => d.regionName)).toEqual(['地区1', '地区2', '地区0']);
    const xs = layout.dots.map((d) => d.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Higher values sit higher (smaller y) and every dot is inside the plot.
    const ys = layout.dots.map((d) => d.y);
    expect(ys[0]).toBeLessThan(ys[1] as number);
    expect(ys[1]).toBeLessThan(ys[2] as number);
    for (const d of layout.dots) {
      expect(d.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(d.y).toBeLessThanOrEqual(layout.plot.bottom);
      expect(d.x).toBeGreaterThan(layout.plot.left);
      expect(d.x).toBeLessThan(layout.plot.right);
    }
  });

  it('keeps 200 dots distinct and legible: no smaller than the minimum radius, each in its own column', () => {
    const panel = panelOf(Array.from({ length: 200 }, (_, i) => ({ value: 2 + (i % 30) / 10 })));
    const layout = overviewLayout(panel, overviewRows(panel.rows, 'region', panel.polarity), TEXT, 2025);
    expect(layout.dots).toHaveLength(200);
    expect(layout.radius).toBe(MIN_RADIUS);
    expect(new Set(layout.dots.map((d) => d.x)).size).toBe(200);
    expect(overviewLayout(panelOf([{ value: 1 }, { value: 2 }]), panelOf([{ value: 1 }, { value: 2 }]).rows, TEXT, 2025).radius).toBe(MAX_RADIUS);
  });

  it('shapes a dot by its op and colours it by ambition against the benchmark', () => {
    expect([shapeOf('>='), shapeOf('>'), shapeOf('<='), shapeOf('~'), shapeOf('='), shapeOf(null)]).toEqual(['up', 'up', 'down', 'diamond', 'circle', 'circle']);
    const panel = panelOf([{ value: 6, op: '>=' }, { value: 4.5, op: '~' }, { value: 3, op: '<=' }]);
    const layout = overviewLayout(panel, panel.rows, TEXT, 2025);
    expect(layout.dots.map((d) => d.shape)).toEqual(['up', 'diamond', 'down']);
    expect(layout.dots.map((d) => d.bucket)).toEqual(['far-above', 'par', 'far-below']);
    expect(layout.dots.map((d) => d.colour)).toEqual([DOT_COLOURS['far-above'], DOT_COLOURS.par, DOT_COLOURS['far-below']]);
    expect(layout.dots[0]?.path).toBe(markPath('up', layout.dots[0]?.x as number, layout.dots[0]?.y as number, layout.radius));
    expect(layout.dots[0]?.title).toBe('地区0 ≥6 个 · 2025年');
  });

  it('says on a dot converted into the panel’s unit what the plan wrote, as the chart’s tooltip does', () => {
    const rs = regions(2);
    const mm = { indicator: 'maternal_mortality', domain: 'health' as const, name: '孕产妇死亡率' };
    const rows = [
      input(rs[0] as CompareRegion, { ...mm, unit: '/万', target: { value: 1.2, year: 2025, op: '<=' } }),
      input(rs[1] as CompareRegion, { ...mm, unit: '/10万', target: { value: 12, year: 2025, op: '<=' } }),
    ];
    const panel = buildPanels(comparison(rows, { regions: rs, benchmarks: [] }))[0] as Panel;
    const layout = overviewLayout(panel, overviewRows(panel.rows, 'region', panel.polarity), TEXT, 2025);
    const title = (name: string) => layout.dots.find((d) => d.regionName === name)?.title;
    expect(title('地区0')).toBe(`地区0 ≤12 ${TEXT.unit('/10万')} · 2025年 · 原文≤1.2${TEXT.unit('/万')},已换算为${TEXT.unit('/10万')}(×10)`);
    expect(title('地区1')).toBe(`地区1 ≤12 ${TEXT.unit('/10万')} · 2025年`);
  });

  it('hollows a dot whose target year is not the panel’s usual one and draws a stretch as a stem', () => {
    const panel = panelOf([{ value: 4, stretch: 5 }, { value: 4, year: 2030 }]);
    const layout = overviewLayout(panel, panel.rows, TEXT, 2025);
    expect(layout.dots.map((d) => d.hollow)).toEqual([false, true]);
    const stem = layout.dots[0];
    expect(stem?.upper).not.toBeNull();
    expect(stem?.upper as number).toBeLessThan(stem?.y as number);
    expect(layout.dots[1]?.upper).toBeNull();
  });

  it('draws the benchmark across the plot with its label, and leaves close labels off rather than overlap', () => {
    const panel = panelOf([{ value: 3 }, { value: 5 }]);
    const layout = overviewLayout(panel, panel.rows, TEXT, 2025);
    expect(layout.rules).toHaveLength(1);
    expect(layout.rules[0]?.label).toBe('全国 2025: 4.5');
    expect(layout.min).toBeLessThanOrEqual(3);
    expect(layout.max).toBeGreaterThanOrEqual(5);
    const close = panelOf([{ value: 3 }, { value: 50 }], { lines: [20, 21] });
    const both = overviewLayout(close, close.rows, TEXT, 2025);
    expect(both.rules).toHaveLength(2);
    expect(Math.abs((both.rules[0]?.y as number) - (both.rules[1]?.y as number))).toBeLessThan(LABEL_GAP);
    expect(both.rules.every((r) => r.label === null && r.title.length > 0)).toBe(true);
  });

  it('ends the axis at the data on round ticks, a share at 100', () => {
    expect(valueAxis([2.5, 5.4, 4.5], false)).toEqual({ min: 0, max: 6, step: 1.5 });
    // A share never runs past 100, and an axis of shares near the top does not start at 0.
    expect(valueAxis([60, 97], true).max).toBe(100);
    expect(valueAxis([60, 97], false).max).toBeGreaterThan(100);
    expect(valueAxis([90, 98, 95], true).min).toBeGreaterThan(50);
    // A single value still gets an axis around it.
    expect(valueAxis([7, 7], false)).toEqual({ min: 6, max: 8, step: 2 });
    // One whole thing counted (1 名 法治副校长) is on whole ticks, not 0.75 / 1 / 1.25.
    expect(valueAxis([1], false, true)).toEqual({ min: 0, max: 2, step: 1 });
    const one = panelOf([{ value: 1 }], { unit: '名', indicator: 'custom_count', lines: [] });
    expect(overviewLayout(one, one.rows, TEXT, 2025).ticks.map((t) => t.label)).toEqual(['0', '1', '2']);
    const rate = panelOf([{ value: 1 }], { unit: '‰', indicator: 'custom_rate', lines: [] });
    expect(overviewLayout(rate, rate.rows, TEXT, 2025).ticks.map((t) => t.label)).toEqual(['0.75', '1', '1.25']);
    const share = panelOf([{ value: 62 }, { value: 99 }], { unit: '%', indicator: 'pension_insurance_coverage', lines: [95] });
    const layout = overviewLayout(share, share.rows, TEXT, 2025);
    expect(layout.max).toBe(100);
    expect(layout.ticks.at(-1)?.label).toBe('100');
    expect(layout.ticks.every((t) => Number(t.label) <= 100)).toBe(true);
  });

  it('names the highest and the lowest region beside their dots', () => {
    const panel = panelOf([{ value: 3 }, { value: 5.4 }, { value: 4 }]);
    const layout = overviewLayout(panel, panel.rows, TEXT, 2025);
    expect(layout.names.map((n) => n.text)).toEqual(['地区1 5.4', '地区0 3']);
    expect(overviewLayout(panelOf([{ value: 3 }, { value: 3 }]), panelOf([{ value: 3 }, { value: 3 }]).rows, TEXT, 2025).names).toEqual([]);
  });

  it('names a lone dot above it with its value, grouped as the axis is (the sweep saw an unlabelled dot)', () => {
    const panel = panelOf([{ value: 2900 }]);
    const layout = overviewLayout(panel, panel.rows, TEXT, 2025);
    const [name] = layout.names;
    const [dot] = layout.dots;
    expect(layout.names).toHaveLength(1);
    expect(name).toMatchObject({ text: '地区0 2,900', anchor: 'middle', x: dot?.x });
    expect(name!.y).toBeLessThan(dot!.y);
  });
});

describe('the dots as SVG markup', () => {
  const dot = (over: Partial<OverviewDot>): OverviewDot => ({
    regionId: 'r1',
    regionName: '新乡市',
    value: 4.5,
    x: 10,
    y: 20,
    upper: null,
    shape: 'circle',
    path: markPath('circle', 10, 20, 3),
    colour: DOT_COLOURS.par,
    bucket: 'par',
    hollow: false,
    title: '新乡市 4.5',
    ...over,
  });

  it('writes one path per dot, in order, with what the tooltip, a click and the tests read', () => {
    const markup = dotsMarkup([dot({}), dot({ regionId: 'r2', regionName: '郑州市', value: 6, hollow: true, upper: 12 })]);
    expect([...markup.matchAll(/<path [^>]*data-i="(\d+)" data-region="([^"]*)" data-name="([^"]*)" data-value="([^"]*)"/g)].map((m) => m.slice(1))).toEqual([
      ['0', 'r1', '新乡市', '4.5'],
      ['1', 'r2', '郑州市', '6'],
    ]);
    // A stem only for the dot with a stretch value; a hollow dot (another year) is filled white.
    expect(markup.match(/<line class="pb-ov-stem"/g)).toHaveLength(1);
    expect(markup).toContain(`fill="#fff" stroke="${DOT_COLOURS.par}" data-i="1"`);
  });

  it('escapes names and ids from the plans, so no markup in them reaches the page', () => {
    const markup = dotsMarkup([dot({ regionId: 'x"><script>', regionName: `<img src=x onerror=alert(1)>&'"` })]);
    expect(markup).not.toMatch(/<script|<img/);
    expect(markup).toContain('data-region="x&quot;&gt;&lt;script&gt;"');
    expect(markup).toContain('data-name="&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;"');
  });
});
