// Draws queued one per frame, in the order asked: with a thousand regions each overview card is a thousand dots, and
// the cards that come into view together would otherwise all be parsed, laid out and painted in one long frame before
// the first of them shows. One card a frame shows the first at once and the others in the frames just after.

export interface DrawQueue {
  /** Runs `draw` in a later frame, after every draw asked for before it; the returned function cancels it. */
  add(draw: () => void): () => void;
}

/** `nextFrame` is requestAnimationFrame in the page (a test passes its own). */
export function drawQueue(nextFrame: (run: () => void) => void): DrawQueue {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const tick = () => {
    scheduled = false;
    const draw = waiting.shift();
    draw?.();
    if (waiting.length > 0) schedule();
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
      };
    },
  };
}
