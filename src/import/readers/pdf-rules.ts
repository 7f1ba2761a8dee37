// The horizontal ruling lines of a PDF page (a table's row borders), read from pdf.js's operator list: every horizontal
// edge of a painted path — a stroked line, the edge of a stroked or filled rectangle, a hairline drawn as a thin filled
// rectangle — in display space. The table reader (pdf-table.ts) uses them to tell which row a wrapped line belongs to.

/** A horizontal ruling line in display space (y grows downwards). */
export interface Rule {
  y: number;
  left: number;
  right: number;
}

/** What pdf.js's operator list gives (the fields used here). */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The pdf.js operator codes used here (pdfjs.OPS). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** More operators than this on a page (a drawing, a hostile file): its rules are not read and the words alone decide. */
export const MAX_OPERATORS = 200_000;
/** More path points than this on a page: the same. */
const MAX_POINTS = 200_000;
/** At most this many rules are kept from a page. */
const MAX_RULES = 4_000;
/** Edges shorter than this (points) are no rule: a zero-size rectangle, a dot, a glyph's stroke. */
const MIN_LENGTH = 6;
/** An edge whose ends differ in height by less than this is horizontal. */
const LEVEL = 0.5;
/** Rules closer than this in height are one (the two edges of a hairline rectangle, a double stroke). */
const SAME_RULE = 1.5;

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2, as pdf.js's Util.transform. */
function multiply(m1: Matrix, m2: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m2 as Matrix;
  return [
    m1[0] * a + m1[2] * b,
    m1[1] * a + m1[3] * b,
    m1[0] * c + m1[2] * d,
    m1[1] * c + m1[3] * d,
    m1[0] * e + m1[2] * f + m1[4],
    m1[1] * e + m1[3] * f + m1[5],
  ];
}

function isMatrix(v: unknown): v is Matrix {
  return Array.isArray(v) || ArrayBuffer.isView(v) ? (v as ArrayLike<number>).length >= 6 && Array.from(v as ArrayLike<number>).slice(0, 6).every(Number.isFinite) : false;
}

/** Path drawing codes in a constructPath's data (pdf.js's DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/**
 * The horizontal rules of a page, top to bottom, merged where they meet. `viewport` maps the page's user space to
 * display space (pdf.js's viewport.transform). Returns none for a page past the budgets above.
 */
export function horizontalRules(list: OperatorList, ops: OpCodes, viewport: readonly number[]): Rule[] {
  const { fnArray, argsArray } = list;
  if (fnArray.length > MAX_OPERATORS || !isMatrix(viewport)) return [];
  const found: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = multiply([...(viewport as Matrix)], IDENTITY);
  let points = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.transform) {
      if (isMatrix(args)) ctm = multiply(ctm, args);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (isMatrix(args?.[0])) ctm = multiply(ctm, args[0]);
    } else if (fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.constructPath && args && args[0] !== ops.endPath) {
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!ArrayBuffer.isView(data) && !Array.isArray(data)) continue;
      const path = data as ArrayLike<number>;
      points += path.length;
      if (points > MAX_POINTS) return [];
      edges(path, ctm, found);
      if (found.length > 4 * MAX_RULES) return [];
    }
  }
  return merge(found);
}

/** The horizontal straight edges of one path (a closePath's edge too), in display space. */
function edges(path: ArrayLike<number>, m: Matrix, out: Rule[]): void {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const edge = (x1: number, y1: number, x2: number, y2: number) => {
    const ax = m[0] * x1 + m[2] * y1 + m[4];
    const ay = m[1] * x1 + m[3] * y1 + m[5];
    const bx = m[0] * x2 + m[2] * y2 + m[4];
    const by = m[1] * x2 + m[3] * y2 + m[5];
    if (!Number.isFinite(ax + ay + bx + by)) return;
    if (Math.abs(ay - by) < LEVEL && Math.abs(ax - bx) >= MIN_LENGTH) out.push({ y: (ay + by) / 2, left: Math.min(ax, bx), right: Math.max(ax, bx) });
  };
  for (let k = 0; k < path.length; ) {
    const code = path[k];
    if (code === MOVE_TO) {
      x = startX = path[k + 1] ?? 0;
      y = startY = path[k + 2] ?? 0;
      k += 3;
    } else if (code === LINE_TO) {
      const nx = path[k + 1] ?? 0;
      const ny = path[k + 2] ?? 0;
      edge(x, y, nx, ny);
      x = nx;
      y = ny;
      k += 3;
    } else if (code === CURVE_TO) {
      x = path[k + 5] ?? 0;
      y = path[k + 6] ?? 0;
      k += 7;
    } else if (code === QUADRATIC_TO) {
      x = path[k + 3] ?? 0;
      y = path[k + 4] ?? 0;
      k += 5;
    } else if (code === CLOSE) {
      edge(x, y, startX, startY);
      x = startX;
      y = startY;
      k += 1;
    } else {
      return; // not a path pdf.js writes: stop reading it
    }
  }
}

/** Rules sorted by height, those at (almost) one height and touching along x joined. */
function merge(rules: Rule[]): Rule[] {
  rules.sort((a, b) => a.y - b.y || a.left - b.left);
  const out: Rule[] = [];
  for (const r of rules) {
    let same: Rule | null = null;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k] as Rule;
      if (r.y - o.y > SAME_RULE) break;
      if (r.left <= o.right + SAME_RULE && r.right >= o.left - SAME_RULE) {
        same = o;
        break;
      }
    }
    if (same) {
      same.left = Math.min(same.left, r.left);
      same.right = Math.max(same.right, r.right);
    } else {
      out.push({ ...r });
    }
    if (out.length > MAX_RULES) return [];
  }
  return out;
}
