// The canonical indicator table: names, units, polarity, synonyms, and the keyword rules that recognise each one in a plan's wording.
import type { DomainId, Polarity } from '../types';

export interface Indicator {
  id: string;
  domain: DomainId;
  zh: string;
  en: string;
  /** The usual unit; '%', '‰' or '/10万' marks a rate or share (one family at its scale: compare-units.ts), anything else an amount. */
  unit: string;
  polarity: Polarity;
  synonyms: string[];
}

/**
 * One way a name can say the indicator: every group in `all` must have one of its words
 * in the name, no word of `none` may occur. `units` lists the base units (magnitude
 * prefix 万/千 removed) an amount may carry; `unitRequired` demands that the unit be known
 * and listed, for wordings that are too loose on their own.
 */
export interface MatchRule {
  all: string[][];
  none?: string[];
  units?: string[];
  unitRequired?: boolean;
}

export interface IndicatorRow extends Indicator {
  rules: MatchRule[];
}

const PER_1000 = ['千人', '千常住人口', '千名'];
const SHARE = ['占比', '比例', '比重'];

export const INDICATOR_ROWS: readonly IndicatorRow[] = [
  // 幼有所育
  {
    id: 'childcare_places_per_1000', domain: 'childcare', zh: '每千人口拥有3岁以下婴幼儿托位数',
    en: 'Childcare places for under-3s per 1,000 people', unit: '个', polarity: 'higher',
    synonyms: ['每千人口3岁以下婴幼儿托位数', '千人口托位数'],
    // (Not the affordable part of it, 千人口普惠托位数: that is no figure of all places.)
    rules: [{ all: [['千人', '千常住人口'], ['托位']], none: ['普惠'], units: ['个', '张'] }],
  },
  {
    id: 'childcare_places_new', domain: 'childcare', zh: '新增普惠托位',
    en: 'New (affordable) childcare places', unit: '个', polarity: 'higher',
    synonyms: ['新增托位', '新增普惠性托位'],
    rules: [{ all: [['新增', '新建', '增加'], ['托位']], none: ['千人', '千常住人口'], units: ['个', '张'] }],
  },
  {
    id: 'orphan_protection_coverage', domain: 'childcare', zh: '孤儿和事实无人抚养儿童保障覆盖率',
    en: 'Coverage of support for orphans and de facto unsupported children', unit: '%', polarity: 'higher',
    synonyms: ['孤儿和事实无人抚养儿童基本生活保障覆盖率'],
    rules: [{ all: [['孤儿', '无人抚养儿童'], ['覆盖率', '保障率']] }],
  },
  {
    id: 'child_health_management_rate', domain: 'childcare', zh: '3岁以下儿童系统管理率',
    en: 'Systematic health management rate of children under 3', unit: '%', polarity: 'higher',
    synonyms: ['0-3岁儿童系统管理率', '三岁以下儿童系统管理率'],
    rules: [{ all: [['儿童'], ['系统管理']], none: ['孕产妇'] }],
  },
  {
    id: 'immunization_rate', domain: 'childcare', zh: '适龄儿童免疫规划疫苗接种率',
    en: 'Immunisation-programme vaccination rate of eligible children', unit: '%', polarity: 'higher',
    synonyms: ['适龄儿童国家免疫规划疫苗接种率', '国家免疫规划疫苗接种率'],
    rules: [{ all: [['免疫规划', '儿童'], ['接种']], none: ['新冠', '流感', '老年'] }],
  },
  // 学有所教
  {
    id: 'preschool_gross_enrollment', domain: 'education', zh: '学前教育毛入园率',
    en: 'Preschool gross enrolment rate', unit: '%', polarity: 'higher',
    synonyms: ['学前三年毛入园率', '学前三年教育毛入园率'],
    rules: [{ all: [['入园率']], none: ['残疾', '特殊', '普惠', '公办', '三残'] }],
  },
  {
    id: 'inclusive_kindergarten_coverage', domain: 'education', zh: '普惠性幼儿园覆盖率',
    en: 'Coverage of affordable kindergartens', unit: '%', polarity: 'higher',
    synonyms: ['普惠性幼儿园在园幼儿占比', '普惠性学前教育覆盖率'],
    rules: [{ all: [['普惠'], ['园', '学前'], ['覆盖率', ...SHARE]] }],
  },
  {
    id: 'public_kindergarten_share', domain: 'education', zh: '公办幼儿园在园幼儿占比',
    en: 'Share of children in public kindergartens', unit: '%', polarity: 'higher',
    synonyms: ['公办幼儿园在园幼儿比例', '公办园在园幼儿占比'],
    // 开设托班的公办幼儿园比例 is a share of kindergartens doing something, not of children in them.
    rules: [{ all: [['公办'], ['幼儿', '园'], SHARE], none: ['普惠', '开设', '设置', '开办', '托班'] }],
  },
  {
    id: 'compulsory_education_retention', domain: 'education', zh: '九年义务教育巩固率',
    en: 'Nine-year compulsory education retention rate', unit: '%', polarity: 'higher',
    synonyms: ['义务教育巩固率'],
    rules: [{ all: [['义务教育', '九年'], ['巩固率']] }],
  },
  {
    id: 'high_school_gross_enrollment', domain: 'education', zh: '高中阶段教育毛入学率',
    en: 'Upper-secondary gross enrolment rate', unit: '%', polarity: 'higher',
    synonyms: ['高中阶段毛入学率'],
    rules: [{ all: [['高中'], ['入学率']], none: ['残疾', '三残', '特殊'] }],
  },
  {
    id: 'working_age_schooling_years', domain: 'education', zh: '劳动年龄人口平均受教育年限',
    en: 'Average years of schooling of the working-age population', unit: '年', polarity: 'higher',
    synonyms: ['劳动年龄人口人均受教育年限'],
    rules: [{ all: [['劳动年龄'], ['受教育年限', '教育年限']], units: ['年'] }],
  },
  {
    id: 'higher_education_gross_enrollment', domain: 'education', zh: '高等教育毛入学率',
    en: 'Gross enrolment ratio in higher education', unit: '%', polarity: 'higher',
    synonyms: [],
    rules: [{ all: [['高等教育'], ['毛入学率', '入学率']] }],
  },
  // Read in 残疾人 plans and 弱有所扶 chapters: the disability domain.
  {
    id: 'disabled_children_compulsory_enrollment', domain: 'assistance', zh: '适龄残疾儿童少年义务教育入学率',
    en: 'Compulsory-education enrolment of disabled children', unit: '%', polarity: 'higher',
    synonyms: ['残疾儿童少年义务教育入学率', '适龄残疾儿童义务教育入学率'],
    rules: [{ all: [['残疾儿童', '三类残疾'], ['入学率']] }],
  },
  // 劳有所得
  {
    id: 'urban_new_jobs', domain: 'employment', zh: '城镇新增就业',
    en: 'New urban jobs', unit: '万人', polarity: 'higher',
    synonyms: ['城镇新增就业人数', '新增城镇就业'],
    rules: [{ all: [['城镇'], ['新增'], ['就业']], none: ['再就业', '转移', '困难人员'], units: ['人'] }],
  },
  {
    id: 'urban_surveyed_unemployment', domain: 'employment', zh: '城镇调查失业率',
    en: 'Urban surveyed unemployment rate', unit: '%', polarity: 'lower',
    synonyms: [],
    rules: [{ all: [['调查失业率']] }],
  },
  {
    id: 'urban_registered_unemployment', domain: 'employment', zh: '城镇登记失业率',
    en: 'Urban registered unemployment rate', unit: '%', polarity: 'lower',
    synonyms: [],
    rules: [{ all: [['登记失业率']] }],
  },
  {
    id: 'subsidized_skills_training', domain: 'employment', zh: '补贴性职业技能培训',
    en: 'Subsidised vocational skills training', unit: '万人次', polarity: 'higher',
    synonyms: ['补贴性职业技能培训人数', '开展补贴性职业技能培训', '各类职业技能培训'],
    // Training for one named group (veterans, migrant workers: 农民工, 外来/进城务工人员; the disabled) is a different target.
    rules: [
      {
        all: [['技能培训']],
        none: ['退役军人', '农民工', '务工人员', '残疾', '基地', '机构', '学校', '中心', '平台', '意愿', '劳务品牌', '教师'],
        units: ['人次', '人'],
      },
    ],
  },
  {
    id: 'reemployment_of_unemployed', domain: 'employment', zh: '失业人员再就业',
    en: 'Re-employment of unemployed people', unit: '人', polarity: 'higher',
    synonyms: ['城镇失业人员再就业'],
    rules: [{ all: [['失业人员'], ['再就业']], units: ['人'] }],
  },
  // 病有所医
  {
    id: 'life_expectancy', domain: 'health', zh: '人均预期寿命',
    en: 'Life expectancy at birth', unit: '岁', polarity: 'higher',
    synonyms: ['人口平均预期寿命', '平均预期寿命'],
    rules: [{ all: [['预期寿命']], none: ['健康预期寿命'], units: ['岁', '年'] }],
  },
  {
    id: 'physicians_per_1000', domain: 'health', zh: '每千人口执业(助理)医师数',
    en: 'Licensed (assistant) physicians per 1,000 people', unit: '人', polarity: 'higher',
    synonyms: ['每千人口拥有执业(助理)医师数', '每千人口执业医师数'],
    rules: [{ all: [PER_1000, ['医师']], none: ['中医', '全科'], units: ['人', '名'] }],
  },
  {
    id: 'nurses_per_1000', domain: 'health', zh: '每千人口注册护士数',
    en: 'Registered nurses per 1,000 people', unit: '人', polarity: 'higher',
    synonyms: ['每千人口拥有注册护士数'],
    rules: [{ all: [PER_1000, ['护士']], units: ['人', '名'] }],
  },
  {
    id: 'hospital_beds_per_1000', domain: 'health', zh: '每千人口医疗卫生机构床位数',
    en: 'Hospital and health-facility beds per 1,000 people', unit: '张', polarity: 'higher',
    synonyms: ['每千人口拥有医疗卫生机构床位数', '每千人口床位数', '医疗卫生机构每千人口病床数'],
    rules: [{ all: [PER_1000, ['床位', '病床']], none: ['养老', '老年', '托', '精神', '护理型', '公立', '民营', '社会办', '中医'], units: ['张'] }],
  },
  {
    id: 'in_county_treatment_rate', domain: 'health', zh: '县域(区域)内就诊率',
    en: 'Share of patients treated within the county', unit: '%', polarity: 'higher',
    synonyms: ['县域内就诊率', '县域就诊率', '区域内就诊率'],
    rules: [{ all: [['县域', '县内', '区域'], ['就诊率']] }],
  },
  {
    id: 'employee_inpatient_reimbursement', domain: 'health', zh: '职工医保政策范围内住院费用报销比例',
    en: 'Employee medical insurance: in-policy inpatient reimbursement rate', unit: '%', polarity: 'higher',
    // (城镇职工 names the employees' scheme, not the urban part of it.)
    synonyms: ['职工医保政策范围内住院报销比例', '职工医保政策范围内住院费用基金支付比例', '城镇职工医保政策范围内住院费用报销比例'],
    rules: [{ all: [['职工'], ['住院'], ['报销', '支付']], none: ['居民'] }],
  },
  {
    id: 'resident_inpatient_reimbursement', domain: 'health', zh: '居民医保政策范围内住院费用报销比例',
    en: 'Resident medical insurance: in-policy inpatient reimbursement rate', unit: '%', polarity: 'higher',
    synonyms: ['居民医保政策范围内住院报销比例', '城乡居民医保政策范围内住院费用基金支付比例'],
    rules: [{ all: [['居民'], ['住院'], ['报销', '支付']], none: ['职工'] }],
  },
  // Not in the reference catalog, common in 十四五/十五五 卫生健康 and 公共服务 plans: rates per 100,000 or ‰ (lower is better).
  {
    id: 'maternal_mortality', domain: 'health', zh: '孕产妇死亡率',
    en: 'Maternal mortality ratio (per 100,000 live births)', unit: '/10万', polarity: 'lower',
    synonyms: ['孕产妇死亡比'],
    // 婴儿和孕产妇死亡率 with one value names two measures: neither.
    rules: [{ all: [['孕产妇'], ['死亡率', '死亡比']], none: ['婴儿', '儿童'] }],
  },
  {
    id: 'infant_mortality', domain: 'health', zh: '婴儿死亡率',
    en: 'Infant mortality rate', unit: '‰', polarity: 'lower',
    synonyms: [],
    rules: [{ all: [['婴儿'], ['死亡率']], none: ['孕产妇', '5岁', '五岁'] }],
  },
  {
    id: 'under5_mortality', domain: 'health', zh: '5岁以下儿童死亡率',
    en: 'Under-five mortality rate', unit: '‰', polarity: 'lower',
    synonyms: ['五岁以下儿童死亡率'],
    rules: [{ all: [['5岁以下', '五岁以下'], ['死亡率']], none: ['孕产妇'] }],
  },
  {
    id: 'gps_per_10k', domain: 'health', zh: '每万人口全科医生数',
    en: 'General practitioners per 10,000 people', unit: '人', polarity: 'higher',
    synonyms: ['每万人口拥有全科医生数', '每万名居民拥有全科医生数'],
    rules: [{ all: [['万人', '万常住人口', '万名'], ['全科医生']], units: ['人', '名'] }],
  },
  {
    id: 'public_health_staff_per_10k', domain: 'health', zh: '每万人口专业公共卫生机构人员数',
    en: 'Staff of professional public-health institutions per 10,000 people', unit: '人', polarity: 'higher',
    synonyms: ['每万人口拥有专业公共卫生机构人员数'],
    rules: [{ all: [['万人', '万常住人口'], ['公共卫生'], ['人员', '人数']], units: ['人', '名'] }],
  },
  {
    id: 'health_literacy', domain: 'health', zh: '居民健康素养水平',
    en: 'Health literacy of residents', unit: '%', polarity: 'higher',
    synonyms: ['城乡居民健康素养水平', '健康素养水平'],
    rules: [{ all: [['健康素养']] }],
  },
  {
    id: 'premature_chronic_mortality', domain: 'health', zh: '重大慢性病过早死亡率',
    en: 'Premature mortality from major chronic diseases', unit: '%', polarity: 'lower',
    synonyms: ['因重大慢性病过早死亡率'],
    rules: [{ all: [['慢性病'], ['过早死亡']] }],
  },
  // 老有所养
  {
    id: 'nursing_bed_ratio', domain: 'elderly', zh: '养老机构护理型床位占比',
    en: 'Share of nursing-type beds in elderly care institutions', unit: '%', polarity: 'higher',
    synonyms: ['护理型床位占比', '养老服务机构护理型床位占比'],
    rules: [{ all: [['护理型床位'], SHARE] }],
  },
  {
    id: 'elderly_facility_compliance_new_areas', domain: 'elderly', zh: '新建城区、居住(小)区配套建设养老服务设施达标率',
    en: 'Compliance of new urban and residential areas with elderly-care facility provision', unit: '%',
    polarity: 'higher',
    synonyms: ['新建住宅小区配套养老服务设施达标率', '新建居住区配套建设养老服务设施达标率'],
    rules: [{ all: [['养老服务设施', '养老设施'], ['达标率', '配建率', '配套率']] }],
  },
  {
    id: 'elderly_care_beds_total', domain: 'elderly', zh: '养老服务床位总量',
    en: 'Total elderly care beds', unit: '万张', polarity: 'higher',
    synonyms: ['养老服务床位总数', '养老床位总数', '养老床位总量'],
    // 普惠性养老床位 and 认知障碍照护床位 are kinds of bed, not the total; 机构养老床位 and 社区养老床位 the beds of one
    // kind of provider, its parts (a place or owner, 农村/公办, is a part of any indicator: catalog.ts PART_WORDS).
    rules: [{ all: [['养老'], ['床位']], none: ['护理型', '千', '百', '新增', '入住', '家庭', '普惠', '认知', '嵌入式', '机构', '社区', '居家'], units: ['张'] }],
  },
  {
    id: 'public_elderly_home_occupancy', domain: 'elderly', zh: '公办养老机构入住率',
    en: 'Occupancy rate of public elderly care homes', unit: '%', polarity: 'higher',
    synonyms: ['公办养老机构床位入住率'],
    rules: [{ all: [['公办', '公建', '敬老院'], ['入住率']] }],
  },
  {
    id: 'disabled_destitute_centralized_care', domain: 'elderly', zh: '失能特困人员集中供养率',
    en: 'Institutional care rate of disabled destitute people', unit: '%', polarity: 'higher',
    synonyms: ['生活不能自理特困人员集中供养率', '失能半失能特困人员集中供养率'],
    rules: [{ all: [['失能', '不能自理'], ['特困'], ['集中供养']] }],
  },
  {
    id: 'elderly_beds_per_1000_elderly', domain: 'elderly', zh: '每千名老年人拥有养老床位数',
    en: 'Elderly care beds per 1,000 older people', unit: '张', polarity: 'higher',
    synonyms: ['每千名老年人养老床位数', '每千名老年人拥有养老服务床位数'],
    rules: [{ all: [['千名老年人', '千老年人', '千名老人'], ['床位']], none: ['护理型'], units: ['张'] }],
  },
  // 社会保险
  {
    id: 'medical_insurance_coverage', domain: 'insurance', zh: '基本医疗保险参保率',
    en: 'Basic medical insurance coverage rate', unit: '%', polarity: 'higher',
    synonyms: ['基本医保参保率', '医疗保险参保率'],
    // (医保服务点覆盖率 is how far the service outlets reach, not who is insured.)
    rules: [{ all: [['医疗保险', '医保'], ['参保率', '覆盖率']], none: ['大病', '长期护理', '补充', '生育', '监督', '检查', '基金', '结算', '经办', '定点', '服务点', '服务站', '网点', '窗口'] }],
  },
  {
    id: 'pension_insurance_coverage', domain: 'insurance', zh: '基本养老保险参保率',
    en: 'Basic pension insurance coverage rate', unit: '%', polarity: 'higher',
    synonyms: ['基本养老保险覆盖率'],
    rules: [{ all: [['养老保险'], ['参保率', '覆盖率']], none: ['年金'] }],
  },
  {
    id: 'unemployment_insurance_enrollees', domain: 'insurance', zh: '失业保险参保人数',
    en: 'Unemployment insurance enrollees', unit: '万人', polarity: 'higher',
    synonyms: ['参加失业保险人数'],
    rules: [{ all: [['失业保险'], ['参保', '参加']], none: ['保险金'], units: ['人'] }],
  },
  {
    id: 'work_injury_insurance_enrollees', domain: 'insurance', zh: '工伤保险参保人数',
    en: 'Work-injury insurance enrollees', unit: '万人', polarity: 'higher',
    synonyms: ['参加工伤保险人数'],
    rules: [{ all: [['工伤保险'], ['参保', '参加']], units: ['人'] }],
  },
  {
    id: 'unemployment_benefit_to_min_wage', domain: 'insurance', zh: '失业保险金标准占最低工资标准比例',
    en: 'Unemployment benefit as a share of the minimum wage', unit: '%', polarity: 'higher',
    synonyms: ['失业保险金发放标准占最低工资标准比例', '失业保险金标准占最低工资标准的比例'],
    rules: [{ all: [['失业保险金'], ['最低工资']] }],
  },
  // 住有所居
  {
    id: 'public_rental_housing_guarantee', domain: 'housing', zh: '城镇户籍低保、低收入家庭申请公租房保障率',
    en: 'Public rental housing guarantee for low-income urban households', unit: '%', polarity: 'higher',
    synonyms: ['城镇户籍低保、低收入家庭申请公租房的保障率', '城镇低保低收入住房困难家庭公租房保障率'],
    rules: [{ all: [['公租房', '公共租赁住房'], ['保障率', '覆盖率']] }],
  },
  {
    id: 'old_community_renovation', domain: 'housing', zh: '城镇老旧小区改造',
    en: 'Renovation of old urban residential communities', unit: '个', polarity: 'higher',
    synonyms: ['改造城镇老旧小区', '老旧小区改造', '城镇老旧小区累计改造'],
    // 改造老旧小区…惠及居民N户 counts those it reaches, not what is renovated.
    rules: [{ all: [['老旧小区'], ['改造']], none: ['惠及', '受益'], units: ['个', '户', '栋', '幢', '套', '处'] }],
  },
  {
    id: 'resettlement_housing_units', domain: 'housing', zh: '棚户区改造安置住房',
    en: 'Resettlement housing units (shanty-town redevelopment)', unit: '套',
    // How many flats a region builds follows how much it demolishes: more is not better.
    polarity: 'neutral',
    synonyms: ['安置住房', '安置房', '棚户区改造安置房', '建成安置房'],
    rules: [
      { all: [['安置房', '安置住房', '回迁房']], units: ['套', '户', '栋', '幢'] },
      { all: [['棚户区', '棚改']], units: ['套'], unitRequired: true },
    ],
  },
  {
    id: 'rural_housing_safety', domain: 'housing', zh: '农村低收入群体住房安全保障率',
    en: 'Housing safety guarantee for rural low-income groups', unit: '%', polarity: 'higher',
    synonyms: ['符合条件的农村低收入群体住房安全保障率'],
    rules: [{ all: [['农村'], ['住房安全'], ['保障率', '覆盖率', '保障']] }],
  },
  {
    id: 'affordable_rental_housing', domain: 'housing', zh: '保障性租赁住房',
    en: 'Affordable rental housing units (raised or built)', unit: '套', polarity: 'higher',
    synonyms: ['筹集保障性租赁住房', '新增保障性租赁住房', '建设筹集保障性租赁住房'],
    rules: [{ all: [['保障性租赁住房', '保租房']], units: ['套', '间', '户'] }],
  },
  // 弱有所扶
  {
    id: 'disability_subsidy_coverage', domain: 'assistance', zh: '困难残疾人生活补贴和重度残疾人护理补贴覆盖率',
    en: 'Coverage of the two disability subsidies (living and nursing)', unit: '%', polarity: 'higher',
    synonyms: ['残疾人两项补贴覆盖率', '残疾人两项补贴发放率'],
    rules: [{ all: [['残疾'], ['补贴'], ['覆盖率', '发放率', '落实率']] }],
  },
  // 优军服务保障
  {
    id: 'veteran_adaptive_training_rate', domain: 'veterans', zh: '退役军人适应性培训参训率',
    en: 'Veterans’ participation in adaptive training', unit: '%', polarity: 'higher',
    synonyms: ['退役军人适应性培训率'],
    rules: [{ all: [['适应性培训'], ['率']] }],
  },
  {
    id: 'veteran_placement_rate', domain: 'veterans', zh: '转业军官和政府安排退役士兵安置率',
    en: 'Placement rate of transferred officers and government-placed veterans', unit: '%', polarity: 'higher',
    synonyms: ['退役军人安置率', '退役士兵安置率'],
    rules: [{ all: [['退役', '军官', '士兵', '军人', '转业'], ['安置率']], none: ['满意'] }],
  },
  // 文体服务保障
  {
    id: 'cultural_facility_visits_per_10k', domain: 'culture_sports', zh: '每万人接受公共文化设施服务次数',
    en: 'Public cultural facility visits per 10,000 people', unit: '次', polarity: 'higher',
    synonyms: ['每万人口接受公共文化设施服务次数', '每万人接受公共文化设施服务'],
    // The count may be only in the unit or a bracket: 每万人接受公共文化设施服务(次数), …服务3.4万次.
    rules: [{ all: [['万人'], ['文化设施', '公共文化'], ['次数', '服务']], units: ['次', '人次'] }],
  },
  {
    id: 'sports_area_per_capita', domain: 'culture_sports', zh: '人均体育场地面积',
    en: 'Sports ground area per capita', unit: '平方米', polarity: 'higher',
    synonyms: ['人均公共体育场地面积'],
    rules: [{ all: [['人均'], ['体育场地', '运动场地', '体育设施'], ['面积']], units: ['平方米', '㎡'] }],
  },
  {
    id: 'community_service_area_per_100_households', domain: 'culture_sports', zh: '每百户居民拥有社区综合服务设施面积',
    en: 'Community service facility area per 100 households', unit: '平方米', polarity: 'higher',
    synonyms: ['每百户居民社区综合服务设施面积'],
    rules: [{ all: [['百户'], ['社区'], ['服务设施', '服务用房', '用房'], ['面积']], units: ['平方米', '㎡'] }],
  },
  {
    id: 'regular_exercise_share', domain: 'culture_sports', zh: '经常参加体育锻炼人口比例',
    en: 'Share of people who exercise regularly', unit: '%', polarity: 'higher',
    synonyms: ['经常参加体育锻炼人数比例', '经常参加体育锻炼人数占比'],
    rules: [{ all: [['经常参加体育锻炼', '经常参加体育健身', '经常锻炼'], [...SHARE, '率']] }],
  },
  {
    id: 'physical_fitness_pass_rate', domain: 'culture_sports', zh: '城乡居民国民体质监测合格率',
    en: 'Pass rate of the national physical fitness survey', unit: '%', polarity: 'higher',
    synonyms: ['国民体质监测合格率', '国民体质合格率', '国民体质监测达标率'],
    rules: [{ all: [['国民体质', '体质监测'], ['合格率', '达标率']] }],
  },
];
