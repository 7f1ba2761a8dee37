import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { LEADING_CONTEXT, predicateOf, PREDICATE, servedFor, servedService, stripLeading, TRAILING_FILLER, TRIMMED, withoutTrailingFiller } from './prose-names';

const PLAN = '某市“十四五”公共服务规划\n';
const names = (body: string) => extractText(PLAN + body).targets.map((t) => t.name);

describe('names keep their qualifiers and lose what is not the indicator', () => {
  it('keeps an age qualifier with its noun, before or after the count', () => {
    expect(names('到2025年,65周岁以上老年人健康管理率达到75%,3岁以下婴幼儿入托率达到30%。')).toEqual([
      '65周岁以上老年人健康管理率',
      '3岁以下婴幼儿入托率',
    ]);
    expect(names('到2025年,新增2000个3岁以下婴幼儿托位。')).toEqual(['新增3岁以下婴幼儿托位']);
    expect(names('到2025年,65周歲以上老年人健康管理率達到75%。')).toEqual(['65周岁以上老年人健康管理率']);
  });

  it('keeps a 、 inside a modifier in one name', () => {
    expect(names('到2025年,失能、半失能老年人集中照护率达到60%。')).toEqual(['失能、半失能老年人集中照护率']);
  });

  it('still splits parallel indicators that share a predicate', () => {
    expect(names('到2025年,基本养老保险和基本医疗保险参保率均稳定在95%以上。')).toEqual(['基本养老保险参保率', '基本医疗保险参保率']);
    expect(names('到2025年,婚检和产前筛查率均达到90%以上。')).toHaveLength(2);
  });

  it('drops a leading 为全市/对辖区 and a hiring verb', () => {
    expect(names('到2025年,为全市60周岁以上老年人免费体检20万人次。')).toEqual(['60周岁以上老年人免费体检']);
    expect(names('到2025年,对辖区80周岁以上老人发放高龄津贴1.2万人。')).toEqual(['80周岁以上老人发放高龄津贴']);
    const hired = extractText(`${PLAN}到2025年,选聘社会工作者200名。`).targets[0];
    expect(hired).toMatchObject({ name: '社会工作者', kind: 'increment', target: { value: 200 } });
  });

  it('keeps a work verb that is part of what is counted', () => {
    expect(names('到2025年,新建社区食堂50个。')).toEqual(['新建社区食堂']);
  });
});

