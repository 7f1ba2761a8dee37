import { describe, expect, it } from 'vitest';
import { extractMetadata } from './metadata';
import { currentYear, dateOfLine, fiveYearPeriod, firstYear, pageDateIn, yearRange } from './metadata-dates';
import { isNationalBody, placeAt, regionAt } from './metadata-region';

const doc = (...lines: string[]) => lines.join('\n');

describe('a five-year plan behind a government notice', () => {
  const text = doc(
    '关于印发青禾市“十四五”养老服务体系',
    '建设规划的通知',
    '各县(市、区)人民政府,市直各单位:',
    '现将《青禾市“十四五”养老服务体系建设规划》印发给你们,请认真贯彻执行。',
    '青禾市人民政府',
    '2022年5月6日',
    '青禾市“十四五”养老服务体系建设规划',
    '第一章 发展基础',
    '到2025年,养老床位达到一万张。',
  );
  const meta = extractMetadata(text);

  it('reads the title from a notice wrapped over two lines', () => {
    expect(meta.plan_title).toBe('青禾市“十四五”养老服务体系建设规划');
  });

  it('takes the region from the title and the issuer from the signature before the date', () => {
    expect(meta.region).toBe('青禾市');
    expect(meta.issuer).toBe('青禾市人民政府');
    expect(meta.issued).toBe('2022-05-06');
  });

  it('dates a 十四五 plan 2021 to 2025 and calls it a five-year plan', () => {
    expect(meta.period).toEqual({ start: 2021, end: 2025 });
    expect(meta.kind).toBe('five_year_plan');
    expect(meta.doc_number).toBeNull();
  });
});

describe('a district plan with its number and a 十五五 period', () => {
  const text = doc(
    '青白府办发[2026]3号',
    '青禾市白沙区人民政府办公室',
    '关于印发《白沙区“十五五”教育发展规划》的通知',
    '各街道办事处,区级各部门:',
    '现将《白沙区“十五五”教育发展规划》印发给你们。',
    '青禾市白沙区人民政府办公室',
    '二〇二六年三月十二日',
    '白沙区“十五五”教育发展规划',
  );
  const meta = extractMetadata(text);

  it('keeps the prefecture in front of the district when the header gives it', () => {
    expect(meta.region).toBe('青禾市白沙区');
  });

  it('reads a date in Chinese numerals and normalises the document-number brackets', () => {
    expect(meta.issued).toBe('2026-03-12');
    expect(meta.doc_number).toBe('青白府办发〔2026〕3号');
  });

  it('maps 十五五 to 2026–2030', () => {
    expect(meta.period).toEqual({ start: 2026, end: 2030 });
    expect(meta.kind).toBe('five_year_plan');
  });

  it('takes the issuer from the line before the date when the notice line has no prefix', () => {
    expect(meta.issuer).toBe('青禾市白沙区人民政府办公室');
  });
});

describe('an annual programme of a county', () => {
  const text = doc(
    '云溪县人民政府办公室关于印发《云溪县2025年民生实事项目实施方案》的通知',
    '各乡镇人民政府:',
    '云溪县人民政府办公室',
    '2025年2月10日',
    '云溪县2025年民生实事项目实施方案',
    '一、主要目标',
  );
  const meta = extractMetadata(text);

  it('takes the issuer from the prefix of the notice line', () => {
    expect(meta.issuer).toBe('云溪县人民政府办公室');
  });

  it('reads the county, the single year and the kind', () => {
    expect(meta.region).toBe('云溪县');
    expect(meta.period).toEqual({ start: 2025, end: 2025 });
    expect(meta.kind).toBe('annual_programme');
  });
});

