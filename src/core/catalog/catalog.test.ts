import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUESS_KEYWORDS } from './catalog-domains';
import { DOMAINS, INDICATORS, domainOfHeading, guessDomain, matchIndicator, matchPart, normalizeIndicatorName, unitInName } from './catalog';
import { extractText } from '../extract/extract';
import { DOMAIN_IDS, type DomainId } from '../types';

const REFERENCE_IDS = [
  'childcare_places_per_1000', 'childcare_places_new', 'orphan_protection_coverage', 'child_health_management_rate',
  'immunization_rate', 'preschool_gross_enrollment', 'inclusive_kindergarten_coverage', 'public_kindergarten_share',
  'compulsory_education_retention', 'high_school_gross_enrollment', 'working_age_schooling_years', 'urban_new_jobs',
  'urban_surveyed_unemployment', 'urban_registered_unemployment', 'subsidized_skills_training',
  'reemployment_of_unemployed', 'life_expectancy', 'physicians_per_1000', 'nurses_per_1000', 'hospital_beds_per_1000',
  'in_county_treatment_rate', 'employee_inpatient_reimbursement', 'resident_inpatient_reimbursement',
  'nursing_bed_ratio', 'elderly_facility_compliance_new_areas', 'elderly_care_beds_total',
  'public_elderly_home_occupancy', 'disabled_destitute_centralized_care', 'medical_insurance_coverage',
  'pension_insurance_coverage', 'unemployment_insurance_enrollees', 'work_injury_insurance_enrollees',
  'unemployment_benefit_to_min_wage', 'public_rental_housing_guarantee', 'old_community_renovation',
  'resettlement_housing_units', 'rural_housing_safety', 'disability_subsidy_coverage',
  'veteran_adaptive_training_rate', 'veteran_placement_rate', 'cultural_facility_visits_per_10k',
  'sports_area_per_capita', 'community_service_area_per_100_households', 'regular_exercise_share',
];

describe('the catalog tables', () => {
  it('holds every indicator of the reference catalog, each id once', () => {
    const ids = INDICATORS.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(REFERENCE_IDS));
  });

  it('gives every indicator a known domain, an English name and a unit', () => {
    for (const indicator of INDICATORS) {
      expect(DOMAIN_IDS).toContain(indicator.domain);
      expect(indicator.en.length).toBeGreaterThan(3);
      expect(indicator.unit).not.toBe('');
    }
  });

  it('treats unemployment rates as better when lower and coverage as better when higher', () => {
    const polarity = (id: string) => INDICATORS.find((indicator) => indicator.id === id)?.polarity;
    expect(polarity('urban_surveyed_unemployment')).toBe('lower');
    expect(polarity('urban_registered_unemployment')).toBe('lower');
    expect(polarity('medical_insurance_coverage')).toBe('higher');
    // A mortality rate is better when lower: a plan's ≤ target for it is met from below.
    for (const id of ['maternal_mortality', 'infant_mortality', 'under5_mortality', 'premature_chronic_mortality']) expect(polarity(id)).toBe('lower');
  });

  it('reads a mortality rate with its ≤ target (控制在…以下/以内, 低于, 不高于) and finds its indicator', () => {
    const text = '某市“十五五”卫生健康发展规划\n到2030年,孕产妇死亡率控制在10/10万以下,婴儿死亡率控制在5‰以内,5岁以下儿童死亡率低于6‰,每万人口全科医生数达到5人。';
    expect(extractText(text).targets.map((t) => [t.indicator, t.domain, t.target.value, t.target.op, t.unit])).toEqual([
      ['maternal_mortality', 'health', 10, '<=', '/10万'],
      ['infant_mortality', 'health', 5, '<=', '‰'],
      ['under5_mortality', 'health', 6, '<', '‰'],
      ['gps_per_10k', 'health', 5, '=', '人'],
    ]);
  });

  it('describes each of the eleven domains once, with heading words', () => {
    expect(DOMAINS.map((domain) => domain.id).sort()).toEqual([...DOMAIN_IDS].sort());
    for (const domain of DOMAINS) expect(domain.headings.length).toBeGreaterThan(0);
  });

  it('exposes plain indicator records without the matching rules', () => {
    expect(Object.keys(INDICATORS[0] ?? {}).sort()).toEqual(['domain', 'en', 'id', 'polarity', 'synonyms', 'unit', 'zh']);
  });
});

