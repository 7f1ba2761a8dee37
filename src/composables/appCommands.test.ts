import { describe, expect, it, vi } from 'vitest';
import { dispatchAppCommand, onAppCommand } from './appCommands';

describe('app commands', () => {
  it('reach the subscribed view at once', () => {
    const handler = vi.fn();
    const off = onAppCommand('backup', handler);
    dispatchAppCommand('backup');
    expect(handler).toHaveBeenCalledOnce();
    off();
    dispatchAppCommand('backup');
    expect(handler).toHaveBeenCalledOnce();
    // The unanswered second command must not linger for the next test's view.
    onAppCommand('backup', vi.fn())();
  });

  it('wait briefly for a view that is still mounting', () => {
    const handler = vi.fn();
    dispatchAppCommand('restore', 1000);
    const off = onAppCommand('restore', handler, 2500);
    expect(handler).toHaveBeenCalledOnce();
    off();
  });

  it('are dropped when no view takes them in time', () => {
    const handler = vi.fn();
    dispatchAppCommand('export-report', 1000);
    const off = onAppCommand('export-report', handler, 10_000);
    expect(handler).not.toHaveBeenCalled();
    off();
  });

  it('report a failing handler instead of losing the error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const off = onAppCommand('export-chart', () => Promise.reject(new Error('no chart')));
    dispatchAppCommand('export-chart');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalledOnce();
    off();
    error.mockRestore();
  });
});
