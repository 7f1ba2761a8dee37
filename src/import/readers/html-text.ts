// HTML markup → plain text lines: blocks become lines, data-table rows become "| cell | cell |" rows for the core's table reader.
import { Parser } from 'htmlparser2';
import { headerRole } from '../../core/extract/tables';
import { superscriptText } from './superscript';

/** Content the reader never sees: code, styling, page chrome and the document head. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'nav', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select']);

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'tr', 'section', 'article',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre',
  'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'hr', 'address', 'center', 'form',
  'fieldset', 'legend', 'details', 'summary', 'body', 'html',
]);

/**
 * Page chrome of a saved web page (a government site's navigation, breadcrumbs, share buttons, related links, footer
 * with its phone and ICP numbers), by tag or by a class or id word: none of it is the plan, and a related link
 * (某市2025年城镇新增就业12万人) or another plan's title read as this one's is a record the researcher never asked for.
 */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
/** Class or id words, alone or starting one (nav-bar, navigation, share_box, bdsharebuttonbox, footer-wrap). */
const CHROME_PREFIX = /^(?:nav|menu|breadcrumb|crumb|share|bdshare|footer|copyright|sidebar|related|xglj|toolbar|topbar)/u;
/** Class or id words that mark chrome only as a whole word (a "header-title" may be the article's). */
const CHROME_WHOLE_WORDS = new Set(['header', 'foot', 'position', 'location', 'dqwz', 'fontsize']);
/** Where a page's content lives: its own <header> and <footer> (title, notes) are kept. */
const CONTENT_TAGS = new Set(['article', 'main']);

/** The ↑ mammoth puts after a footnote's or endnote's text, linking back to its mark. */
function isNoteBackLink(name: string, attribs: Record<string, string>): boolean {
  return name === 'a' && /^#(?:footnote|endnote)-ref-/u.test(attribs.href ?? '');
}

function isChrome(name: string, attribs: Record<string, string>, inContent: boolean): boolean {
  if (CHROME_TAGS.has(name)) return !inContent;
  const words = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase().split(/\s+/u);
  return words.some((w) => CHROME_WHOLE_WORDS.has(w) || CHROME_PREFIX.test(w));
}

/**
 * A row whose cells hold more than this is page layout (old government sites wrap whole articles
 * in table cells), not an indicator table: its cells are read as ordinary lines.
 */
const MAX_DATA_CELL_CHARS = 200;
const MAX_DATA_CELL_LINES = 6;

/** Collapsible HTML whitespace plus the no-break space pages use for indentation. */
const SPACE_RUN = /[ \t\n\r\f\v\u00a0]+/g;

/** Text that accumulates lines; the document and every table cell is one. */
class Sink {
  lines: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  /** The text of the line being written. */
  tail(): string {
    return this.current;
  }