describe('normalizeIndicatorName', () => {
  it('drops bracketed units, quotes, fillers and target years', () => {
    expect(normalizeIndicatorName('到2025年全市的“示例”占比(%)')).toBe('示例占比');
    expect(normalizeIndicatorName('每千人口拥有某某数（个）')).toBe('每千人口某某数');
  });
});

describe('unitInName', () => {
  it('reads a unit in trailing brackets of either width', () => {
    expect(unitInName('某某覆盖率(%)')).toBe('%');
    expect(unitInName('某某人数（万人次）')).toBe('万人次');
  });

  it('ignores brackets that hold words rather than a unit', () => {
    expect(unitInName('某某比例(含附加项目)')).toBeNull();
    expect(unitInName('某某比例')).toBeNull();
  });
});

describe('matchIndicator', () => {
  it('maps every catalog name to its own indicator', () => {
    for (const indicator of INDICATORS) {
      expect(matchIndicator(indicator.zh, { unit: indicator.unit })?.id, indicator.zh).toBe(indicator.id);
    }
  });

  const variants: [string, string | null, string][] = [
    ['全市每千人口拥有婴幼儿托位数(个)', null, 'childcare_places_per_1000'],
    ['新增普惠性托位', '个', 'childcare_places_new'],
    ['到2025年新增托位', '个', 'childcare_places_new'],
    ['孤儿基本生活保障覆盖率', '%', 'orphan_protection_coverage'],
    ['0—3岁儿童系统管理率', '%', 'child_health_management_rate'],
    ['国家免疫规划疫苗接种率', null, 'immunization_rate'],
    ['学前三年毛入园率', '%', 'preschool_gross_enrollment'],
    ['普惠性幼儿园在园幼儿占比', '%', 'inclusive_kindergarten_coverage'],
    ['公办园在园幼儿比例', '%', 'public_kindergarten_share'],
    ['义务教育巩固率', '%', 'compulsory_education_retention'],
    ['高中阶段毛入学率', '%', 'high_school_gross_enrollment'],
    ['劳动年龄人口人均受教育年限(年)', null, 'working_age_schooling_years'],
    ['新增城镇就业人数', '万人', 'urban_new_jobs'],
    ['城镇调查失业率(%)', null, 'urban_surveyed_unemployment'],
    ['全区城镇登记失业率', '%', 'urban_registered_unemployment'],
    ['各类职业技能培训', '万人次', 'subsidized_skills_training'],
    ['补贴性职业技能培训人数', '人次', 'subsidized_skills_training'],
    ['城镇失业人员实现再就业', '人', 'reemployment_of_unemployed'],
    ['人口平均预期寿命(岁)', null, 'life_expectancy'],
    ['每千常住人口执业(助理)医师数', '人', 'physicians_per_1000'],
    ['每千人口拥有注册护士数', '人', 'nurses_per_1000'],
    ['每千人口医疗机构床位数(张)', null, 'hospital_beds_per_1000'],
    ['县域就诊率', '%', 'in_county_treatment_rate'],
    ['县域(区域)内就诊率', null, 'in_county_treatment_rate'],
    ['职工医保住院费用政策范围内基金支付比例', '%', 'employee_inpatient_reimbursement'],
    ['职工医保政策范围内住院报销比例', '%', 'employee_inpatient_reimbursement'],
    ['城乡居民医保政策范围内住院报销比例(含大病保险)', '%', 'resident_inpatient_reimbursement'],
    ['护理型床位占比', '%', 'nursing_bed_ratio'],
    ['养老服务机构护理型床位占比', '%', 'nursing_bed_ratio'],
    ['新建住宅小区配套建设养老服务设施达标率', '%', 'elderly_facility_compliance_new_areas'],
    ['养老服务床位总数(万张)', null, 'elderly_care_beds_total'],
    ['公办养老机构床位入住率', '%', 'public_elderly_home_occupancy'],
    ['生活不能自理特困人员集中供养率', '%', 'disabled_destitute_centralized_care'],
    ['基本医保参保率', '%', 'medical_insurance_coverage'],
    ['城乡居民基本养老保险参保率', '%', 'pension_insurance_coverage'],
    ['失业保险参保人数(万人)', null, 'unemployment_insurance_enrollees'],
    ['参加工伤保险人数', '万人', 'work_injury_insurance_enrollees'],
    ['失业保险金发放标准占最低工资标准的比例', '%', 'unemployment_benefit_to_min_wage'],
    ['城镇低保、低收入住房困难家庭公共租赁住房保障率', '%', 'public_rental_housing_guarantee'],
    ['老旧小区累计改造', '户', 'old_community_renovation'],
    ['改造城镇老旧小区', '个', 'old_community_renovation'],
    ['新开工改造城镇老旧小区', '个', 'old_community_renovation'],
    ['建成安置房', '套', 'resettlement_housing_units'],
    ['棚户区改造安置住房', '套', 'resettlement_housing_units'],
    ['棚户区改造开工', '套', 'resettlement_housing_units'],
    ['农村低收入群体住房安全保障率', '%', 'rural_housing_safety'],
    ['残疾人“两项补贴”覆盖率', '%', 'disability_subsidy_coverage'],
    ['退役军人适应性培训参训率', '%', 'veteran_adaptive_training_rate'],
    ['退役军人安置率', '%', 'veteran_placement_rate'],
    ['每万人口接受公共文化设施服务次数(次)', null, 'cultural_facility_visits_per_10k'],
    ['人均体育场地面积(平方米)', null, 'sports_area_per_capita'],
    ['每百户居民拥有社区综合服务设施面积', '平方米', 'community_service_area_per_100_households'],
    ['经常参加体育锻炼人数比例', '%', 'regular_exercise_share'],
    // Common indicators of 十四五/十五五 plans the reference catalog lacks (a rate per 100,000 is a rate too).
    ['全市孕产妇死亡率', '/10万', 'maternal_mortality'],
    ['孕产妇死亡率(1/10万)', null, 'maternal_mortality'],
    // A rate per 10,000 is the same rate at another scale (1.2/万 is 12/10万).
    ['孕产妇死亡率', '/万', 'maternal_mortality'],
    ['婴儿死亡率', '‱', 'infant_mortality'],
    ['婴儿死亡率(‰)', null, 'infant_mortality'],
    ['五岁以下儿童死亡率', '‰', 'under5_mortality'],
    ['每万人口拥有全科医生数', '人', 'gps_per_10k'],
    ['每万常住人口专业公共卫生机构人员数', '人', 'public_health_staff_per_10k'],
    ['城乡居民健康素养水平(%)', null, 'health_literacy'],
    ['因重大慢性病过早死亡率', '%', 'premature_chronic_mortality'],
    ['高等教育毛入学率(%)', null, 'higher_education_gross_enrollment'],
    ['特殊教育学校适龄残疾儿童入学率', '%', 'disabled_children_compulsory_enrollment'],
    ['每千老年人口养老床位数', '张', 'elderly_beds_per_1000_elderly'],
    ['筹集保障性租赁住房', '套', 'affordable_rental_housing'],
    ['建设保障性租赁住房', '间', 'affordable_rental_housing'],
    ['国民体质监测合格率', '%', 'physical_fitness_pass_rate'],
  ];

  it.each(variants)('recognises %s (%s) as %s', (name, unit, id) => {
    expect(matchIndicator(name, { unit })?.id).toBe(id);
  });

  it('covers every catalog row with at least one reworded variant', () => {
    const tested = new Set(variants.map(([, , id]) => id));
    expect(INDICATORS.filter((indicator) => !tested.has(indicator.id)).map((indicator) => indicator.id)).toEqual([]);
  });

  const outside: [string, string | null][] = [
    ['普惠托位', '个'],
    ['示范性托育机构', '家'],
    ['公办幼儿园', '所'],
    ['婚检率', '%'],
    ['产前筛查率', '%'],
    ['新生儿疾病筛查率', '%'],
    ['城镇就业占比', '%'],
    ['义务教育适龄儿童少年入学率', '%'],
    ['孕产妇系统管理率', '%'],
    ['退役军人安置满意率', '%'],
    ['每千名老年人护理型床位数', '张'],
    ['婴儿死亡率', '人'],
    ['保障性租赁住房项目', '个'],
    ['农民工职业技能培训', '万人次'],
    ['棚户区改造项目', '个'],
    ['人均健康预期寿命', '岁'],
  ];

  it.each(outside)('leaves %s (%s) outside the catalog', (name, unit) => {
    expect(matchIndicator(name, { unit })).toBeNull();
  });

  it('keeps a bare 参保率 unmatched even inside a social-insurance section', () => {
    expect(matchIndicator('参保率', { unit: '%', domain: 'insurance' })).toBeNull();
  });

  it('does not let a rate name match a count indicator', () => {
    expect(matchIndicator('失业人员再就业率', { unit: '%' })).toBeNull();
    expect(matchIndicator('失业保险参保率', { unit: '%' })).toBeNull();
  });

  it('does not let a count unit match a rate indicator', () => {
    expect(matchIndicator('护理型床位占比', { unit: '张' })).toBeNull();
    // A count per 10,000 people is no rate per 10,000.
    expect(matchIndicator('孕产妇死亡率', { unit: '人/万人' })).toBeNull();
  });

  it('rejects an amount measured in a unit the indicator does not count in', () => {
    expect(matchIndicator('安置住房', { unit: '万平方米' })).toBeNull();
    expect(matchIndicator('安置住房', { unit: '万套' })?.id).toBe('resettlement_housing_units');
  });

  it('needs a rate-like name when the unit is unknown for a rate indicator', () => {
    expect(matchIndicator('残疾人两项补贴')).toBeNull();
    expect(matchIndicator('残疾人两项补贴覆盖率')?.id).toBe('disability_subsidy_coverage');
  });

  it('returns null for an empty name', () => {
    expect(matchIndicator('(%)')).toBeNull();
  });
});

