// The workbench's one database; everything in the UI reads and writes through it.
import { PlanBenchDB } from './schema';

export const db = new PlanBenchDB();
