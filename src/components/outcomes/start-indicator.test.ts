import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../core/outcomes';
import { startIndicator, type IndicatorGroup } from './start-indicator';

// Only whether a timeline has targets and values reached matters here: one of each stands for any number.
const group = (indicator: string, targets: boolean, achieved: boolean): IndicatorGroup => ({
  indicator,
  timelines: [{ targets: (targets ? [{}] : []) as unknown as Timeline['targets'], achieved: (achieved ? [{}] : []) as unknown as Timeline['achieved'] }],
});

describe('the indicator the Outcomes timeline starts on', () => {
  it('moves to an indicator with a target and a value reached when its target arrives after the values (a first launch)', () => {
    // The values reached are read first: nothing has both, so the first indicator shows.
    const early = [group('childcare', false, true), group('medical', false, true)];
    const first = startIndicator(early, null, false);
    expect(first).toBe('childcare');
    // Then the targets land: medical has both and is shown instead, since the researcher has chosen nothing.
    const later = [group('childcare', false, true), group('medical', true, true)];
    expect(startIndicator(later, first, false)).toBe('medical');
  });

  it('keeps the researcher’s choice as rows arrive, until it is no longer listed', () => {
    const list = [group('childcare', false, true), group('medical', true, true)];
    expect(startIndicator(list, 'childcare', true)).toBe('childcare');
    expect(startIndicator([group('medical', true, true)], 'childcare', true)).toBe('medical');
    expect(startIndicator([], 'childcare', true)).toBeNull();
  });
});
