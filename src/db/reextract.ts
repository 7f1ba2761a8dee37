// Re-extraction of a stored document: fresh records replace the extracted ones while edits, statuses, notes and choices follow their targets.
import type { ExtractedDocument } from '../core/extract/extract';
import { hasResearcherWork, matchAchievements, matchTargets } from '../core/review/reextract';
import { renameChoiceTargets } from './choices';
import { cellTables, refreshCells } from './cells';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { achievementRow, isManual, joinDocument, splitDocument, targetRow, type AchievementRow, type TargetRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { addPacks, isUntouched, packTargets, removePacksOfDocument, targetsOfDocument, withoutPack } from './target-store';

export interface ReextractSummary {
  /** Old targets with edits, a status or a note that nothing fresh matched: kept, flagged `orphaned`. */
  orphaned: TargetRow[];
  matched: number;
  added: number;
  /** Untouched old targets nothing fresh matched, deleted. */
  removed: number;
  /** The same for the document's achievements (no notes attach to them). */
  achievements: { orphaned: AchievementRow[]; matched: number; added: number; removed: number };
}

interface Plan {
  rows: TargetRow[];
  renamed: Map<string, string>;
  summary: Omit<ReextractSummary, 'achievements'>;
}

interface AchievementPlan {
  rows: AchievementRow[];
  deleteIds: string[];
  summary: ReextractSummary['achievements'];
}

// The targets' rule for achievements: edits and statuses follow a match, worked-on ones nothing matches stay as orphans.
function planAchievements(documentId: string, regionId: string, old: AchievementRow[], fresh: ExtractedDocument, now: string): AchievementPlan {
  const extracted = old.filter((row) => !isManual(row));
  const byId = new Map(extracted.map((row) => [row.id, row]));
  const matching = matchAchievements(extracted, fresh.achieved ?? []);
  const rows: AchievementRow[] = [];
  for (const pair of matching.pairs) {
    const before = byId.get(pair.oldId) as AchievementRow;
    rows.push(achievementRow({ documentId, regionId, extracted: pair.fresh, edits: before.edits, status: before.status }, now));
  }
  for (const record of matching.unmatchedFresh) {
    rows.push(achievementRow({ documentId, regionId, extracted: record, edits: null, status: 'extracted' }, now));
  }
  const orphaned = matching.unmatchedOld.map((id) => byId.get(id) as AchievementRow).filter(hasResearcherWork).map((row) => ({ ...row, orphaned: true, updatedAt: now }));
  rows.push(...orphaned);
  return {
    rows,
    deleteIds: extracted.map((row) => row.id),
    summary: { orphaned, matched: matching.pairs.length, added: matching.unmatchedFresh.length, removed: matching.unmatchedOld.length - orphaned.length },
  };
}

function plan(documentId: string, regionId: string, old: TargetRow[], annotated: Set<string>, fresh: ExtractedDocument, now: string): Plan {
  const extracted = old.filter((row) => !isManual(row));
  const byId = new Map(extracted.map((row) => [row.id, row]));
  const matching = matchTargets(extracted, fresh.targets);
  const renamed = new Map<string, string>();
  const rows: TargetRow[] = [];
  for (const pair of matching.pairs) {
    const before = byId.get(pair.oldId) as TargetRow;
    const row = targetRow({ documentId, regionId, extracted: pair.fresh, edits: before.edits, status: before.status }, now);
    if (row.id !== before.id) renamed.set(before.id, row.id);
    rows.push(row);
  }
  for (const record of matching.unmatchedFresh) {
    rows.push(targetRow({ documentId, regionId, extracted: record, edits: null, status: 'extracted' }, now));
  }
  const orphaned: TargetRow[] = [];
  let removed = 0;
  for (const id of matching.unmatchedOld) {
    const before = byId.get(id) as TargetRow;
    if (hasResearcherWork(before) || annotated.has(id)) orphaned.push({ ...withoutPack(before), orphaned: true, updatedAt: now });
    else removed++;
  }
  for (const row of orphaned) rows.push(row);
  return {
    rows,
    renamed,
    summary: { orphaned, matched: matching.pairs.length, added: matching.unmatchedFresh.length, removed },
  };
}

/**
 * Replaces a document's extracted targets (and achievements, by the same rule) with a fresh
 * extraction of the same file, keeping the researcher's work: matched targets carry their edits and status to the new record (see
 * src/core/review/reextract.ts), notes and effective-target choices follow renamed ids, manual targets
 * are left alone, and worked-on targets nothing matches are kept as orphans, never deleted.
 * The document keeps its region, file name, import date and (unless `options.encoding` is given)
 * encoding, since the bytes are the same file; its texts and metadata are replaced.
 */
export async function reextractDocument(
  db: PlanBenchDB,
  documentId: string,
  fresh: ExtractedDocument,
  options: { extractorVersion?: string | null; encoding?: string } = {},
): Promise<DbResult<ReextractSummary>> {
  return guarded(() =>
    db.transaction('rw', [db.texts, db.achievements, db.annotations, ...cellTables(db)], async () => {
      const document = await db.documents.get(documentId);
      if (!document) return failure('not-found');
      const old = await targetsOfDocument(db, documentId);
      const annotations = await db.annotations.where('targetId').anyOf(old.map((t) => t.id)).toArray();
      const annotated = new Set(annotations.map((a) => a.targetId as string));
      const now = new Date().toISOString();
      const { rows, renamed, summary } = plan(documentId, document.regionId, old, annotated, fresh, now);
      // The extracted rows go (manual ones stay); a packed document's packs are replaced: its untouched targets are
      // packed again, the ones that carry the researcher's work (or are orphans) are rows.
      const storedRows = await db.targets.where('documentId').equals(documentId).toArray();
      await db.targets.bulkDelete(storedRows.filter((row) => !isManual(row)).map((row) => row.id));
      const packed = (await removePacksOfDocument(db, documentId)) > 0;
      const packedRows = packed ? rows.filter(isUntouched) : [];
      await addPacks(db, packTargets(documentId, document.regionId, packedRows, 0));
      await db.targets.bulkAdd(packed ? rows.filter((row) => !isUntouched(row)) : rows);
      await db.annotations.bulkPut(
        annotations.filter((a) => renamed.has(a.targetId as string)).map((a) => ({ ...a, targetId: renamed.get(a.targetId as string) as string })),
      );
      await renameChoiceTargets(db, renamed);
      const achievements = planAchievements(documentId, document.regionId, await db.achievements.where('documentId').equals(documentId).toArray(), fresh, now);
      await db.achievements.bulkDelete(achievements.deleteIds);
      await db.achievements.bulkAdd(achievements.rows);
      const { stored, text } = splitDocument({
        ...joinDocument(document, undefined),
        encoding: options.encoding ?? document.encoding,
        script: fresh.script,
        originalText: fresh.text,
        normalizedText: fresh.normalized,
        // The researcher's corrections win over what the extractor reads now.
        metadata: { ...fresh.metadata, ...(document.metadataEdits ?? {}) },
        extractorVersion: options.extractorVersion === undefined ? document.extractorVersion : options.extractorVersion,
      });
      await db.texts.put(text);
      await db.documents.put(stored);
      await refreshCells(db, [document.regionId, ...old.map((t) => t.regionId)]);
      return ok({ ...summary, achievements: achievements.summary });
    }),
  );
}
