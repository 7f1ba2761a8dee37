// A Word table pasted as running text: "序号 项目名称 目标任务 牵头领导 责任单位 1 托育服务扩容 新增普惠托位1200个
// 王小明 市卫健委 2 …", with or without spaces between cells. Only the task cell holds targets; the header,
// the sequence numbers, the project-name cell and the leader and agency cells are cut away, so the prose
// reader sees each task on its own and no name runs across cells.
import { findQuantities } from './quantities';
import type { Span } from '../types';

const HEADER_WORD = String.raw`序号|项目名称|实事名称|项目|名称|主要内容|建设内容|目标任务|任务目标|工作目标|具体内容|工作任务|牵头领导|责任领导|分管领导|牵头单位|责任单位|配合单位|完成时限|完成时间|时间节点|备注`;
/** 序号 and at least two more column headings in a row, spaces optional. */
const HEADER_RUN = new RegExp(String.raw`序号\s*(?:(?:${HEADER_WORD})\s*){2,}`, 'gu');
const NAME_COLUMN = /项目名称|实事名称|项目|名称/u;
/** The column whose cell holds the work to be done, read as prose. */
const TASK_COLUMN = /^(?:目标任务|任务目标|工作目标|具体内容|工作任务|主要内容|建设内容)$/u;
const HEADER_CELL = new RegExp(String.raw`^(?:${HEADER_WORD})$`, 'u');
const TAIL_COLUMN = /牵头领导|责任领导|分管领导|牵头单位|责任单位|配合单位|完成时限|完成时间|时间节点|备注/u;
/** An agency cell ends a row: 市卫健委, 区住建局, 市人社局、市财政局. */
const AGENCY_END = /(?:局|委|办|院|厅|部|中心|公司|集团|政府|管委会|街道|镇|总工会|团委|妇联|残联|红十字会)$/u;
const TASK_VERB =
  /新增|新建|新开工|改扩建|改建|扩建|改造|建设|建成|完成|开展|培育|创建|举办|组织|提供|实施|打造|培训|开办|推出|交付|加装|培养|筛查|增设|配建|安装|更新|整治|开通|设立|招聘|发放|资助|救助|帮扶|城镇新增/gu;

/** The row cells of running-text tables: spans that are not task cells, for the prose reader to skip. */
export function runningTableCuts(text: string): Span[] {
  const cuts: Span[] = [];
  if (!text.includes('序号')) return cuts;
  let tabbedEnd = -1;
  for (const header of text.matchAll(HEADER_RUN)) {
    if (header.index < tabbedEnd) continue;
    const tabbed = tabTableCuts(text, header.index);
    if (tabbed) {
      cuts.push(...tabbed.cuts);
      tabbedEnd = tabbed.end;
      continue;
    }
    const headerText = header[0];
    const hasName = NAME_COLUMN.test(headerText.replace(/序号/u, ''));
    const hasTail = TAIL_COLUMN.test(headerText);
    const start = header.index;
    const pos = start + headerText.length;
    cuts.push({ start, end: pos });
    const lineEnd = text.indexOf('\n\n', pos);
    const end = lineEnd < 0 ? text.length : lineEnd;
    // Rows begin with 1, 2, 3…: a number that is not part of a quantity (no unit, no decimal after it).
    const rows: { seqStart: number; seqEnd: number }[] = [];
    let seq = 1;
    const seqRe = /(?<![\d.])(\d{1,3})(?![\d.%‰])\s*(?=[\u4e00-\u9fff“(])/gu;
    seqRe.lastIndex = pos;
    for (let m = seqRe.exec(text); m && m.index < end; m = seqRe.exec(text)) {
      if (Number(m[1]) !== seq) continue;
      // A count with its measure word right after (2个) is a quantity, not a row number.
      if (findQuantities(text.slice(m.index, m.index + 8)).some((q) => q.start === 0)) continue;
      rows.push({ seqStart: m.index, seqEnd: m.index + m[0].length });
      seq++;
    }
    if (rows.length < 2) continue;
    rows.forEach((row, k) => {
      const rowEnd = rows[k + 1]?.seqStart ?? end;
      cuts.push({ start: row.seqStart, end: row.seqEnd });
      const cell = text.slice(row.seqEnd, rowEnd);
      const qs = findQuantities(cell);
      const first = qs[0];
      const last = qs[qs.length - 1];
      if (!first || !last) {
        cuts.push({ start: row.seqEnd, end: rowEnd });
        return;
      }
      if (hasName) {
        // The project name runs up to the task's verb: the last verb before the first number.
        let verbAt = -1;
        for (const v of cell.slice(0, first.opStart).matchAll(TASK_VERB)) if (v.index > 0) verbAt = v.index;
        const spaced = /^\s*\S+\s+/u.exec(cell);
        const nameEnd = spaced && spaced[0].length <= first.opStart ? spaced[0].length : verbAt;
        if (nameEnd > 0) cuts.push({ start: row.seqEnd, end: row.seqEnd + nameEnd });
      }
      if (hasTail) {
        const tail = cell.slice(last.opEnd);
        if (!/\d/u.test(tail) && AGENCY_END.test(tail.trim())) cuts.push({ start: row.seqEnd + last.opEnd, end: rowEnd });
      }
    });
  }
  return merge(cuts);
}

/**
 * The same table saved with tabs between its cells (序号\t项目名称\t目标任务\t牵头领导\t责任单位, one row a line): its cells
 * are known exactly, so every cell but the task's is cut, up to the line's end — the row cut at its numbers ran on to the
 * next blank line, past prose after a single newline, and its agency cell, not told from the prose's digits, stayed
 * in the task's name (改造老旧小区李红 市住建局). A row of another number of cells than the header's is cut whole: its
 * cells cannot be told apart. The table ends at the first line without a tab. Null when the header is no tab row of
 * such headings with a task column.
 */
function tabTableCuts(text: string, at: number): { cuts: Span[]; end: number } | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const headerEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const heads = text.slice(lineStart, headerEnd).split('\t').map((h) => h.trim());
  if (heads.length < 3 || !heads.every((h) => HEADER_CELL.test(h))) return null;
  const task = heads.findIndex((h) => TASK_COLUMN.test(h));
  if (task < 0) return null;
  const cuts: Span[] = [{ start: lineStart, end: headerEnd }];
  let pos = headerEnd + 1;
  let end = headerEnd;
  while (pos < text.length) {
    const next = text.indexOf('\n', pos);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(pos, lineEnd);
    if (!line.includes('\t')) break;
    const cells = line.split('\t');
    if (cells.length !== heads.length) cuts.push({ start: pos, end: lineEnd });
    else {
      let cellStart = pos;
      cells.forEach((cell, k) => {
        // A cut cell takes the tab after it along.
        const cellEnd = cellStart + cell.length;
        if (k !== task) cuts.push({ start: cellStart, end: Math.min(lineEnd, cellEnd + 1) });
        cellStart = cellEnd + 1;
      });
    }
    end = lineEnd;
    pos = lineEnd + 1;
  }
  return { cuts, end };
}

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The columns of a 基本公共服务标准 list (the national standard's table and its provinces' copies). */
const STANDARD_COLUMN = /^(?:序号|服务项目|服务对象|服务内容|服务标准|支出责任|牵头负责单位|责任单位|覆盖水平)$/u;

