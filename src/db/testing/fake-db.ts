// Test support: databases on a private in-memory fake-indexeddb, so tests never share state.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PlanBenchDB, type PlanBenchDBOptions } from '../schema';

/** A fresh fake IndexedDB; pass the same one to two Dexie instances to reopen a database. */
export function fakeIndexedDB(): Required<Pick<PlanBenchDBOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function openTestDb(options: PlanBenchDBOptions = fakeIndexedDB(), name = 'planbench-test'): PlanBenchDB {
  return new PlanBenchDB(name, options);
}

/** Row counts of every table, to assert that a failed write changed nothing. */
export async function counts(db: PlanBenchDB): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of db.tables) result[table.name] = await table.count();
  return result;
}