describe('regions of other forms', () => {
  it('drops the province in front of a 新区', () => {
    const meta = extractMetadata(doc('浙江临湖新区管理委员会', '2023年8月1日', '为提升公共服务水平,制定本行动方案。'));
    expect(meta.region).toBe('临湖新区');
    expect(meta.issuer).toBe('浙江临湖新区管理委员会');
    expect(meta.kind).toBe('action_plan');
  });

  it('reads an autonomous prefecture whole', () => {
    expect(extractMetadata(doc('云岭藏族自治州“十四五”公共服务规划', '前言')).region).toBe('云岭藏族自治州');
  });

  it('drops the province in front of a city', () => {
    const meta = extractMetadata(doc('河东省青禾市人民政府', '2021年12月30日', '第一章 总则'));
    expect(meta.region).toBe('青禾市');
  });

  it('does not read a 社区 or 小区 as a region', () => {
    expect(regionAt('社区养老服务规划')).toBeNull();
    expect(regionAt('老旧小区改造方案')).toBeNull();
  });

  it('does not stop a district name at a 州 inside it', () => {
    expect(regionAt('青禾市利川区教育规划')).toBe('青禾市利川区');
    expect(regionAt('广州市某某规划')).toBe('广州市');
  });

  it('falls back to the region the quoted documents name most when there is no header', () => {
    const text = doc(
      '为落实《江东新区总体规划》《河北江东新区发展纲要》和《全国养老服务规划》,特制定本方案。',
      '一、目标',
    );
    expect(extractMetadata(text).region).toBe('江东新区');
  });
});

describe('action plans', () => {
  it('reads the span written in the title', () => {
    const meta = extractMetadata(doc('青禾市普惠托育服务三年行动计划(2024—2026年)', '一、总体要求'));
    expect(meta.kind).toBe('action_plan');
    expect(meta.period).toEqual({ start: 2024, end: 2026 });
  });

  it('ends a three-year plan at its first goal year', () => {
    const meta = extractMetadata(doc('青禾市就业促进三年行动计划', '到2027年,新增就业岗位三万个。'));
    expect(meta.period).toEqual({ start: 2025, end: 2027 });
  });

  it('recognises an untitled action plan by how it names itself', () => {
    const meta = extractMetadata(doc('为加快发展托育服务,特制定本行动计划。', '到2026年,托位达到五千个。'));
    expect(meta.plan_title).toBeNull();
    expect(meta.kind).toBe('action_plan');
    expect(meta.period).toEqual({ start: 2024, end: 2026 });
  });
});

describe('news reports', () => {
  const text = doc(
    '江城网白沙3月2日消息(记者李明)2024年,白沙区将新建5所幼儿园。',
    '近日,白沙区教育局结合实际制定了年度工作清单,明确了时间表。',
  );
  const meta = extractMetadata(text);

  it('is a news report with no plan title', () => {
    expect(meta.kind).toBe('news_report');
    expect(meta.plan_title).toBeNull();
  });

  it('expands the dateline place to the full name the article uses', () => {
    expect(meta.region).toBe('白沙区');
  });

  it('dates the report with the year of its lead sentence', () => {
    expect(meta.issued).toBe('2024-03-02');
    expect(meta.period).toEqual({ start: 2024, end: 2024 });
  });

  it('names the agency that drew up the plan', () => {
    expect(meta.issuer).toBe('白沙区教育局');
  });

  it('leaves the date unknown when the lead names no year', () => {
    const undated = extractMetadata(doc('江城网白沙3月2日消息 白沙区将新建幼儿园。'));
    expect(undated.issued).toBeNull();
    expect(undated.period).toBeNull();
  });

  it('takes the plan a report quotes as its title', () => {
    const quoted = extractMetadata(doc('江城网白沙3月2日电 近日,白沙区印发《白沙区养老服务三年行动方案》。'));
    expect(quoted.plan_title).toBe('白沙区养老服务三年行动方案');
    expect(quoted.kind).toBe('news_report');
  });
});

