// An issue date shown as precisely as it is known: a day as a date, a month as a month (2021/01), a year as a year.
import { issuedPrecision } from '../core/extract/issued';

type DateFormatter = (value: Date, key: string) => string;

export function formatIssued(issued: string | null | undefined, d: DateFormatter): string {
  if (!issued) return '—';
  switch (issuedPrecision(issued)) {
    case 'day':
      return d(new Date(`${issued}T00:00:00`), 'day');
    case 'month':
      return d(new Date(`${issued}-01T00:00:00`), 'month');
    default:
      // A year alone, or a string from an older store that is no date: shown as written.
      return issued;
  }
}
