// A large document stored by the extraction worker itself, slice by slice, in the workspace's database (same origin,
// same IndexedDB as the window): its records never cross to the window, whose thread stays free to draw. The window
// only hears which document is being staged (to remove it should the import be cancelled) and how far it is.
import { ok } from '../../core/result';
import { addStagedTargets, beginStaged, commitStaged, STAGED_ROWS_PER_TRANSACTION, type StagedDocument } from '../../db/staged';
import { PlanBenchDB, type PlanBenchDBOptions } from '../../db/schema';
import { prepareDocumentInSlices, type PrepareOptions, type PreparedDocument } from '../prepare';
import type { Extraction } from '../pipeline';

export interface StoredInWorker {
  documentId: string;
  duplicate: boolean;
}

export interface StoreProgress {
  /** The document's rows are being written under this id (a cancel or failure leaves them for the window to remove). */
  staged(documentId: string): void;
  /** Share of the document read and stored, 0 to 1. */
  part(done: number): void;
}

/** A write the store refused while the document was being stored. */
class StoreFailure extends Error {
  constructor(
    readonly code: string,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** Reads `bytes` in slices of `sliceChars` and stores it in the database `dbName`: its text first, its records as they come, its document row last. */
export async function storeInSlices(
  dbName: string,
  name: string,
  bytes: Uint8Array,
  progress: StoreProgress,
  options: PrepareOptions & { sliceChars: number },
  /** Tests give fake-indexeddb here. */
  dbOptions: PlanBenchDBOptions = {},
): Promise<Extraction<StoredInWorker>> {
  // Its own connection for this document, closed at the end: the window may replace the workspace between imports.
  const db = new PlanBenchDB(dbName, { cache: 'disabled', ...dbOptions });
  const state: { staged: StagedDocument | null; duplicate: string | null; done: number } = { staged: null, duplicate: null, done: 0 };
  try {
    const read = await prepareDocumentInSlices(
      name,
      bytes,
      {
        head: async (document: PreparedDocument) => {
          const begun = await beginStaged(db, document);
          if (!begun.ok) throw new StoreFailure(begun.code, begun.detail);
          if (begun.value.duplicate) {
            state.duplicate = begun.value.documentId;
            return false;
          }
          state.staged = begun.value.staged;
          progress.staged(begun.value.staged.documentId);
          return true;
        },
        slice: async (slice) => {
          const staged = state.staged;
          if (!staged) return;
          const done = slice.charsTotal > 0 ? slice.charsDone / slice.charsTotal : 1;
          // A slice of many records (a plan on one line is one slice) is written a transaction at a time, its share
          // moving with each: the window sees progress, and its watchdog that the worker is not stuck.
          const step = STAGED_ROWS_PER_TRANSACTION;
          const chunks = Math.max(1, Math.ceil(slice.targets.length / step), Math.ceil(slice.achieved.length / step));
          for (let k = 0; k < chunks; k++) {
            const written = await addStagedTargets(db, staged, slice.targets.slice(k * step, (k + 1) * step), slice.achieved.slice(k * step, (k + 1) * step));
            if (!written.ok) throw new StoreFailure(written.code, written.detail);
            progress.part(state.done + ((done - state.done) * (k + 1)) / chunks);
          }
          state.done = done;
        },
      },
      options,
    );
    if (!read.ok) return read;
    if (state.duplicate !== null) return ok({ documentId: state.duplicate, duplicate: true });
    if (!state.staged) return { ok: false, code: 'write-failed', detail: 'nothing was staged' };
    const committed = await commitStaged(db, state.staged, read.value);
    if (!committed.ok) return { ok: false, code: committed.code, detail: committed.detail ?? committed.code };
    return ok({ documentId: committed.value.documentId, duplicate: false });
  } catch (error) {
    if (error instanceof StoreFailure) return { ok: false, code: error.code, detail: error.message };
    throw error;
  } finally {
    db.close();
  }
}
