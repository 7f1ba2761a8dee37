// The eleven public-service domains, the heading words that open a section on each, and the keywords that place a free-text target name.
import type { DomainId } from '../types';

export interface DomainInfo {
  id: DomainId;
  zh: string;
  en: string;
  /** Words that mark a section (章/节/专栏) about this domain. */
  headings: string[];
}

// Headings include both framings of the national plan: “幼有所育” (the 基本 floor) and
// “幼有善育” (the 2035 vision), because regional plans borrow either.
export const DOMAINS: readonly DomainInfo[] = [
  {
    id: 'childcare',
    zh: '幼有所育',
    en: 'Early childhood & childcare',
    headings: ['幼有所育', '幼有善育', '托育', '婴幼儿照护', '婴幼儿', '优生优育', '妇幼健康', '儿童关爱'],
  },
  {
    id: 'education',
    zh: '学有所教',
    en: 'Education',
    headings: ['学有所教', '学有优教', '教育', '学前', '幼儿园', '学校', '终身学习'],
  },
  {
    id: 'employment',
    zh: '劳有所得',
    en: 'Employment & income',
    headings: ['劳有所得', '劳有厚得', '就业', '创业', '职业技能', '劳动关系', '收入分配'],
  },
  {
    id: 'health',
    zh: '病有所医',
    en: 'Health care',
    headings: ['病有所医', '病有良医', '医疗', '卫生', '健康', '公共卫生', '疾病预防', '中医药'],
  },
  {
    id: 'elderly',
    zh: '老有所养',
    en: 'Elderly care',
    headings: ['老有所养', '老有颐养', '养老', '老年人', '老龄'],
  },
  {
    id: 'insurance',
    zh: '社会保险',
    en: 'Social insurance coverage',
    headings: ['社会保险', '社保', '养老保险', '医疗保险', '失业保险', '工伤保险', '全民参保'],
  },
  {
    id: 'housing',
    zh: '住有所居',
    en: 'Housing',
    headings: ['住有所居', '住有宜居', '住房', '安居', '棚户区', '老旧小区'],
  },
  {
    id: 'assistance',
    zh: '弱有所扶',
    en: 'Social assistance & disability',
    headings: ['弱有所扶', '弱有众扶', '社会救助', '兜底保障', '残疾人', '困难群众', '社会福利'],
  },
  {
    id: 'veterans',
    zh: '优军服务保障',
    en: 'Veterans',
    headings: ['优军服务', '优军', '退役军人', '双拥', '优抚'],
  },
  {
    id: 'culture_sports',
    zh: '文体服务保障',
    en: 'Culture & sports',
    headings: ['文体服务', '文体', '文化', '体育', '全民健身', '健身'],
  },
  {
    id: 'legal',
    zh: '法律服务',
    en: 'Legal services',
    headings: ['法律服务', '法治', '法律援助', '普法', '公共法律'],
  },
];

/**
 * Keyword → domain for a bare target name, tried in order: the first hit wins.
 * The order settles names that touch two domains: 失业保险 is insurance before it is
 * employment, 失能特困人员 is elderly care, 残疾人就业 is assistance, 大学生创业 is employment, 改造卫生户厕 is housing,
 * 基本养老保险 is insurance rather than elderly care.
 */
export const GUESS_KEYWORDS: readonly (readonly [DomainId, readonly string[]])[] = [
  ['veterans', ['退役军人', '退役士兵', '转业军官', '军转', '优抚', '双拥', '军人', '军属']],
  ['legal', ['法律', '法治', '司法', '普法', '律师', '公证', '人民调解', '法援']],
  ['insurance', ['参保', '保险', '社保', '年金', '工伤']],
  [
    'childcare',
    ['托位', '托育', '婴幼儿', '3岁以下', '三岁以下', '孕', '产前', '新生儿', '婚检', '孤儿', '无人抚养', '母婴', '免疫规划', '优生'],
  ],
  ['elderly', ['养老', '老年', '敬老院', '适老化', '失能', '银发', '长者', '老龄']],
  ['assistance', ['残疾', '救助', '低保', '特困', '困境儿童', '流浪', '慈善', '孤寡']],
  ['employment', ['就业', '失业', '创业', '招聘', '劳务']],
  [
    'housing',
    ['住房', '棚户区', '棚改', '老旧小区', '安置房', '公租房', '保障房', '危房', '城中村', '农房', '户厕', '公厕', '口袋公园', '绿色社区', '人才公寓'],
  ],
  [
    'education',
    ['幼儿园', '学前', '学校', '小学', '中学', '初中', '高中', '学位', '校舍', '教育', '教师', '入学', '入园', '院校', '高校', '大学', '学院', '课后服务', '学生'],
  ],
  ['health', ['医', '卫生', '疾病', '疾控', '诊', '护士', '健康', '传染病', '精神障碍', '疫苗', '寿命', '药', '患者', '专科', '病']],
  ['culture_sports', ['文化', '体育', '健身', '运动', '演出', '足球', '篮球', '图书', '博物馆', '文艺', '旅游', '广播', '电视', '电影', '阅读']],
  ['employment', ['培训', '技能', '家政', '工资', '劳动者', '人力资源', '农民工', '岗位', '孵化', '人才']],
];

/** Headings that introduce an overview across all domains (indicator tables, targets, principles). */
export const OVERVIEW_HEADING_WORDS: readonly string[] = [
  '主要指标',
  '指标体系',
  '主要目标',
  '总体目标',
  '发展目标',
  '总体要求',
  '指导思想',
  '基本原则',
  '规划背景',
  '发展基础',
  '保障措施',
  '目录',
];
