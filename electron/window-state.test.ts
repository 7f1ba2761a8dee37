import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToScreens, parseWindowState, readWindowState, WINDOW_STATE_FILE, writeWindowState } from './window-state';

const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1080 }];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planbench-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading the saved window state', () => {
  it('round-trips a saved state', () => {
    const state = { x: 100, y: 80, width: 1400, height: 900, maximized: true };
    expect(writeWindowState(dir, state)).toBe(true);
    expect(readWindowState(dir, SCREEN)).toEqual(state);
    expect(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')).toBe(JSON.stringify(state));
  });

  it('uses the defaults when there is no file', () => {
    expect(readWindowState(dir, SCREEN)).toEqual(DEFAULT_STATE);
  });

  it.each([
    ['not JSON', '{"width": 1200,'],
    ['an array', '[1200, 800]'],
    ['null', 'null'],
    ['strings for numbers', '{"width":"1200","height":"800","maximized":false}'],
    ['fractions', '{"width":1200.5,"height":800,"maximized":false}'],
    ['too small', '{"width":10,"height":10,"maximized":false}'],
    ['absurdly large', '{"width":1e9,"height":800,"maximized":false}'],
    ['negative size', '{"width":-1200,"height":800,"maximized":false}'],
    ['no maximized flag', '{"width":1200,"height":800}'],
    ['a huge file', `{"width":1200,"height":800,"maximized":false,"pad":"${'x'.repeat(10000)}"}`],
    ['a position out of range', '{"x":1e12,"y":0,"width":1200,"height":800,"maximized":false}'],
  ])('falls back to the defaults for %s', (_what, text) => {
    writeFileSync(path.join(dir, WINDOW_STATE_FILE), text);
    expect(readWindowState(dir, SCREEN)).toEqual(DEFAULT_STATE);
  });

  it('drops unknown keys and half a position', () => {
    expect(parseWindowState('{"x":5,"width":1200,"height":800,"maximized":false,"__proto__":{"polluted":true},"extra":1}')).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fitting to the screens', () => {
  it('keeps a position whose title bar is on a screen', () => {
    expect(fitToScreens({ x: 1800, y: 500, width: 1200, height: 800, maximized: false }, SCREEN)).toMatchObject({ x: 1800, y: 500 });
  });

  it('forgets a position on a screen that is gone, keeping the size', () => {
    expect(fitToScreens({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, SCREEN)).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToScreens({ x: 100, y: -500, width: 1200, height: 800, maximized: false }, SCREEN)).not.toHaveProperty('x');
  });

  it('keeps a position on a second screen', () => {
    const two = [...SCREEN, { x: 1920, y: 0, width: 2560, height: 1440 }];
    expect(fitToScreens({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, two)).toMatchObject({ x: 2500, y: 100 });
  });

  it('shrinks a window larger than any screen, never below the minimum', () => {
    const small = [{ x: 0, y: 0, width: 1366, height: 768 }];
    expect(fitToScreens({ width: 3000, height: 2000, maximized: false }, small)).toEqual({ width: 1366, height: 768, maximized: false });
    const tiny = [{ x: 0, y: 0, width: 800, height: 600 }];
    expect(fitToScreens({ width: 3000, height: 2000, maximized: false }, tiny)).toEqual({ width: 960, height: 640, maximized: false });
  });
});

describe('writing', () => {
  it('reports a failure instead of throwing', () => {
    const file = path.join(dir, 'blocker');
    writeFileSync(file, '');
    expect(writeWindowState(path.join(file, 'sub'), DEFAULT_STATE)).toBe(false);
  });
});