describe('modifiers coordinated with 、/和/及/与 before a shared head noun', () => {
  const read = (body: string) => extractText(PLAN + body).targets.map((t) => [t.name, t.target.value, t.unit, t.indicator]);

  it('gives each modifier the noun it needs and the measure (养老、医疗保险参保率), simplified and traditional', () => {
    const both = [
      ['养老保险参保率', 95, '%', 'pension_insurance_coverage'],
      ['医疗保险参保率', 95, '%', 'medical_insurance_coverage'],
    ];
    expect(read('到2025年,养老、医疗保险参保率均达到95%。')).toEqual(both);
    expect(read('到2025年,養老、醫療保險參保率均穩定在95%以上。')).toEqual(both);
    expect(read('到2025年,养老及医疗保险参保率达到95%。')).toEqual(both);
    expect(read('到2025年,失业与工伤保险参保人数分别达到5万人和4万人。')).toEqual([
      ['失业保险参保人数', 5, '万人', 'unemployment_insurance_enrollees'],
      ['工伤保险参保人数', 4, '万人', 'work_injury_insurance_enrollees'],
    ]);
    expect(read('到2025年,普惠性、公办幼儿园在园幼儿占比分别达到85%、50%。').map((r) => r[0])).toEqual([
      '普惠性幼儿园在园幼儿占比',
      '公办幼儿园在园幼儿占比',
    ]);
  });

  it('shares a whole rate word, not a bare 率 (婴儿和孕产妇死亡率), with rates per 100,000', () => {
    expect(read('到2025年,婴儿和孕产妇死亡率分别控制在5‰和15/10万以下。')).toEqual([
      ['婴儿死亡率', 5, '‰', 'infant_mortality'],
      ['孕产妇死亡率', 15, '/10万', 'maternal_mortality'],
    ]);
    expect(read('到2025年,孕產婦和嬰兒死亡率分別控制在12/10萬和4.5‰以內。')).toEqual([
      ['孕产妇死亡率', 12, '/10万', 'maternal_mortality'],
      ['婴儿死亡率', 4.5, '‰', 'infant_mortality'],
    ]);
    expect(read('到2025年,婴儿、5岁以下儿童死亡率分别控制在5‰、7‰以下。').map((r) => r[0])).toEqual(['婴儿死亡率', '5岁以下儿童死亡率']);
    expect(read('到2025年,學前教育、高中階段毛入學率分別達到90%、95%。').map((r) => r[0])).toEqual(['学前教育毛入学率', '高中阶段毛入学率']);
    expect(read('到2025年,婴儿死亡率、孕产妇死亡率分别降至5‰、12.5/10万。').map((r) => r[0])).toEqual(['婴儿死亡率', '孕产妇死亡率']);
  });

  it('gives a scope before the first modifier to every item (城乡居民养老、医疗保险…)', () => {
    expect(read('到2025年,城乡居民养老、医疗保险参保率分别达到95%、97%。')).toEqual([
      ['城乡居民养老保险参保率', 95, '%', 'pension_insurance_coverage'],
      ['城乡居民医疗保险参保率', 97, '%', 'medical_insurance_coverage'],
    ]);
    expect(read('到2025年,城乡居民养老保险和医疗保险参保率均达到95%。').map((r) => r[0])).toEqual(['城乡居民养老保险参保率', '城乡居民医疗保险参保率']);
    // Full names are not given a scope: 基本 is each item's own.
    expect(read('到2025年,基本养老保险和基本医疗保险参保率均达到95%。').map((r) => r[0])).toEqual(['基本养老保险参保率', '基本医疗保险参保率']);
  });

  it('shares a longer head after nouns of people (老年人和残疾人健康管理率), and keeps an age with its own noun', () => {
    expect(read('到2025年,60岁以上老年人和残疾人健康管理率均达到75%。').map((r) => r[0])).toEqual(['60岁以上老年人健康管理率', '残疾人健康管理率']);
    expect(read('到2025年,5岁以下儿童和孕产妇系统管理率均达到90%以上。').map((r) => r[0])).toEqual(['5岁以下儿童系统管理率', '孕产妇系统管理率']);
  });

  it('gives each indicator of one table row named with a list the row’s value', () => {
    const table = ['主要指标', '| 指标 | 单位 | 2020年 | 2025年 |', '|---|---|---|---|', '| 养老、医疗保险参保率 | % | 93 | 95 |', '| 婴儿和孕产妇死亡率 | ‰ | 5 | 4 |'].join('\n');
    const rows = extractText(PLAN + table).targets.map((t) => [t.name, t.target.value, t.baseline?.value, t.indicator]);
    expect(rows).toEqual([
      ['养老保险参保率', 95, 93, 'pension_insurance_coverage'],
      ['医疗保险参保率', 95, 93, 'medical_insurance_coverage'],
      // Nothing says the items are parallel: one row, one name, no catalog id.
      ['婴儿和孕产妇死亡率', 4, 5, null],
    ]);
    const share = ['主要指标', '| 指标 | 单位 | 2020年 | 2025年 |', '|---|---|---|---|', '| 达到省定办学标准的小学和初中学校比例 | % | 86 | 95 |'].join('\n');
    expect(extractText(PLAN + share).targets.map((t) => t.name)).toEqual(['达到省定办学标准的小学和初中学校比例']);
  });

  it('gives places or levels before one noun that whole noun (城市和农村社区综合服务设施覆盖率)', () => {
    expect(read('到2025年,城市和农村社区综合服务设施覆盖率分别达到100%和80%。').map((r) => r[0])).toEqual([
      '城市社区综合服务设施覆盖率',
      '农村社区综合服务设施覆盖率',
    ]);
    expect(read('到2025年,縣級和鄉鎮養老服務中心覆蓋率分別達到100%、60%。').map((r) => r[0])).toEqual(['县级养老服务中心覆盖率', '乡镇养老服务中心覆盖率']);
  });

  it('keeps one measure over a list whose parts are not each a catalog indicator when one value is given', () => {
    expect(read('到2025年,公办和普惠性民办幼儿园覆盖率达到85%。').map((r) => r[0])).toEqual(['公办和普惠性民办幼儿园覆盖率']);
  });

  it('keeps one name where the list qualifies one noun or is one catalog indicator', () => {
    expect(read('到2025年,失能、半失能老年人集中照护率达到60%。').map((r) => r[0])).toEqual(['失能、半失能老年人集中照护率']);
    expect(read('到2025年,困难残疾人生活补贴和重度残疾人护理补贴覆盖率达到100%。')).toEqual([
      ['困难残疾人生活补贴和重度残疾人护理补贴覆盖率', 100, '%', 'disability_subsidy_coverage'],
    ]);
  });
});

