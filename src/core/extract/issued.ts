// Issue dates as precise as the document gives them: ISO 8601 at day (2021-01-27), month (2021-01) or year (2021)
// precision. The string's own shape says its precision, so stores and outputs keep one plain string.
import { dateOfLine, isoDate } from './metadata-dates';

export type IssuedPrecision = 'day' | 'month' | 'year';

const ISSUED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a stored issue date, or null when it is not a valid YYYY, YYYY-MM or YYYY-MM-DD date. */
export function issuedPrecision(issued: string | null | undefined): IssuedPrecision | null {
  const m = ISSUED.exec(issued ?? '');
  if (!m) return null;
  const [, year, month, day] = m;
  if (month === undefined) return 'year';
  if (day === undefined) return Number(month) >= 1 && Number(month) <= 12 ? 'month' : null;
  const iso = isoDate(Number(year), Number(month), Number(day));
  // 2021-02-30 is not a day: the calendar decides, not 1..31.
  const real = iso !== null && new Date(`${iso}T00:00:00Z`).getUTCDate() === Number(day);
  return real ? 'day' : null;
}

/**
 * What a researcher typed as an issue date, normalised: '' → null; 2021-01-27, 2021-01, 2021, 2021年1月,
 * 二〇二一年一月二十七日 → the ISO form at its precision; anything else → undefined (not a date).
 */
export function parseIssuedInput(input: string): string | null | undefined {
  const text = input.trim();
  if (text === '') return null;
  if (issuedPrecision(text) !== null) return text;
  const read = dateOfLine(text) ?? dateOfLine(`日期:${text}`);
  return read !== null && issuedPrecision(read) !== null ? read : undefined;
}