describe('domainOfHeading', () => {
  const headings: [string, DomainId | null][] = [
    ['第四节 老有所养', 'elderly'],
    ['专栏4 老有所养工程', 'elderly'],
    ['第一节 幼有所育', 'childcare'],
    ['第三章 提供普惠可及的婴幼儿照护服务', 'childcare'],
    ['二、学有所教', 'education'],
    ['第六章 推动更高质量就业创业', 'employment'],
    ['(三)病有所医', 'health'],
    ['(四)健全多层次养老保险制度', 'insurance'],
    ['第五节 住有所居', 'housing'],
    ['(二)完善社会救助体系', 'assistance'],
    ['七、优军服务保障', 'veterans'],
    ['第七节 退役军人服务', 'veterans'],
    ['第八节 文体服务', 'culture_sports'],
    ['第九节 公共法律服务', 'legal'],
    ['第二章 主要目标', null],
    ['表1 全县公共服务主要指标', null],
    ['第五节 推进公共服务和就业促进协同发展', null],
    ['第二节 服务保障', null],
  ];

  it.each(headings)('reads %s as %s', (heading, domain) => {
    expect(domainOfHeading(heading)).toBe(domain);
  });
});

describe('guessDomain', () => {
  const names: [string, DomainId | null][] = [
    ['社区嵌入式托位', 'childcare'],
    ['新建公办幼儿园', 'education'],
    ['迁建学校', 'education'],
    ['返乡创业人员', 'employment'],
    ['农村劳动力技能培训', 'employment'],
    ['二级以上医院', 'health'],
    ['乡镇卫生院标准化建设', 'health'],
    ['街道养老服务中心', 'elderly'],
    ['老年助餐点', 'elderly'],
    ['企业职工参保人数', 'insurance'],
    ['失业保险基金', 'insurance'],
    ['棚户区改造项目', 'housing'],
    ['保障性租赁住房', 'housing'],
    ['残疾人康复服务', 'assistance'],
    ['临时救助人次', 'assistance'],
    ['退役军人服务站', 'veterans'],
    ['村级综合文化服务中心', 'culture_sports'],
    ['全民健身路径', 'culture_sports'],
    ['村(社区)法律顾问', 'legal'],
    ['法治宣传阵地', 'legal'],
    ['农村公路', null],
  ];

  it.each(names)('puts %s in %s', (name, domain) => {
    expect(guessDomain(name)).toBe(domain);
  });

  it('lets an aside in brackets decide only when nothing outside it does', () => {
    expect(guessDomain('乡镇供养服务设施(敬老院)')).toBe('elderly');
    expect(guessDomain('居民医保住院报销比例(含大病保险)')).toBe('health');
  });

  it('takes the first group in GUESS_KEYWORDS order that has a word anywhere in the name, whatever comes first in it', () => {
    // The keyword list read the plain way: group by group, each word searched for in the whole name.
    const reference = (name: string): DomainId | null => GUESS_KEYWORDS.find(([, words]) => words.some((w) => name.includes(w)))?.[0] ?? null;
    const words = GUESS_KEYWORDS.flatMap(([, w]) => w);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('新建', '比例', '服务', '人次', '市', '的', '、', '医疗', '老'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const name = pieces.join('');
        expect(guessDomain(name)).toBe(reference(name));
      }),
      { numRuns: 500 },
    );
    // 培训 (employment, listed last) loses to 健康 (health) even when it comes first in the name.
    expect(guessDomain('培训健康管理员')).toBe('health');
  });
});