describe('targets with the measure words plans use', () => {
  it('reads them with their units, and a count with no measure word with unit null', () => {
    const list = extractText(`${PLAN}到2025年,新建社会足球场地50块,食品抽检量达到4批次/千人,城镇新增就业保持在5万左右,新建社区健身点不少于50个,建设不少于20社区食堂。`).targets;
    expect(list.map((t) => [t.name, t.target.op, t.target.value, t.unit])).toEqual([
      ['新建社会足球场地', '=', 50, '块'],
      ['食品抽检量', '=', 4, '批次/千人'],
      ['城镇新增就业', '~', 5, '万'],
      ['新建社区健身点', '>=', 50, '个'],
      ['建设社区食堂', '>=', 20, null],
    ]);
  });
});

describe('the end-of-text predicate and filler are found as the expressions find them', () => {
  // Leads as prose gives them: names, the expressions' own words, and characters that end none of them.
  const piece = fc.constantFrom(
    '养老床位', '达到', '达', '提高到', '保持', '保持在', '调整为', '不低于', '不超过', '为', '在', '至', '占', '的',
    '均', '都', '分别', '也', '总体', '全部', '基本', '将', '要', '力争', '争取', '取', '别', '体', ',', '、', '5', ' ', '𠀀',
  );
  it('gives PREDICATE.exec and the text without TRAILING_FILLER for any lead', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        expect(predicateOf(s)).toEqual(PREDICATE.exec(s));
        expect(withoutTrailingFiller(s)).toBe(s.replace(TRAILING_FILLER, ''));
      }),
      { numRuns: 2000 },
    );
    expect(predicateOf('养老床位数达到')?.index).toBe(5);
    expect(predicateOf('')).toBeNull();
    expect(withoutTrailingFiller('覆盖率均')).toBe('覆盖率');
  });
});

describe('leading context is stripped as the expression strips it', () => {
  // Every alternative of LEADING_CONTEXT, pieces of them, names and characters that open none of them.
  const piece = fc.constantFrom(
    '、', ',', '和', '及', '与', '并', '且', '以', '而', ';', ':', ' ', '\u3000', '\t', '▶', '►', '•', '●', '◆', '■', '□', '☆', '★',
    '※', '*', '·', '-', '—', '1.', '12、', '3)', '(4)', '三、', '(十二)', '其中:', '(其中', '到2025年底前', '2030年末', '“十四五”末',
    '十五五期间', '力争', '争取', '确保', '至少', '最少', '最多', '至多', '为全市', '对辖区', '向本市', '给', '辖区', '全市', '全新区', '我县',
    '本市', '年内', '今年', '计划', '将', '进一步', '原则上', '持续', '逐步', '到', '实现', '推动', '使', '我们', '还将', '还要', '也将', '也要', '同时', '去年', '上年', '上门服务', '还建房', '养老床位', '新建', 'A', '𠀀', '5',
  );
  it('gives the text without LEADING_CONTEXT, trimmed, for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const s = pieces.join('');
        expect(stripLeading(s)).toBe(s.replace(LEADING_CONTEXT, '').trim());
      }),
      { numRuns: 3000 },
    );
    expect(stripLeading('到2025年,养老床位')).toBe('养老床位');
    expect(stripLeading(' 养老床位 ')).toBe('养老床位');
  });

  // stripLeading reads a name's first character by code: the characters trim() drops must be exactly TRIMMED.
  it('knows every character trim() drops, so a name opening with any whitespace is still stripped', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (TRIMMED.includes(ch) !== (ch.trim() === '')) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
    for (const space of ['\n', '\u2028', '\u00a0', '\ufeff', '\u2003', '\u205f']) {
      expect(stripLeading(`${space}到2025年,养老床位`)).toBe('养老床位');
      expect(stripLeading(`${space}养老床位${space}`)).toBe('养老床位');
    }
  });
});

