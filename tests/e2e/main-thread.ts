// The page's long tasks in CPU time, for tests that guard against freezing the page on a shared machine. A long task from a
// PerformanceObserver is wall time: on two cores shared with other jobs (CI runs Vitest and the build beside Chromium, a
// developer's machine its own work) the page's thread waits for a core inside its task, and a 40 ms task reads as 200 or
// more. Chromium's trace gives each task of the page's main thread both its wall time and the CPU time that thread spent
// in it (the trace's thread clock): the page's own work, which other processes cannot stretch. A 150 ms busy loop in the
// page measured 155 ms wall, 22 ms CPU at load 9.
import type { Page } from 'playwright-core';

export interface MainThreadTask {
  /** Wall milliseconds the task took, as a PerformanceObserver's long task would report it. */
  wall: number;
  /** CPU milliseconds the page's main thread spent in the task. */
  cpu: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Starts tracing the page's renderer; the function it returns stops and gives every task of the renderer's main thread
 * (CrRendererMain) that took over `minMs` of wall or CPU time, in the order they ran.
 */
export async function traceMainThread(page: Page, minMs = 50): Promise<() => Promise<MainThreadTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types an event's fields as strings; its numbers are numbers.
    for (const event of e.value as unknown as TraceEvent[]) if (event.ph === 'M' || (event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask')) events.push(event);
  });
  // 'toplevel' alone: one event per task of every thread, with its thread time; the page's own work is not slowed.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    return events
      .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
      .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }))
      .filter((t) => t.wall > minMs || t.cpu > minMs);
  };
}