describe('matchIndicator: word-order and synonym variants, and kinds that are not the total', () => {
  it.each([
    ['医疗卫生机构每千人口病床数', '张', 'hospital_beds_per_1000'],
    ['医疗卫生机构每千人口病床数(含住院护理)', '张', 'hospital_beds_per_1000'],
    ['每千常住人口医疗机构床位数', '张', 'hospital_beds_per_1000'],
    ['每万人接受公共文化设施服务(次数)', null, 'cultural_facility_visits_per_10k'],
    ['每万人接受公共文化设施服务', '万次', 'cultural_facility_visits_per_10k'],
    ['养老服务床位', '万张', 'elderly_care_beds_total'],
  ])('%s (%s) → %s', (name, unit, id) => {
    expect(matchIndicator(name, { unit })?.id).toBe(id);
  });

  it.each([
    ['普惠性养老床位', '张'],
    ['认知障碍照护床位', '张'],
    ['每千人口养老床位数', '张'],
    ['每万人接受公共文化设施服务', '%'],
  ])('%s (%s) stays outside the catalog', (name, unit) => {
    expect(matchIndicator(name, { unit })).toBeNull();
  });

  it('maps the variants inside a sentence too', () => {
    const doc = extractText('某省“十四五”规划\n到2025年,医疗卫生机构每千人口病床数达到6张,普惠性养老床位达到2万张,每万人接受公共文化设施服务3.4万次。');
    expect(doc.targets.map((t) => t.indicator)).toEqual(['hospital_beds_per_1000', null, 'cultural_facility_visits_per_10k']);
  });

  it('answers a name asked again with another unit or section as it would the first time (the match cache keys on both)', () => {
    const asRate = matchIndicator('公办幼儿园在园幼儿占比', { unit: '%' });
    const asCount = matchIndicator('公办幼儿园在园幼儿占比', { unit: '所' });
    expect(asRate?.id).toBe('public_kindergarten_share');
    expect(asCount).toBeNull();
    expect(matchIndicator('公办幼儿园在园幼儿占比', { unit: '%' })).toBe(asRate);
    expect(matchIndicator('参保率', { unit: '%', domain: 'insurance' })).toBeNull();
    expect(matchIndicator('基本养老保险参保率', { unit: '%', domain: 'insurance' })?.id).toBe('pension_insurance_coverage');
  });
});

