// The one workspace store the application functions read and write. The window uses the IndexedDB database;
// tests hand in a fake-indexeddb one with `useWorkspaceStore`, so every app function runs against real Dexie code.
import { db } from '../db/instance';
import type { PlanBenchDB } from '../db/schema';

let current: PlanBenchDB = db;

export function workspaceStore(): PlanBenchDB {
  return current;
}

/** Points the application functions at another store (tests); returns the previous one. */
export function useWorkspaceStore(next: PlanBenchDB): PlanBenchDB {
  const previous = current;
  current = next;
  return previous;
}
