import { describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, runAppCommand, type AppCommands } from './appCommands';

vi.mock('element-plus', () => ({ ElMessage: { info: vi.fn() } }));

function commands() {
  return Object.fromEntries(APP_COMMANDS.map((c) => [c, vi.fn(async (): Promise<void> => undefined)])) as { [K in keyof AppCommands]: ReturnType<typeof vi.fn<AppCommands[K]>> };
}

describe('app commands', () => {
  it('carry out the command asked for, and only that one', async () => {
    const all = commands();
    await runAppCommand(all, 'export-report');
    expect(all['export-report']).toHaveBeenCalledOnce();
    for (const other of APP_COMMANDS.filter((c) => c !== 'export-report')) expect(all[other]).not.toHaveBeenCalled();
  });

  it('log a failed command instead of leaving the rejection unhandled', async () => {
    const all = commands();
    all.backup.mockRejectedValueOnce(new Error('disk full'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(runAppCommand(all, 'backup')).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('planbench: a menu command failed', expect.any(Error));
    error.mockRestore();
  });
});
