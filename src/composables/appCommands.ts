// A small bus for commands that arrive from outside a view (the desktop menu): the view that can carry one out
// subscribes while mounted; a command sent just before its view mounts waits briefly for it.
import { onBeforeUnmount, onMounted } from 'vue';

export type AppCommand = 'backup' | 'restore' | 'export-chart' | 'export-report';

type Handler = () => void | Promise<void>;

/** How long a command waits for a view to mount after a route change. */
const PENDING_MS = 3000;

const handlers = new Map<AppCommand, Set<Handler>>();
const pending = new Map<AppCommand, number>();

function run(handler: Handler): void {
  void Promise.resolve(handler()).catch((e: unknown) => console.error('planbench: a menu command failed', e));
}

/** Carries a command out now, or as soon as a view that handles it mounts (within a few seconds). */
export function dispatchAppCommand(command: AppCommand, now = Date.now()): void {
  const set = handlers.get(command);
  if (set && set.size > 0) {
    for (const handler of set) run(handler);
    return;
  }
  pending.set(command, now);
}

/** Subscribes outside a component (tests, stores); returns the unsubscribe. */
export function onAppCommand(command: AppCommand, handler: Handler, now = Date.now()): () => void {
  const set = handlers.get(command) ?? new Set<Handler>();
  handlers.set(command, set);
  set.add(handler);
  const since = pending.get(command);
  if (since !== undefined) {
    pending.delete(command);
    if (now - since <= PENDING_MS) run(handler);
  }
  return () => {
    set.delete(handler);
  };
}

/** Subscribes the current component while it is mounted. */
export function useAppCommand(command: AppCommand, handler: Handler): void {
  let off: (() => void) | null = null;
  onMounted(() => {
    off = onAppCommand(command, handler);
  });
  onBeforeUnmount(() => off?.());
}
