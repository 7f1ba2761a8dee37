// Draws queued one per frame, in the order asked: with a thousand regions each overview card is a thousand dots, and
// the cards that come into view together would otherwise all be parsed, laid out and painted in one long frame before
// the first of them shows. One card a frame shows the first at once and the others in the frames just after.
// Work that can wait (Compare's reads of the tabs not shown) waits for `settled`: a tab switch's cards draw first.

export interface DrawQueue {
  /** Runs `draw` in a later frame, after every draw asked for before it; the returned function cancels it. */
  add(draw: () => void): () => void;
  /** Resolves once nothing is waiting to draw (at once when nothing is). */
  settled(): Promise<void>;
}

/** `nextFrame` is requestAnimationFrame in the page (a test passes its own). */
export function drawQueue(nextFrame: (run: () => void) => void): DrawQueue {
  const waiting: (() => void)[] = [];
  let idle: (() => void)[] = [];
  let scheduled = false;
  const emptied = () => {
    if (waiting.length > 0) return;
    const resolve = idle;
    idle = [];
    for (const done of resolve) done();
  };
  const tick = () => {
    scheduled = false;
    const draw = waiting.shift();
    draw?.();
    if (waiting.length > 0) schedule();
    else emptied();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    nextFrame(tick);
  };
  return {
    add(draw) {
      waiting.push(draw);
      schedule();
      return () => {
        const i = waiting.indexOf(draw);
        if (i >= 0) waiting.splice(i, 1);
        emptied();
      };
    },
    settled() {
      if (waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
  };
}

/** The page's queue: every overview card draws through it, one card a frame, in the order they came near. */
export const pageDrawQueue = drawQueue((run) => requestAnimationFrame(run));