describe('titles and numbers in the header', () => {
  it('joins a standalone title wrapped over two lines', () => {
    const meta = extractMetadata(doc('青禾市“十四五”公共服务和', '社会保障规划', '第一章 规划背景'));
    expect(meta.plan_title).toBe('青禾市“十四五”公共服务和社会保障规划');
  });

  it('skips web-page breadcrumbs and prefers the signed date to the publication time', () => {
    const meta = extractMetadata(
      doc(
        '首页 > 政务公开 > 规划计划',
        '发布时间:2022-10-08 09:30',
        '文号:青府发〔2022〕9号',
        '青禾市人民政府',
        '2022年9月27日',
        '青禾市“十四五”就业促进规划',
      ),
    );
    expect(meta.plan_title).toBe('青禾市“十四五”就业促进规划');
    expect(meta.issued).toBe('2022-09-27');
    expect(meta.doc_number).toBe('青府发〔2022〕9号');
  });

  it('ignores a document number cited inside a sentence', () => {
    const meta = extractMetadata(doc('青禾市养老规划', '根据《某某意见》(国办发〔2021〕45号)精神,制定本规划。'));
    expect(meta.doc_number).toBeNull();
  });

  it('calls a plan without a period or plan type other', () => {
    const meta = extractMetadata(doc('青禾市养老服务设施布局专项规划', '一、现状'));
    expect(meta.kind).toBe('other');
    expect(meta.period).toBeNull();
  });

  it('returns empty metadata for empty text', () => {
    expect(extractMetadata('')).toEqual({
      region: null,
      region_code: null,
      province: null,
      plan_title: null,
      issuer: null,
      issued: null,
      period: null,
      kind: 'other',
      doc_number: null,
    });
  });
});

describe('dates and periods', () => {
  it.each([
    ['2023年2月21日', '2023-02-21'],
    ['2023-1-5', '2023-01-05'],
    ['成文日期:2022年3月4日', '2022-03-04'],
    ['发布时间:2022-10-08 09:30', '2022-10-08'],
    ['(2021年10月1日)', '2021-10-01'],
    ['二〇二三年十一月二十日', '2023-11-20'],
    ['2023年13月1日', null],
    ['2023年2月21日召开会议', null],
    // A month or a year alone is kept at that precision, never padded to a day nobody wrote.
    ['二〇二一年一月', '2021-01'],
    ['(二〇二一年十二月)', '2021-12'],
    ['2021年1月', '2021-01'],
    ['发布时间:2021-01', '2021-01'],
    ['成文日期:二〇二一年', '2021'],
    ['发布日期:2021年', '2021'],
    ['2021-01', null],
    ['2025年', null],
    ['2021年13月', null],
  ])('reads the date line %s as %s', (line, iso) => {
    expect(dateOfLine(line)).toBe(iso);
  });

  it('maps five-year-plan ordinals to their years', () => {
    expect(fiveYearPeriod('“十三五”')).toEqual({ start: 2016, end: 2020 });
    expect(fiveYearPeriod('第十四个五年规划')).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPeriod('十五五')).toEqual({ start: 2026, end: 2030 });
    expect(fiveYearPeriod('五年')).toBeNull();
  });

  it('reads year spans with any dash', () => {
    expect(yearRange('(2021—2025年)')).toEqual({ start: 2021, end: 2025 });
    expect(yearRange('2023-2025年')).toEqual({ start: 2023, end: 2025 });
    expect(yearRange('2025—2023年')).toBeNull();
  });
});

