// Compare's folding: the rule itself is pure and shared with the report (core/compare/folding, charts/chart-rows).
export { defaultMinRegions, FOLD_FROM_REGIONS, foldPanels, setCount, type Folding } from '../../core/compare/folding';
export { chartRows } from '../../charts/chart-rows';