describe('kinds and oversight of a catalog quantity are not the quantity', () => {
  it('keeps fund oversight and public-hospital beds apart from coverage and all beds', () => {
    expect(matchIndicator('医保基金监督检查覆盖率', { unit: '%' })).toBeNull();
    expect(matchIndicator('每千人口公立医院床位数', { unit: '张' })).toBeNull();
    expect(matchIndicator('每千人口医疗卫生机构床位数', { unit: '张' })?.id).toBe('hospital_beds_per_1000');
    expect(matchIndicator('基本医疗保险参保率', { unit: '%' })?.id).toBe('medical_insurance_coverage');
  });
});

describe('a part of the region is no indicator of its whole', () => {
  // A place inside the region (农村, 城区, a bracketed place), one owner (公办, 民办) or one kind of provider (普惠) makes a
  // measure a part: Compare would have charted 农村养老床位 as the region's 养老服务床位总量.
  it.each([
    ['农村养老床位', '张'],
    ['城市养老床位', '张'],
    ['城镇养老床位', '张'],
    ['乡村养老床位', '张'],
    ['公办养老床位', '张'],
    ['民办养老床位', '张'],
    ['机构养老床位', '张'],
    ['社区养老床位', '张'],
    ['养老服务床位总量(农村)', '万张'],
    ['养老服务床位总量(城区)', '万张'],
    ['养老服务床位总数(东城区)', '张'],
    ['新增公办托位', '个'],
    ['新增民办托位', '个'],
    ['新增普惠托位(一类区)', '个'],
    ['每千人口拥有普惠托位数', '个'],
    ['农村义务教育巩固率', '%'],
    ['义务教育巩固率(农村)', '%'],
    ['学前教育毛入园率(乡村)', '%'],
    ['城镇基本养老保险参保率', '%'],
    ['基本养老保险参保率(城镇)', '%'],
    ['城镇职工基本医疗保险参保率', '%'],
    ['农村基本医疗保险参保率', '%'],
    ['养老机构护理型床位占比(农村)', '%'],
    ['公办养老机构护理型床位占比', '%'],
    ['民办普惠性幼儿园覆盖率', '%'],
    ['农村公租房保障率', '%'],
    ['城市每千人口执业(助理)医师数', '人'],
    ['农村人均体育场地面积', '平方米'],
  ])('%s (%s) maps to no indicator', (name, unit) => {
    expect(matchIndicator(name, { unit })).toBeNull();
  });

  it.each([
    // The qualifier is in the indicator's own words: the catalog has the part itself.
    ['城镇新增就业', '万人', 'urban_new_jobs'],
    ['城镇调查失业率', '%', 'urban_surveyed_unemployment'],
    ['农村低收入群体住房安全保障率', '%', 'rural_housing_safety'],
    ['公办幼儿园在园幼儿占比', '%', 'public_kindergarten_share'],
    ['公办养老机构入住率', '%', 'public_elderly_home_occupancy'],
    ['新增普惠托位', '个', 'childcare_places_new'],
    ['普惠性幼儿园覆盖率', '%', 'inclusive_kindergarten_coverage'],
    ['改造城镇老旧小区', '个', 'old_community_renovation'],
    ['城镇户籍低保、低收入家庭申请公租房保障率', '%', 'public_rental_housing_guarantee'],
    ['新建城区、居住(小)区配套建设养老服务设施达标率', '%', 'elderly_facility_compliance_new_areas'],
    // 城镇职工 names the employees' scheme, which the row now says in its own words.
    ['城镇职工医保政策范围内住院费用报销比例', '%', 'employee_inpatient_reimbursement'],
    // An aside that says what is included, and the whole (全市, 城乡), make no part.
    ['养老服务床位总数(含护理型床位)', '张', 'elderly_care_beds_total'],
    ['居民医保政策范围内住院报销比例(含大病保险)', '%', 'resident_inpatient_reimbursement'],
    ['基本医疗保险参保率(全市)', '%', 'medical_insurance_coverage'],
    ['居民健康素养水平(城乡)', '%', 'health_literacy'],
  ])('%s (%s) still maps to %s', (name, unit, id) => {
    expect(matchIndicator(name, { unit })?.id).toBe(id);
  });

  it('answers a part and the whole apart though their brackets reduce to one name (the match cache keys on the part)', () => {
    expect(matchIndicator('养老服务床位总量', { unit: '万张' })?.id).toBe('elderly_care_beds_total');
    expect(matchIndicator('养老服务床位总量(农村)', { unit: '万张' })).toBeNull();
    expect(matchIndicator('养老服务床位总量(万张)')?.id).toBe('elderly_care_beds_total');
  });

  it('maps a 其中 part to no indicator its whole maps to, though its own name would be that indicator', () => {
    expect(matchPart('养老机构护理型床位占比', '护理型床位占比', { unit: '%' })).toBeNull();
    expect(matchPart('新增普惠托位', '新增托位', { unit: '个' })).toBeNull();
    // A part of another measure keeps its own.
    expect(matchPart('养老机构护理型床位占比', '养老服务床位总数', { unit: '%' })?.id).toBe('nursing_bed_ratio');
    expect(matchPart('养老机构护理型床位占比', undefined, { unit: '%' })?.id).toBe('nursing_bed_ratio');
  });
});
