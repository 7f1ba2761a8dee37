// A conversion between the bases of a per-capita figure names whom it counts (h-names4): 每千名老年人, per 1000 older
// people — it read 每1000人 / per 1000 (people) whatever the population.
import { describe, expect, it } from 'vitest';
import { convertMeasure, measureOf } from '../core/outcomes/units';
import { createAppI18n } from '../i18n/index';
import { englishUnit } from '../i18n/units';
import { conversionText } from './outcomes-tables';
import type { Translate } from './text';

function translator(locale: 'zh-CN' | 'en'): Translate {
  const i18n = createAppI18n(locale);
  return (key, named) => i18n.global.t(key, named ?? {});
}

function conversion(from: string, to: string) {
  const c = convertMeasure(50, measureOf('张', from), measureOf('张', to));
  if (!('conversion' in c) || !c.conversion) throw new Error('no conversion');
  return c.conversion;
}

describe('the conversion of a per-capita figure in Outcomes and its exports', () => {
  it('says per 1,000 older people, employees or people, and says when the plan does not name the population', () => {
    const elderly = conversion('每百名老年人拥有养老床位数', '每千名老年人拥有养老床位数');
    expect(conversionText(translator('zh-CN'), elderly)).toBe('已换算：张 每100名老年人 → 张 每1000名老年人（×10）');
    expect(conversionText(translator('en'), elderly)).toBe('converted: beds per 100 older people → beds per 1000 older people (×10)');
    expect(conversionText(translator('zh-CN'), conversion('每万名职工拥有托位数', '每千名职工拥有托位数'))).toContain('每1000名职工');
    expect(conversionText(translator('en'), conversion('每万人口床位数', '每千人口床位数'))).toBe('converted: beds per 10000 people → beds per 1000 people (×0.1)');
    // 每千名0至3岁婴幼儿: no word PlanBench knows — not "people".
    const unstated = conversion('每万名0至3岁婴幼儿床位数', '每千名0至3岁婴幼儿床位数');
    expect(conversionText(translator('en'), unstated)).toContain('per 1000 (population not stated)');
    expect(conversionText(translator('zh-CN'), unstated)).toContain('每1000（人群未注明）');
  });
});

describe('a per-capita unit cell in English', () => {
  it('names whom the unit counts against (个/千名职工 → units per thousand employees), where it kept the Chinese', () => {
    expect(englishUnit('个/千名职工')).toBe('units per thousand employees');
    expect(englishUnit('张/千名老年人')).toBe('beds per thousand older people');
    expect(englishUnit('张/千户籍人口')).toBe('beds per thousand registered residents');
    // A population with no English word stays as written: never "persons".
    expect(englishUnit('个/千名婴幼儿')).toBe('units per 千名婴幼儿');
  });
});