describe('annual livelihood programmes', () => {
  it('reads a list titled with a year in Chinese numerals, whichever zero it uses', () => {
    for (const zero of ['○', '〇', '零']) {
      const meta = extractMetadata(doc(`二${zero}二六年青禾市为民办实事项目`, '一、养老', '1.新增养老床位500张'));
      expect(meta.kind).toBe('annual_programme');
      expect(meta.period).toEqual({ start: 2026, end: 2026 });
      expect(meta.region).toBe('青禾市');
      expect(meta.plan_title).toBe(`二${zero}二六年青禾市为民办实事项目`);
    }
  });

  it('takes the year and the full region name from a headline sentence without a list title', () => {
    const meta = extractMetadata(
      doc(
        '2026年青禾将继续办好12件重点民生实事',
        '2026-01-20 09:15:02 来源:青禾日报',
        '昨日,青禾市第五届人民代表大会第二次会议开幕。',
        '新建社区食堂40个。',
      ),
    );
    expect(meta.kind).toBe('annual_programme');
    expect(meta.period).toEqual({ start: 2026, end: 2026 });
    expect(meta.region).toBe('青禾市');
    expect(meta.plan_title).toBeNull();
    expect(meta.issued).toBe('2026-01-20');
  });

  it('reads an article whose lead says 记者从…获悉 as a news report of the year its page is dated', () => {
    const meta = extractMetadata(
      doc('我市今年将新增普惠托位2000个', '2026-01-15 08:30 来源:青禾日报', '记者从市卫健委获悉,今年,全市将新增普惠托位2000个。'),
    );
    expect(meta.kind).toBe('news_report');
    expect(meta.issued).toBe('2026-01-15');
    expect(meta.period).toEqual({ start: 2026, end: 2026 });
    // 记者 alone (a plan that mentions journalists) is no news mark.
    expect(extractMetadata(doc('某市“十五五”新闻出版规划', '到2030年,培训记者500人次。')).kind).toBe('five_year_plan');
  });

  it('treats a notice that is itself the programme as the title, without the web column tag', () => {
    const meta = extractMetadata(
      doc(
        '【民生专栏】青禾市民生工作领导小组办公室关于2026年实施30项民生实事的通知',
        '发布时间:2026-02-10 09:00 来源:青禾市人民政府 浏览次数:',
        '各县(区)人民政府:',
        '1.新增就业岗位1万个。',
      ),
    );
    expect(meta.plan_title).toBe('青禾市民生工作领导小组办公室关于2026年实施30项民生实事的通知');
    expect(meta.issuer).toBe('青禾市民生工作领导小组办公室');
    expect(meta.region).toBe('青禾市');
    expect(meta.issued).toBe('2026-02-10');
    expect(meta.kind).toBe('annual_programme');
    expect(meta.period).toEqual({ start: 2026, end: 2026 });
  });

  it('prefers the new list over a headline reporting last year as done', () => {
    const meta = extractMetadata(
      doc(
        '2025年白沙区为民办实事任务完成满意度创新高',
        '第2版:要闻 2026-01-15',
        '本报讯(记者 王林)今天,2026年白沙区为民办实事项目正式发布。',
        '2026年白沙区为民办实事项目',
        '1.新增托位300个',
      ),
    );
    expect(meta.kind).toBe('annual_programme');
    expect(meta.period).toEqual({ start: 2026, end: 2026 });
    expect(meta.plan_title).toBe('2026年白沙区为民办实事项目');
    expect(meta.issued).toBe('2026-01-15');
  });

  it('dates a bare month and day under the headline with the programme year', () => {
    const meta = extractMetadata(doc('最新!白沙区发布2026年民生实事', '2月3日', '白沙区2026年民生 “八心” 实事', '▶新增停车位500个。'));
    expect(meta.plan_title).toBe('白沙区2026年民生 “八心” 实事');
    expect(meta.issued).toBe('2026-02-03');
  });

  it('leaves a five-year plan alone when it only recalls a past programme below its title', () => {
    const meta = extractMetadata(doc('青禾市“十五五”养老服务规划', '2025年青禾市为民办实事项目', '第一章 发展基础'));
    expect(meta.kind).toBe('five_year_plan');
    expect(meta.period).toEqual({ start: 2026, end: 2030 });
  });
});

describe('completion reports', () => {
  const meta = extractMetadata(
    doc(
      '今日,青禾市第九届人民代表大会常务委员会会议召开。2025年12件民生实事具体完成情况公布。',
      '(一)已新增助餐点120个,整体完成率105%。',
    ),
  );

  it('is not a plan but reports on the year it names', () => {
    expect(meta.kind).toBe('other');
    expect(meta.period).toEqual({ start: 2025, end: 2025 });
  });

  it('finds the region in the clause where its congress meets', () => {
    expect(meta.region).toBe('青禾市');
  });
});

