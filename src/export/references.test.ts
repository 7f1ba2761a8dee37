import { describe, expect, it } from 'vitest';
import type { DocumentMetadata } from '../core/types';
import { createAppI18n } from '../i18n/index';
import { benchmarkReference, citeMark, planReference, References } from './references';
import type { Translate } from './text';

function translator(locale: 'zh-CN' | 'en'): Translate {
  const i18n = createAppI18n(locale);
  return (key, named) => i18n.global.t(key, named ?? {});
}

const PLAN: DocumentMetadata = {
  region: '新乡市',
  plan_title: '新乡市“十四五”公共服务体系规划',
  issuer: '新乡市人民政府',
  issued: '2021-12-30',
  period: { start: 2021, end: 2025 },
  kind: 'five_year_plan',
  doc_number: '新政〔2021〕12号',
};

describe('references in GB/T 7714-2015 form', () => {
  it('cites a plan as an official document: issuer, title: document number[A], (date), the file', () => {
    expect(planReference(translator('zh-CN'), { metadata: PLAN, fileName: 'xinxiang.txt' })).toBe(
      '新乡市人民政府. 新乡市“十四五”公共服务体系规划: 新政〔2021〕12号[A]. (2021-12-30). 文件: xinxiang.txt.',
    );
    expect(planReference(translator('en'), { metadata: PLAN, fileName: 'xinxiang.txt' })).toBe(
      '新乡市人民政府. 新乡市“十四五”公共服务体系规划: 新政〔2021〕12号[A]. (2021-12-30). File: xinxiang.txt.',
    );
  });

  it('leaves out what is unknown, names an unknown issuer as the standard does and falls back to the file name as title', () => {
    const bare: DocumentMetadata = { ...PLAN, issuer: null, plan_title: null, issued: null, doc_number: null };
    expect(planReference(translator('zh-CN'), { metadata: bare, fileName: 'plan.docx' })).toBe('佚名. plan.docx[A]. 文件: plan.docx.');
    expect(planReference(translator('en'), { metadata: bare, fileName: 'plan.docx' })).toBe('Anon. plan.docx[A]. File: plan.docx.');
    // A month-precise date stays as precise as the document; a news item is an electronic bulletin.
    expect(planReference(translator('zh-CN'), { metadata: { ...PLAN, kind: 'news_report', issued: '2025-03', doc_number: null }, fileName: 'n.html' })).toBe(
      '新乡市人民政府. 新乡市“十四五”公共服务体系规划[EB]. (2025-03). 文件: n.html.',
    );
  });

  it('cites a benchmark source from its address, with the date cited', () => {
    expect(benchmarkReference({ title: '《“十四五”公共服务规划》', url: 'https://example.org/plan' }, '2026-12-06')).toBe(
      '《“十四五”公共服务规划》[EB/OL]. [2026-12-06]. https://example.org/plan.',
    );
    expect(benchmarkReference({ title: '某省规划', url: null }, '2026-12-06')).toBe('某省规划[EB].');
  });

  it('joins runs of citation numbers', () => {
    expect(citeMark([])).toBe('');
    expect(citeMark([3])).toBe('[3]');
    expect(citeMark([5, 1, 2, 3, 3, 7, 8])).toBe('[1-3, 5, 7, 8]');
  });

  it('numbers sources in the order first cited, once each', () => {
    const refs = new References();
    expect(refs.cite('plan:b', () => 'B')).toBe(1);
    expect(refs.cite('plan:a', () => 'A')).toBe(2);
    expect(refs.cite('plan:b', () => 'B again')).toBe(1);
    expect(refs.items()).toEqual([
      { n: 1, text: 'B' },
      { n: 2, text: 'A' },
    ]);
  });
});
