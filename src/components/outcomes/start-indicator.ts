// Which indicator the Outcomes timeline shows as the plans' rows arrive.
import type { Timeline } from '../../core/outcomes';

export interface IndicatorGroup {
  indicator: string;
  timelines: readonly Pick<Timeline, 'targets' | 'achieved'>[];
}

/**
 * The researcher's choice while it is still listed; until they choose (or when their choice is gone), the first
 * indicator with both a target and a value reached, where the timeline says the most, else the first — chosen again
 * each time the list changes, since on a first launch the samples' values reached can arrive before their targets.
 */
export function startIndicator(list: readonly IndicatorGroup[], current: string | null, chosen: boolean): string | null {
  if (chosen && current !== null && list.some((g) => g.indicator === current)) return current;
  const rich = list.find((g) => g.timelines.some((tl) => tl.targets.length > 0 && tl.achieved.length > 0));
  return (rich ?? list[0])?.indicator ?? null;
}