describe('news about a national plan', () => {
  const text = doc(
    '“十五五”养老服务规划发布 明确主要指标',
    '2026-03-09 作者:张文 某某网',
    '新华社北京3月8日电(记者 张文)8日发布的《“十五五”养老服务规划》明确,到2030年,养老服务体系更加健全。',
    '这份由国家卫生健康委等12个部门印发的规划提出了主要指标。',
  );
  const meta = extractMetadata(text);

  it('gives the whole country, not the city the agency filed from', () => {
    expect(meta.region).toBe('全国');
  });

  it('names the issuing bodies without the words of the sentence around them', () => {
    expect(meta.issuer).toBe('国家卫生健康委等12个部门');
  });

  it('dates the dateline with the page year, not with the goal year of the lead', () => {
    expect(meta.issued).toBe('2026-03-08');
    expect(meta.period).toEqual({ start: 2026, end: 2030 });
  });

  it('does not take a dateline city the article never mentions again', () => {
    const local = extractMetadata(doc('某某社东城5月2日电 近日,有关部门印发《养老服务提升方案》。'));
    expect(local.region).toBeNull();
  });

  it('takes a release date written with its year over the dateline', () => {
    const dated = extractMetadata(doc('某某社北京1月5日电 2025年12月30日印发的《全国托育服务规划》明确了目标。'));
    expect(dated.issued).toBe('2025-12-30');
    expect(dated.region).toBe('全国');
  });
});

describe('a news report with the byline at the end', () => {
  const meta = extractMetadata(
    doc(
      '河东加快发展托育服务',
      '发布时间: 2026-04-02',
      '河东省人民政府办公厅于近日发布了《河东省托育服务发展实施方案》,明确到2028年托位达到5万个。(见习记者 刘青)',
    ),
  );

  it('is a news report quoting the plan', () => {
    expect(meta.kind).toBe('news_report');
    expect(meta.plan_title).toBe('河东省托育服务发展实施方案');
  });

  it('keeps the whole name of the issuing office', () => {
    expect(meta.issuer).toBe('河东省人民政府办公厅');
    expect(meta.issued).toBe('2026-04-02');
  });
});

describe('years, page dates and regions in programme texts', () => {
  it('reads years in Chinese numerals and skips goal years for the current year', () => {
    expect(firstYear('二〇二四年青禾市为民办实事')).toBe(2024);
    expect(currentYear('到2030年达到,2026年开局')).toBe(2026);
    expect(currentYear('2030年前建成')).toBeNull();
  });

  it('finds a page date among other page details but not inside a sentence', () => {
    expect(pageDateIn('发布时间:2024-03-14 14:53 来源:某某网')).toBe('2024-03-14');
    expect(pageDateIn('第3版:要闻 2025-01-23')).toBe('2025-01-23');
    expect(pageDateIn('项目编号2024-03-1499')).toBeNull();
  });

  it('strips a leading Chinese-numeral year before the region', () => {
    expect(regionAt('二〇二五年白沙区为民办实事项目')).toBe('白沙区');
  });

  it('tells central bodies from regional ones', () => {
    expect(isNationalBody('国家发展改革委')).toBe(true);
    expect(isNationalBody('民政部')).toBe(true);
    expect(isNationalBody('青禾市民政局')).toBe(false);
  });

  it('expands a short place name only to a full name the text uses', () => {
    expect(placeAt('青禾将新建', '青禾市人民代表大会')).toBe('青禾市');
    expect(placeAt('全市将新建', '全市区域')).toBeNull();
  });
});

describe('official regions, page fields and date forms', () => {
  it('reads title, issuer and date from a government page’s details block and resolves the county', () => {
    const meta = extractMetadata(
      doc(
        '索引号: 11410700/2023-00012 主题分类: 民政',
        '发布机构: 获嘉县人民政府 成文日期: 2023年02月21日',
        '名称: 获嘉县人民政府关于印发获嘉县“十四五”养老服务体系规划的通知',
        '一、总体要求',
      ),
    );
    expect(meta).toMatchObject({ plan_title: '获嘉县“十四五”养老服务体系规划', issuer: '获嘉县人民政府', issued: '2023-02-21' });
    expect(meta).toMatchObject({ region: '获嘉县', region_code: '410724', province: '河南省' });
  });

  it('never takes the words of a notice for the region', () => {
    const meta = extractMetadata(doc('关于印发新乡市养老服务体系建设规划的通知', '各县(市、区)人民政府:', '现将《新乡市养老服务体系建设规划》印发给你们。'));
    expect(meta.region).toBe('新乡市');
    expect(meta.region_code).toBe('4107');
  });

  it('gives a district named only by its street, and tells namesakes apart by the text’s province', () => {
    expect(extractMetadata(doc('东华门街道2024年为民办实事项目', '一、养老服务')).region_code).toBe('110101');
    const putuo = extractMetadata(doc('普陀区“十四五”养老服务发展规划', '根据《浙江省养老服务发展规划》和舟山市部署,结合浙江省实际,制定本规划。'));
    expect(putuo).toMatchObject({ region: '舟山市普陀区', region_code: '330903', province: '浙江省' });
  });

  it('reads a day-first date', () => {
    expect(dateOfLine('27.01.2021')).toBe('2021-01-27');
    expect(dateOfLine('32.01.2021')).toBeNull();
  });
});

