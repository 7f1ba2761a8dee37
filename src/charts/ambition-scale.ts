// The colour scale of ambition against a benchmark: blue for more ambitious, orange for less (read the same by colour-blind eyes).
import type { Polarity } from '../core/types';

export type AmbitionBucket = 'far-above' | 'above' | 'par' | 'below' | 'far-below' | 'neutral' | 'none';

export const AMBITION_BUCKETS: readonly AmbitionBucket[] = ['far-above', 'above', 'par', 'below', 'far-below', 'neutral', 'none'];

export interface CellColours {
  background: string;
  text: string;
}

/** Within ±5 % of the benchmark counts as on par; beyond ±20 % as far off. */
export const PAR_BAND = 0.05;
export const FAR_BAND = 0.2;

/**
 * The bucket of a gap relative to the benchmark, already signed by polarity (positive = more
 * ambitious). No benchmark gives 'none'; an indicator where more is neither better nor worse
 * (resettlement flats) gives 'neutral' whatever the gap.
 */
export function ambitionBucket(relative: number | null, polarity: Polarity): AmbitionBucket {
  if (relative === null || Number.isNaN(relative)) return 'none';
  if (polarity === 'neutral') return 'neutral';
  if (relative >= FAR_BAND) return 'far-above';
  if (relative >= PAR_BAND) return 'above';
  if (relative > -PAR_BAND) return 'par';
  if (relative > -FAR_BAND) return 'below';
  return 'far-below';
}

// Text colours keep at least 4.5:1 contrast on their background.
export const AMBITION_COLOURS: Readonly<Record<AmbitionBucket, CellColours>> = {
  'far-above': { background: '#1d4ed8', text: '#ffffff' },
  above: { background: '#bfdbfe', text: '#1e3a8a' },
  par: { background: '#e5e7eb', text: '#1f2933' },
  below: { background: '#fed7aa', text: '#7c2d12' },
  'far-below': { background: '#c2410c', text: '#ffffff' },
  neutral: { background: '#ede9fe', text: '#4c1d95' },
  none: { background: '#ffffff', text: '#1f2933' },
};

export function ambitionColours(relative: number | null, polarity: Polarity): CellColours {
  return AMBITION_COLOURS[ambitionBucket(relative, polarity)];
}