describe('the speaker and the adverbs of a work report are no part of a name', () => {
  it('names 我们将新建…两所, 还将新建…, 同时新增… by the work alone, an increment', () => {
    const text = '溪山县2026年民生实事\n我们将新建乡镇卫生院两所,还将新建儿童之家12所,同时新增养老床位300张,新建还建房200套。';
    const names = extractText(text).targets.map((t) => [t.name, t.kind]);
    expect(names).toEqual([
      ['新建乡镇卫生院', 'increment'],
      ['新建儿童之家', 'increment'],
      ['新增养老床位', 'increment'],
      ['新建还建房', 'increment'],
    ]);
  });
});

describe('a count of the people a service is for (为N名…提供…)', () => {
  it('names it by who is served and the service, 为 read as "for", not "is"', () => {
    expect(servedService('长者提供上门服务')).toBe('长者上门服务');
    expect(servedService('未成年人提供假期公益托管服务')).toBe('未成年人假期公益托管服务');
    expect(servedService('中小学生开展心理健康测评')).toBe('中小学生心理健康测评');
    // A verb that says what the work is stays.
    expect(servedService('残疾人适配辅助器具')).toBe('残疾人适配辅助器具');
    expect(servedFor('为80周岁以上老年人发放高龄津贴')).toBe('80周岁以上老年人高龄津贴');
    expect(servedFor('为全市困难群众提供法律援助')).toBe('困难群众法律援助');
    expect(servedFor('80周岁以上老年人发放高龄津贴')).toBeNull();
    // Not that shape: left as it is.
    expect(servedService('养老机构护理型床位占比')).toBeNull();
  });
});

describe('names of counts of people served, read from sentences', () => {
  const names = (text: string) => extractText(`某县社会福利三年行动计划(2026—2028年)\n${text}`).targets.map((t) => [t.name, t.target.value, t.unit]);

  it('reads 为两万名长者提供上门服务 and 为…服务12万人次 with one convention', () => {
    expect(names('到2028年,为两万名长者提供上门服务,为未成年人提供假期公益托管服务12万人次以上。')).toEqual([
      ['长者上门服务', 2, '万名'],
      ['未成年人假期公益托管服务', 12, '万人次'],
    ]);
  });

  it('names the people a service is for the same way when the count is in the next clause (为X发放Y,惠及N人; 为X提供Y,每年不少于N)', () => {
    const read = (text: string) =>
      extractText(`某县社会福利三年行动计划(2026—2028年)\n${text}`).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.per, t.quote]);
    expect(read('为80周岁以上老年人发放高龄津贴,惠及1.2万人。')).toEqual([
      ['80周岁以上老年人高龄津贴', 1.2, '万人', 'level', null, '为80周岁以上老年人发放高龄津贴,惠及1.2万人'],
    ]);
    expect(read('为全市60岁以上老年人提供免费体检,每年不少于10万人次。')).toEqual([
      ['60岁以上老年人免费体检', 10, '万人次', 'increment', '每年', '60岁以上老年人提供免费体检,每年不少于10万人次'],
    ]);
    // Work that is not for someone keeps its verb, with 惠及.
    expect(read('开展送戏下乡活动,惠及5万人。').map((r) => r[0])).toEqual(['开展送戏下乡活动惠及']);
  });
});

describe('the body that will do the work, named before it', () => {
  it('is left out of the name (市卫健委将新增…, 区民政局还将…), as 我们将 is', () => {
    expect(stripLeading('市卫健委将新增普惠托位')).toBe('新增普惠托位');
    expect(stripLeading('区民政局还将新建社区食堂')).toBe('新建社区食堂');
    // A measure that 将 follows is no body: it stays.
    expect(stripLeading('养老机构护理型床位占比将')).toBe('养老机构护理型床位占比将');
  });
});
