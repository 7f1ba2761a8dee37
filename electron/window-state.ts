// The main window's size and position across launches: a small JSON file in the user-data folder, validated on
// read (a damaged or hand-edited file, or a position on a screen that is gone, falls back to defaults).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 960, height: 640 } as const;
export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MAX_FILE_CHARS = 4096;
const MAX_EDGE = 16384;

const coordinate = z.number().int().min(-MAX_EDGE).max(MAX_EDGE);
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_SIZE.width).max(MAX_EDGE),
  height: z.number().int().min(MIN_SIZE.height).max(MAX_EDGE),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof stateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Parses a saved state; anything malformed (syntax, types, sizes out of range, half a position) gives null. */
export function parseWindowState(text: string): WindowState | null {
  if (text.length > MAX_FILE_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return null;
  const { x, y, width, height, maximized } = parsed.data;
  // Both coordinates or neither; unknown keys are dropped.
  return x !== undefined && y !== undefined ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** Keeps the size within the largest screen, and the position only when the title bar would be on a screen. */
export function fitToScreens(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const width = Math.max(MIN_SIZE.width, Math.min(state.width, ...workAreas.map((a) => a.width)));
  const height = Math.max(MIN_SIZE.height, Math.min(state.height, ...workAreas.map((a) => a.height)));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const titleBar: Rect = { x: state.x, y: state.y, width, height: 32 };
  const visible = workAreas.some((a) => overlap(titleBar, a).width >= 100 && overlap(titleBar, a).height >= 16);
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** The state to open with: the saved one when valid and on a screen, else the defaults. */
export function readWindowState(dir: string, workAreas: readonly Rect[]): WindowState {
  let text: string;
  try {
    text = readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return fitToScreens(DEFAULT_STATE, workAreas);
  }
  return fitToScreens(parseWindowState(text) ?? DEFAULT_STATE, workAreas);
}

/** Writes the state through a temporary file, so a crash mid-write never leaves half a file; false when it failed. */
export function writeWindowState(dir: string, state: WindowState): boolean {
  const file = path.join(dir, WINDOW_STATE_FILE);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}
