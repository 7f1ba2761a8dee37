// Notes: Compare's requests to its dialogs (the source of a bar, a note drafted from a cell, a gap or a source) and the
// notes' writes, a draft saved new or over an existing one, and a note removed.
import { toRaw } from 'vue';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../db/annotations';
import type { DbResult } from '../db/errors';
import type { AnnotationRow, AnnotationTag } from '../workspace/rows';
import { workspaceStore } from './store';

/** A bar or table row whose source the drawer shows. */
export interface SourceRequest {
  targetId: string;
  documentId: string;
  regionId: string;
  regionName: string;
  indicator: string;
  /** The unit the chart draws the value in (its panel's), when the drawer should say how the value was converted. */
  shownIn?: string | null;
}

export interface NoteDraft {
  /** null for a new note. */
  id: string | null;
  regionId: string;
  /** indicatorKey of the cell. */
  indicator: string;
  otherRegionId: string | null;
  targetId: string | null;
  text: string;
  tag: AnnotationTag | null;
}

export function newDraft(regionId: string, indicator: string, extra: Partial<Pick<NoteDraft, 'otherRegionId' | 'targetId'>> = {}): NoteDraft {
  return { id: null, regionId, indicator, otherRegionId: extra.otherRegionId ?? null, targetId: extra.targetId ?? null, text: '', tag: null };
}

export function draftOf(note: AnnotationRow): NoteDraft {
  return { id: note.id, regionId: note.regionId, indicator: note.indicator, otherRegionId: note.otherRegionId, targetId: note.targetId, text: note.text, tag: note.tag };
}

export async function saveDraft(draft: NoteDraft): Promise<DbResult> {
  const plain = { ...toRaw(draft), text: draft.text.trim() };
  if (plain.id) return updateAnnotation(workspaceStore(), plain.id, { text: plain.text, tag: plain.tag });
  return addAnnotation(workspaceStore(), {
    regionId: plain.regionId,
    indicator: plain.indicator,
    text: plain.text,
    tag: plain.tag,
    otherRegionId: plain.otherRegionId,
    targetId: plain.targetId,
  });
}

export async function removeNote(id: string): Promise<DbResult> {
  return deleteAnnotation(workspaceStore(), id);
}

/** The message key for a failed write; codes without their own message share one. */
export function errorKey(code: string): string {
  return ['quota-exceeded', 'not-found'].includes(code) ? `compare.notes.errors.${code}` : 'compare.notes.errors.write-failed';
}
