import { describe, expect, it } from 'vitest';
import { drawQueue } from './draw-queue';

/** A page whose frames are run by hand. */
function frames() {
  const pending: (() => void)[] = [];
  return {
    nextFrame: (run: () => void) => void pending.push(run),
    /** Runs the callbacks of one frame. */
    frame() {
      for (const run of pending.splice(0)) run();
    },
    get waiting() {
      return pending.length;
    },
  };
}

describe('drawQueue', () => {
  it('draws one card per frame, in the order the cards came into view', () => {
    const page = frames();
    const queue = drawQueue(page.nextFrame);
    const drawn: string[] = [];
    for (const card of ['a', 'b', 'c']) queue.add(() => drawn.push(card));
    expect(drawn).toEqual([]);
    page.frame();
    expect(drawn).toEqual(['a']);
    page.frame();
    expect(drawn).toEqual(['a', 'b']);
    page.frame();
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(page.waiting).toBe(0);
  });

  it('never draws a card that left the page before its frame, and the next card takes that frame', () => {
    const page = frames();
    const queue = drawQueue(page.nextFrame);
    const drawn: string[] = [];
    queue.add(() => drawn.push('a'));
    const cancel = queue.add(() => drawn.push('b'));
    queue.add(() => drawn.push('c'));
    cancel();
    page.frame();
    page.frame();
    expect(drawn).toEqual(['a', 'c']);
    page.frame();
    expect(drawn).toEqual(['a', 'c']);
  });

  it('asks for a frame again when a card is queued after the queue ran dry', () => {
    const page = frames();
    const queue = drawQueue(page.nextFrame);
    const drawn: string[] = [];
    queue.add(() => drawn.push('a'));
    page.frame();
    expect(page.waiting).toBe(0);
    queue.add(() => drawn.push('b'));
    expect(page.waiting).toBe(1);
    page.frame();
    expect(drawn).toEqual(['a', 'b']);
  });
  it('tells the work that waits for it (the reads of tabs not shown) when every queued card has drawn or left', async () => {
    const page = frames();
    const queue = drawQueue(page.nextFrame);
    let settled = false;
    await queue.settled();
    queue.add(() => undefined);
    const cancel = queue.add(() => undefined);
    void queue.settled().then(() => (settled = true));
    page.frame();
    await Promise.resolve();
    expect(settled).toBe(false);
    cancel();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
