import { describe, expect, it } from 'vitest';
import { type Clock, coalesce } from './coalesce';

/** A clock the test moves by hand: timers run when their time is reached. */
function manualClock() {
  let t = 0;
  let next = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => t,
    setTimeout: (fn, ms) => {
      timers.set(++next, { at: t + ms, fn });
      return next;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      t = due[1].at;
      timers.delete(due[0]);
      due[1].fn();
    }
    t = end;
  };
  return { clock, advance };
}

describe('coalesce', () => {
  it('shows the first state at once and at most one per interval after it', () => {
    const { clock, advance } = manualClock();
    const shown: number[] = [];
    const c = coalesce<number>((s) => shown.push(s), 250, clock);
    // 1,000 states, one every millisecond: a second of import, four redraws and not a thousand.
    for (let i = 1; i <= 1000; i++) {
      c.push(i);
      advance(1);
    }
    advance(1000);
    expect(shown[0]).toBe(1);
    expect(shown.length).toBeLessThanOrEqual(5);
    // The latest state is the last shown even with nothing after it: a quiet spell never hides it.
    expect(shown.at(-1)).toBe(1000);
    // States only go forward.
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
  });

  it('shows a state that came in a quiet spell when its interval ends, not at the next push', () => {
    const { clock, advance } = manualClock();
    const shown: string[] = [];
    const c = coalesce<string>((s) => shown.push(s), 250, clock);
    c.push('reading a.txt');
    advance(10);
    c.push('a.txt done, reading b.pdf');
    expect(shown).toEqual(['reading a.txt']);
    advance(240);
    expect(shown).toEqual(['reading a.txt', 'a.txt done, reading b.pdf']);
    // A long file: nothing new for a while, and nothing shown twice.
    advance(5000);
    expect(shown).toHaveLength(2);
    c.push('b.pdf done');
    expect(shown.at(-1)).toBe('b.pdf done');
  });

  it('flush shows the exact final state at once and cancels the one waiting', () => {
    const { clock, advance } = manualClock();
    const shown: string[] = [];
    const c = coalesce<string>((s) => shown.push(s), 250, clock);
    c.push('1 of 3');
    c.push('2 of 3');
    c.flush('3 of 3, finished');
    expect(shown).toEqual(['1 of 3', '3 of 3, finished']);
    advance(1000);
    expect(shown).toEqual(['1 of 3', '3 of 3, finished']);
    // Without a final state, flush shows the one waiting.
    c.push('again 1');
    advance(10);
    c.push('again 2');
    c.flush();
    expect(shown.slice(-2)).toEqual(['again 1', 'again 2']);
  });
});
