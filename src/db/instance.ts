// The workbench's one database; everything in the UI reads and writes through it.
import { DEFAULT_DB_NAME, PlanBenchDB } from './schema';

// Dexie's shared live-query cache deep-clones every result it hands out: with 1,000 regions Compare's
// read of all targets spent ~200 ms cloning 58,000 rows. Without it, live queries read IndexedDB afresh.
export const db = new PlanBenchDB(DEFAULT_DB_NAME, { cache: 'disabled' });
