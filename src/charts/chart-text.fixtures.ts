// A ChartText in plain words for the chart tests.
import type { ChartText } from './indicator-chart';

export const TEXT: ChartText = {
  target: '目标值',
  baseline: '基期值',
  stretch: '力争',
  range: '目标区间',
  notSet: '未设定',
  elsewhere: '见另图',
  year: (y) => `${y}年`,
  kind: { level: '水平', cumulative: '累计', annual_growth: '年均增速', increment: '新增' },
  scope: (s) => (s.scope === 'national' ? '全国' : `${s.province}省`),
  line: (scopes, year, value) => `${scopes} ${year}: ${value}`,
  source: '来源',
  document: '文件',
  notes: (n) => `批注${n}`,
  clickHint: '点击查看原文',
  unit: (u) => u,
  converted: (written, to, factor) => `原文${written},已换算为${to}(×${factor})`,
};