  /** Ends the current line, if it holds anything but whitespace. */
  flush(): void {
    // trim() removes exactly \s (U+3000 included) from both ends, in linear time on any run of spaces.
    const line = this.current.replace(SPACE_RUN, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  addLines(lines: readonly string[]): void {
    this.flush();
    for (const line of lines) this.lines.push(line);
  }
}

interface Cell {
  sink: Sink;
  hasTable: boolean;
  /** colspan and rowspan (DOCX gridSpan and vMerge come out of mammoth as these). */
  cols: number;
  rows: number;
}

/** A cell of an earlier row that spans down into the coming rows. */
interface Spanning {
  text: string;
  /** Rows it still covers. */
  left: number;
}

interface Table {
  /** Where the table's rows go: the document or the cell around a nested table. */
  target: Sink;
  row: Cell[] | null;
  cell: Cell | null;
  /** Set once a row went out as a pipe row; later one-cell rows then stay inside the table. */
  piped: boolean;
  /** Cells spanning down from earlier rows, by column. */
  spanning: Array<Spanning | undefined>;
  /** Header rows read before the table's first data row, merged column by column into one (see stackHeader). */
  header: string[] | null;
  /** Set at the first data row: a header-like row after it is a repeated header, left as it is. */
  body: boolean;
}

type Frame = 'skip' | 'chrome' | 'content' | 'block' | 'table' | 'row' | 'cell' | 'pre' | 'sup' | 'inline';

export interface HtmlTextOptions {
  /** Leave out a web page's chrome (navigation, breadcrumbs, share buttons, related links, footer); for saved pages. */
  dropChrome?: boolean;
}

/**
 * htmlparser2's Parser keeps its open elements in an array with the innermost first, using
 * `unshift`/`shift` and `indexOf` on every tag: quadratic on deeply nested markup (500,000 nested
 * tags ran for minutes). This stack answers the same calls (`[i]` counted from the innermost,
 * `unshift`, `shift`, `indexOf`, `includes`, `length`) in constant time: the elements are kept
 * outermost first, and each name keeps the positions where it is open.
 */
function topFirstStack(): unknown {
  const items: string[] = [];
  const positions = new Map<string, number[]>();
  const api = {
    unshift(name: string): number {
      let at = positions.get(name);
      if (!at) positions.set(name, (at = []));
      at.push(items.length);
      items.push(name);
      return items.length;
    },
    shift(): string | undefined {
      const name = items.pop();
      if (name !== undefined) positions.get(name)?.pop();
      return name;
    },
    indexOf(name: string): number {
      const at = positions.get(name);
      const last = at?.[at.length - 1];
      return last === undefined ? -1 : items.length - 1 - last;
    },
    includes(name: string): boolean {
      return (positions.get(name)?.length ?? 0) > 0;
    },
  };
  return new Proxy(api, {
    get(target, prop) {
      if (prop === 'length') return items.length;
      if (typeof prop === 'string' && /^\d+$/.test(prop)) return items[items.length - 1 - Number(prop)];
      return Reflect.get(target, prop);
    },
    set(_target, prop, value) {
      if (prop !== 'length') return false;
      while (items.length > Number(value)) api.shift();
      return true;
    },
  });
}

/** A Parser whose element stacks answer in constant time, so the whole parse is linear in the markup. */
function linearParser(...args: ConstructorParameters<typeof Parser>): Parser {
  const parser = new Parser(...args);
  const internals = parser as unknown as { stack: unknown; foreignContext: unknown[] };
  internals.stack = topFirstStack();
  // The foreign-content stack (svg, math and their integration points) is used the same way.
  const foreign = topFirstStack() as { unshift(v: unknown): number };
  for (const value of [...internals.foreignContext].reverse()) foreign.unshift(value);
  internals.foreignContext = foreign as unknown as unknown[];
  return parser;
}

/** Converts an HTML document or fragment to text with one line per block and one pipe row per data-table row. */
export function htmlToText(html: string, options: HtmlTextOptions = {}): string {
  if (!options.dropChrome) return readHtml(html, false).text;
  const read = readHtml(html, true);
  // A piece of "chrome" with more sentences than everything kept is the article in a wrapper named oddly (navigation
  // and footers are links and labels, not sentences): the page is read whole rather than lose its plan.
  const kept = sentenceEnds(read.text);
  return read.chromeSentences > kept ? readHtml(html, false).text : read.text;
}

function sentenceEnds(text: string): number {
  return text.split('。').length - 1;
}

function readHtml(html: string, dropChrome: boolean): { text: string; chromeSentences: number } {
  const doc = new Sink();
  const tables: Table[] = [];
  const frames: Frame[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let chromeDepth = 0;
  /** Sentences in the chrome element being skipped, and the most any one held. */
  let chromeStops = 0;
  let chromeSentences = 0;
  let contentDepth = 0;
  let supDepth = 0;
  let supText = '';

  const sink = (): Sink => {
    const table = tables[tables.length - 1];
    return table?.cell?.sink ?? table?.target ?? doc;
  };

  const closeCell = (table: Table): void => {
    if (!table.cell) return;
    table.cell.sink.flush();
    table.row ??= [];
    table.row.push(table.cell);
    table.cell = null;
  };

  const closeRow = (table: Table): void => {
    closeCell(table);
    if (table.row) emitRow(table, table.row);
    table.row = null;
  };

  const open = (name: string, attribs: Record<string, string>): Frame => {
    if (skipDepth > 0 || SKIPPED.has(name) || isNoteBackLink(name, attribs)) {
      skipDepth++;
      return 'skip';
    }
    if (dropChrome && (chromeDepth > 0 || isChrome(name, attribs, contentDepth > 0))) {
      if (chromeDepth++ === 0) chromeStops = 0;
      return 'chrome';
    }
    if (CONTENT_TAGS.has(name)) {
      contentDepth++;
      sink().flush();
      return 'content';
    }
    const table = tables[tables.length - 1];
    if (name === 'sup') {
      if (supDepth++ === 0) supText = '';
      return 'sup';
    }
    if (name === 'table') {
      const outer = sink();
      outer.flush();
      if (table?.cell) table.cell.hasTable = true;
      tables.push({ target: outer, row: null, cell: null, piped: false, spanning: [], header: null, body: false });
      return 'table';
    }
    if (table && name === 'tr') {
      closeRow(table);
      table.row = [];
      return 'row';
    }
    if (table && (name === 'td' || name === 'th')) {
      closeCell(table);
      table.cell = { sink: new Sink(), hasTable: false, cols: span(attribs.colspan), rows: span(attribs.rowspan) };
      return 'cell';
    }
    if (name === 'pre') {
      sink().flush();
      preDepth++;
      return 'pre';
    }
    if (BLOCKS.has(name)) {
      sink().flush();
      return 'block';
    }
    return 'inline';
  };

  const close = (frame: Frame | undefined): void => {
    const table = tables[tables.length - 1];
    switch (frame) {
      case 'skip':
        skipDepth--;
        return;
      case 'chrome':
        if (--chromeDepth === 0) chromeSentences = Math.max(chromeSentences, chromeStops);
        return;
      case 'content':
        contentDepth--;
        sink().flush();
        return;
      case 'sup':
        // A note mark ([1], ①, *) is dropped, so it never glues onto the number before it; m<sup>2</sup> is m².
        if (--supDepth === 0) sink().add(superscriptText(supText, sink().tail()));
        return;
      case 'table':
        if (table) {
          closeRow(table);
          flushHeader(table);
          tables.pop();
        }
        return;
      case 'row':
        if (table) closeRow(table);
        return;
      case 'cell':
        if (table) closeCell(table);
        return;
      case 'pre':
        preDepth--;
        sink().flush();
        return;
      case 'block':
        sink().flush();
        return;
      default:
        return;
    }
  };

  const parser = linearParser(
    {
      onopentag: (name, attribs) => frames.push(open(name, attribs)),
      onclosetag: () => close(frames.pop()),
      ontext: (text) => {
        if (skipDepth > 0) return;
        if (chromeDepth > 0) {
          chromeStops += sentenceEnds(text);
          return;
        }
        if (supDepth > 0) {
          supText += text;
          return;
        }
        // Text between a table's rows (markup left unclosed) comes after its header.
        const table = tables[tables.length - 1];
        if (table?.header && !table.cell && /\S/u.test(text)) flushHeader(table);
        const target = sink();
        if (preDepth === 0) {
          target.add(text);
          return;
        }
        const parts = text.split(/\r\n|\r|\n/);
        parts.forEach((part, i) => {
          if (i > 0) target.flush();
          target.add(part);
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  while (tables.length > 0) close('table');
  doc.flush();
  return { text: doc.lines.join('\n'), chromeSentences: Math.max(chromeSentences, chromeStops) };
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

function emitRow(table: Table, cells: Cell[]): void {
  const layout = cells.some(
    (c) => c.hasTable || c.sink.lines.length > MAX_DATA_CELL_LINES || c.sink.lines.join('').length > MAX_DATA_CELL_CHARS,
  );
  const texts = layout ? cells.map((c) => joinCellLines(c.sink.lines)) : spread(table, cells);
  const filled = texts.filter((t) => t !== '').length;
  if (filled === 0) return;
  if (!layout && (filled >= 2 || (filled === 1 && table.piped))) {
    if (filled >= 2 && !table.body) {
      if (table.header && table.header.length === texts.length && continuesHeader(table.header, texts)) {
        table.header = stackHeader(table.header, texts);
        return;
      }
      if (isHeaderRow(texts)) {
        flushHeader(table);
        table.header = texts;
        table.piped = true;
        return;
      }
    }
    flushHeader(table);
    table.body = true;
    // A cell across the whole row (a group heading) goes out once, not once per column.
    const row = new Set(texts).size === 1 && cells.length === 1 ? texts.slice(0, 1) : texts;
    // Outer pipes keep a leading empty cell and make two-column tables rows too (the core wants ≥ 2 pipes).
    table.target.addLines([`| ${row.join(' | ')} |`]);
    table.piped = true;
    return;
  }
  flushHeader(table);
  table.target.addLines(cells.flatMap((c) => c.sink.lines));
}

function flushHeader(table: Table): void {
  if (table.header) table.target.addLines([`| ${table.header.join(' | ')} |`]);
  table.header = null;
}

/** A row of column headings only (指标, 单位, 2025年, 基期, 目标值, 属性), as the core's table reader knows them. */
function isHeaderRow(texts: readonly string[]): boolean {
  return texts.every((t) => t === '' || headerRole(t) !== null);
}

/** What a second header row says under a year: 基期, 目标, (规划值)… */
const HEADER_QUALIFIER = /^[(（]?(?:基期|基数|现状|目标|规划|预期|预计|实际|完成|现值)[值数]?[)）]?$/u;

/**
 * A second header row: cells of more than one text (a row merged across the table is a group heading), each a heading
 * itself or a qualifier (基期, 目标) of the heading above it.
 */
function continuesHeader(upper: readonly string[], lower: readonly string[]): boolean {
  if (new Set(lower.filter((l) => l !== '')).size < 2) return false;
  return lower.every((l, i) => l === '' || headerRole(l) !== null || (HEADER_QUALIFIER.test(l) && headerRole(`${upper[i] ?? ''}${l}`) !== null));
}

/**
 * Two header rows as one, column by column: a table headed 指标 | 单位 | 目标值 (merged over two columns) | 属性 over
 * 2025年(基期) | 2030年 has its years in the second row, and read alone the first row hid them (the target's year
 * came from the plan, the second row became a record of its own). A heading over several columns and the one under it
 * join (2025年 over 基期: 2025年基期; 目标值 over 2030年: 目标值2030年) unless the lower one alone says something else
 * (指标 over 单位 stays 单位); a heading merged down both rows stays once.
 */
function stackHeader(upper: readonly string[], lower: readonly string[]): string[] {
  return upper.map((u, i) => {
    const l = lower[i] ?? '';
    if (l === '' || l === u) return u;
    if (u === '') return l;
    const joined = `${u}${l}`;
    const lowerRole = headerRole(l);
    const joinedRole = headerRole(joined);
    if (joinedRole !== null && (lowerRole === null || lowerRole === joinedRole)) return joined;
    return lowerRole !== null ? l : u;
  });
}

/**
 * The row's texts column by column, so merged cells keep the table's shape: a cell spanning columns is repeated in
 * each, and one spanning rows (a 领域 cell beside its indicators) is repeated in each row it covers.
 */
function spread(table: Table, cells: readonly Cell[]): string[] {
  const out: string[] = [];
  const take = (): void => {
    for (let from = table.spanning[out.length]; from && from.left > 0; from = table.spanning[out.length]) {
      out.push(from.text);
      from.left--;
    }
  };
  for (const cell of cells) {
    take();
    const text = joinCellLines(cell.sink.lines);
    for (let k = 0; k < cell.cols; k++) {
      if (cell.rows > 1) table.spanning[out.length] = { text, left: cell.rows - 1 };
      out.push(text);
    }
  }
  take();
  return out;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * Lines of one cell as one cell text. A wrapped Chinese name joins without a space; Latin words keep one.
 * "|" inside a cell becomes "¦" so it cannot split the row (the core folds full-width "｜" to "|").
 */
export function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out && !CJK.test(out.charAt(out.length - 1)) && !CJK.test(line.charAt(0))) out += ' ';
    out += line;
  }
  return out.replace(/\|/g, '¦');
}
