// Markdown → plain text, line for line: the markup a plan's Markdown carries (# headings, > quotes, **bold**, `code`,
// [links](…), escaped \| in table cells, <br> in cells, ~~struck~~ text) is taken off so the core reads the words and
// figures; pipe tables stay pipe rows, an HTML table becomes pipe rows. Other lines are never joined or split.
import { htmlToText } from './html-text';
import { superscriptText } from './superscript';

/** Stands in for a backslash-escaped character while the markup around it is read. */
const ESCAPED = '\uE000';
/** Characters a backslash escapes in CommonMark (ASCII punctuation). */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;
/** Only lines holding one of these carry markup; the others are left as they are. */
const MARKUP = /[#>*_[\]!`\\<~|=]/u;

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_RULE = /^ {0,3}=+[ \t]*$/u;
const QUOTE = /^ {0,3}(?:> ?)+/u;
const TASK = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ xX]\][ \t]+/u;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]{1,20}\]:[ \t]*/u;

const HTML_TABLE_START = /^ {0,3}<table\b/iu;
const HTML_TABLE_END = /<\/table>\s*$/iu;

/**
 * The text of a Markdown document, one output line per input line, but for an HTML table written into it (tools that
 * export Word to Markdown write merged cells so): its lines become the table's pipe rows, as in an HTML page.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence === null && HTML_TABLE_START.test(line)) {
      let end = i;
      while (end < lines.length - 1 && !HTML_TABLE_END.test(lines[end] as string)) end++;
      const rows = htmlToText(lines.slice(i, end + 1).join('\n')).split('\n');
      lines.splice(i, end + 1 - i, ...rows);
      i += rows.length - 1;
      continue;
    }
    const opening = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Code is shown as written; only the closing fence goes.
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) {
        fence = null;
        lines[i] = '';
      }
      continue;
    }
    if (opening) {
      fence = opening;
      lines[i] = '';
      continue;
    }
    if (MARKUP.test(line)) lines[i] = lineText(line);
  }
  return lines.join('\n');
}

function lineText(raw: string): string {
  let line = raw.replace(ESCAPE, (_m, c: string) => ESCAPED + c);
  if (SETEXT_RULE.test(line)) return '';
  line = line.replace(QUOTE, '');
  const heading = ATX_HEADING.exec(line);
  if (heading) line = heading[1] ?? '';
  line = line.replace(TASK, '$1').replace(FOOTNOTE_DEFINITION, '');
  const row = line.includes('|');
  line = inline(line, row);
  // An escaped | inside a table row would split its cell: it becomes ¦, as in the HTML and PDF readers.
  return line.replace(/\uE000(.)/gu, (_m, c: string) => (c === '|' && row ? '¦' : c));
}

/**
 * Inline markup of one line. Every pattern is bounded (a span of at most 300 characters between its marks), so a line of
 * ten thousand [ or ` costs linear time, not quadratic.
 */
function inline(text: string, row: boolean): string {
  return (
    text
      .replace(/<!--[^]{0,300}?-->/gu, '')
      // Code spans show their content as it is.
      .replace(/`([^`]{1,300})`/gu, (_m, code: string) => code.trim())
      // Images show their description, links their text; a footnote reference ([^1]) is a note mark.
      .replace(/!\[([^\]]{0,300})\]\([^)]{0,300}\)/gu, '$1')
      .replace(/\[\^[^\]\s]{1,20}\]/gu, '')
      .replace(/\[([^\]]{1,300})\]\([^)]{0,300}\)/gu, '$1')
      .replace(/\[([^\]]{1,300})\]\[[^\]]{0,50}\]/gu, '$1')
      // Struck-through text is deleted text, as a tracked deletion in Word: not read.
      .replace(/~~[^~]{1,300}~~/gu, '')
      .replace(/\*\*([^*]{1,300})\*\*/gu, '$1')
      .replace(/(^|[^\p{L}\p{N}_])__([^_]{1,300})__(?![\p{L}\p{N}_])/gu, '$1$2')
      // Inline HTML: a <br> in a table cell joins the cell's lines, elsewhere it is a space; a <sup> as in HTML.
      .replace(/<br\s*\/?>/giu, row ? '' : ' ')
      .replace(/<sup>([^<]{0,300})<\/sup>/giu, (_m, raised: string, offset: number, whole: string) => superscriptText(raised, whole.slice(0, offset)))
      .replace(/<\/?(?:span|font|b|strong|i|em|u|a|p|div|center|small|big|sub)\b[^>]{0,300}>/giu, '')
  );
}