/**
 * The rows of a 基本公共服务标准 list (服务项目 | 服务对象 | 服务内容 | 服务标准), flattened one cell a line or a row a
 * line: what each person of the 服务对象 is owed (每年提供1次健康评估, 每人每年1次), never a figure the region sets for
 * itself. Its header is a run of lines holding only those column names, 服务对象 and 服务标准 among them; the list runs
 * to the next blank line or line that ends a sentence (。), which is prose again.
 */
/** A line's cells when they are all a standards list's column names (a header line), else null. */
function headerCells(text: string, start: number, end: number): string[] | null {
  const cells = text.slice(start, end).split(/[\s|｜]+/u).filter((c) => c !== '');
  return cells.length > 0 && cells.every((c) => STANDARD_COLUMN.test(c)) ? cells : null;
}

export function standardsListCuts(text: string): Span[] {
  const cuts: Span[] = [];
  if (!text.includes('服务对象') || !text.includes('服务标准')) return cuts;
  let lineStart = 0;
  let headerStart = -1;
  let words = new Set<string>();
  while (lineStart <= text.length) {
    if (headerStart < 0) {
      // Outside a header, the next list's header holds 服务对象: go to the first header line before it (the lines
      // skipped can make no list, and every line of a plan used to be split and tested, cell by cell).
      const at = text.indexOf('服务对象', lineStart);
      if (at < 0) break;
      let start = text.lastIndexOf('\n', at) + 1;
      while (start > lineStart) {
        const previous = text.lastIndexOf('\n', start - 2) + 1;
        if (headerCells(text, previous, start - 1) === null) break;
        start = previous;
      }
      lineStart = start;
    }
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const cells = headerCells(text, lineStart, lineEnd);
    if (cells !== null) {
      if (headerStart < 0) headerStart = lineStart;
      for (const c of cells) words.add(c);
    } else {
      if (headerStart >= 0 && words.has('服务对象') && words.has('服务标准')) {
        // The list's rows: to a blank line or a line with a sentence's end.
        let end = lineStart;
        while (end < text.length) {
          const next = text.indexOf('\n', end);
          const stop = next < 0 ? text.length : next;
          const line = text.slice(end, stop);
          if (line.trim() === '' || line.includes('。')) break;
          end = stop + 1;
        }
        cuts.push({ start: headerStart, end: Math.min(end, text.length) });
        lineStart = end;
        headerStart = -1;
        words = new Set();
        continue;
      }
      headerStart = -1;
      words = new Set();
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return cuts;
}