describe('titles only where the text gives one', () => {
  it('gives no title to a plan that calls itself 本行动计划, rather than the title of a plan it cites', () => {
    const meta = extractMetadata(
      doc(
        '为深入贯彻落实《青禾市国民经济和社会发展第十四个五年规划纲要》《青禾市社会保障事业发展“十四五”规划》要求,特制定本行动计划。',
        '一、指导思想',
        '到2025年,基本养老保险参保率达到95%。',
      ),
    );
    expect(meta).toMatchObject({ plan_title: null, kind: 'action_plan' });
  });

  it('takes the title from a 关于印发《…》的通知 line when the plan has no title line of its own', () => {
    expect(extractMetadata(doc('青禾市人民政府关于印发《青禾市社会保障三年行动计划》的通知', '各县区人民政府:', '现印发给你们。', '一、指导思想')).plan_title).toBe(
      '青禾市社会保障三年行动计划',
    );
  });
});

describe('issue dates without a day', () => {
  const notice = (date: string, ...rest: string[]) =>
    doc(
      '青禾市人民政府关于印发青禾市“十四五”养老服务发展规划的通知',
      '各县区人民政府:',
      '现将《青禾市“十四五”养老服务发展规划》印发给你们,请认真贯彻执行。',
      '青禾市人民政府',
      date,
      '青禾市“十四五”养老服务发展规划',
      '一、发展基础',
      '到2025年,护理型床位占比达到55%。',
      ...rest,
    );

  it('keeps a signed month as a month, in Chinese numerals or in digits', () => {
    expect(extractMetadata(notice('二〇二一年一月'))).toMatchObject({ issued: '2021-01', issuer: '青禾市人民政府' });
    expect(extractMetadata(notice('2021年1月')).issued).toBe('2021-01');
    expect(extractMetadata(notice('二〇二一年一月二十七日')).issued).toBe('2021-01-27');
  });

  it('takes the day from a page field when it falls in the signed month, and keeps the month otherwise', () => {
    expect(extractMetadata(doc('发布日期:2021-01-27', notice('2021年1月'))).issued).toBe('2021-01-27');
    expect(extractMetadata(doc('发布日期:2021-03-02', notice('2021年1月'))).issued).toBe('2021-01');
  });

  it('reads a labelled year alone, but not a bare year line (a heading) as a date', () => {
    expect(extractMetadata(doc('青禾市“十四五”养老服务发展规划', '发布日期:2021年', '一、发展基础')).issued).toBe('2021');
    expect(extractMetadata(doc('青禾市“十四五”养老服务发展规划', '一、发展基础', '2025年', '护理型床位占比达到55%。')).issued).toBeNull();
  });
});

describe('periods and kinds that are not what a headline or a comparison suggests', () => {
  it('does not make a plan with a goal year in its title an annual programme', () => {
    const meta = extractMetadata(doc('青禾市到2025年养老服务体系建设实施方案', '一、总体目标', '到2025年,护理型床位占比达到55%。'));
    expect(meta.kind).not.toBe('annual_programme');
    expect(extractMetadata(doc('青禾市2024年养老服务实施方案', '一、目标')).kind).toBe('annual_programme');
  });

  it('takes the period from the plan’s own statements, not from its comparisons', () => {
    const text = doc(
      '青禾市养老服务发展规划',
      '“十四五”时期,全市养老服务体系更加健全。',
      '到2025年,护理型床位占比比“十三五”末提高10个百分点,比“十三五”时期增加床位2000张,较“十三五”翻一番。',
    );
    expect(extractMetadata(text).period).toEqual({ start: 2021, end: 2025 });
  });
});

