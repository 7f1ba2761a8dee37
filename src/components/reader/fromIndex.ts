// The words for the metadata fields a sample took from the samples' index (seeds/index.json), for the Library and the reader.
import type { IndexFill } from '../../app/seeding';

const LABELS: Record<keyof IndexFill, string> = {
  plan_title: 'review.metadata.planTitle',
  issuer: 'review.meta.issuer',
  issued: 'review.meta.issued',
  period: 'review.meta.period',
  kind: 'review.meta.kind',
};

/** The fields named in the UI's language, joined by its list separator; '' when there are none. */
export function indexFieldNames(t: (key: string) => string, fields: readonly (keyof IndexFill)[]): string {
  return fields.map((f) => t(LABELS[f])).join(t('compare.listSeparator'));
}