describe('a government work report', () => {
  const text = doc(
    '政府工作报告',
    '——2026年1月15日在青河市第十六届人民代表大会第五次会议上',
    '青河市人民政府市长　李明',
    '各位代表：',
    '一、2025年工作回顾',
    '过去一年,城镇新增就业5.2万人。',
    '二、2026年工作安排',
    '今年政府工作的主要预期目标是:城镇新增就业5万人以上。',
  );

  it('is titled, dated by its session and read as the programme of that year', () => {
    const m = extractMetadata(text);
    expect(m.plan_title).toBe('政府工作报告');
    expect(m.issued).toBe('2026-01-15');
    expect(m.kind).toBe('annual_programme');
    expect(m.period).toEqual({ start: 2026, end: 2026 });
  });

  it('takes the session date in brackets too, and leaves a report that is no work report as it was', () => {
    expect(extractMetadata(doc('溪山县人民政府工作报告', '(2027年2月3日在溪山县第十九届人民代表大会第六次会议上)', '各位代表:')).issued).toBe('2027-02-03');
    // A report on a plan's progress names no session and sets no year's programme.
    expect(extractMetadata(doc('关于“十四五”规划实施情况的中期评估报告', '各位代表:')).kind).toBe('other');
  });
});


describe('the date a news article is written on, in every form its page gives it', () => {
  it('reads the date after 本报讯, with its year or with the year of the page under the article', () => {
    const full = extractMetadata(doc('本报讯 2026年3月5日 记者从市卫健委获悉,今年我市将新增普惠托位3000个。'));
    expect(full).toMatchObject({ kind: 'news_report', issued: '2026-03-05', period: { start: 2026, end: 2026 } });
    const reporter = extractMetadata(doc('本报讯(记者 王芳)2026年3月2日,记者从市卫健委获悉,去年全市新增普惠托位2300个。'));
    expect(reporter).toMatchObject({ issued: '2026-03-02', period: { start: 2026, end: 2026 } });
    const dayOnly = extractMetadata(doc('本报讯(记者 李华)3月5日,记者从市教育局获悉,今年我市将新建幼儿园10所。', '来源:青禾日报 2026年03月06日'));
    expect(dayOnly).toMatchObject({ issued: '2026-03-05', period: { start: 2026, end: 2026 } });
  });

  it('takes a dateline’s year from a byline under the article', () => {
    const meta = extractMetadata(doc('新华社杭州12月3日电(记者 王明)记者从省民政厅获悉,今年全省将新增养老床位5000张。', '责任编辑:张三 2026年12月04日'));
    expect(meta).toMatchObject({ kind: 'news_report', issued: '2026-12-03', period: { start: 2026, end: 2026 } });
  });

  it('reads a page with a byline and no plan title as an article dated by its page, the date written out or not', () => {
    const written = extractMetadata(doc('某市今年将新建幼儿园10所', '2026年03月06日 08:30  来源:青禾日报', '今年,我市将新建幼儿园10所。'));
    expect(written).toMatchObject({ kind: 'news_report', issued: '2026-03-06', period: { start: 2026, end: 2026 } });
    const bureau = extractMetadata(doc('市民政局:今年新建社区食堂50个', '发布时间:2026-03-05 09:12 来源:青禾市民政局', '今年,全市将新建社区食堂50个。'));
    expect(bureau).toMatchObject({ kind: 'news_report', issued: '2026-03-05', period: { start: 2026, end: 2026 } });
    // A plan published on a page with the same byline stays the plan its title says.
    const plan = extractMetadata(doc('青禾市“十五五”养老服务体系规划', '发布时间:2026-03-05 09:12 来源:青禾市民政局', '到2030年,养老机构护理型床位占比达到70%。'));
    expect(plan.kind).toBe('five_year_plan');
  });

  it('finds a written-out date on a byline but not a date inside a sentence', () => {
    expect(pageDateIn('来源:青禾日报 2026年03月06日')).toBe('2026-03-06');
    expect(pageDateIn('2026年03月06日 08:30 来源:青禾日报')).toBe('2026-03-06');
    expect(pageDateIn('2026年3月6日,市政府召开常务会议')).toBeNull();
  });
});
