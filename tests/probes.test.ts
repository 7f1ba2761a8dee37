// Texts written in the styles researchers collect (a province's 十五五 chapter with its indicator table one cell
// per line, an annual 民生实事 list and a county work report in Chinese numerals, a 托育 action plan, news of a
// 民生工程 with 今年/去年 figures, traditional-character 社會福利 texts). They found the families of errors fixed with
// them (Chinese numerals, 惠及 after a count, a subject or measure left out, 我们将/还将, years written 二〇二八年,
// "十四五" in straight quotes), so they are no held-out score: a guard that every figure they state stays read,
// with its value, unit and kind, and quoted exactly as written.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import { normalize } from '../src/core/text/normalize';

const dir = fileURLToPath(new URL('./fixtures/probes/', import.meta.url));

/** Per probe, its prose targets in text order: name, value, unit, kind. */
const expected: Record<string, [string, number, string, string][]> = {
  'p1-province-15th-chapter.txt': [
    ["二级及以上公立综合医院设置老年医学科的比例", 90, "%", "level"],
    ["二级及以上公立综合医院设置康复医学科的比例", 80, "%", "level"],
    ["新建幼儿园两所以上的县比例", 90, "%", "level"],
    ["特殊教育学校", 1, "所", "level"],
    ["养老机构护理型床位占比", 65, "%", "level"],
    ["城乡居民基本养老保险参保率", 97, "%", "level"],
    ["每千人口拥有3岁以下婴幼儿托位数", 4.5, "个", "level"],
  ],
  'p2-annual-livelihood.txt': [
    ["新建幼儿园", 2, "所", "increment"],
    ["新增学位", 1200, "个", "increment"],
    ["新建城乡社区幸福院", 5, "个", "increment"],
    ["新建城乡社区幸福院惠及", 3000, "人", "increment"],
    ["困难群众免费配发助听器", 300, "台", "increment"],
    ["改造农村公路", 120, "公里", "increment"],
    ["新增公交线路", 12, "条", "increment"],
    ["新建公办托育机构", 3, "所", "increment"],
    ["新增普惠托位", 600, "个", "increment"],
    ["提供免费健康体检", 120, "万人", "increment"],
    ["新增城镇就业", 3, "万人", "increment"],
    ["开展职业技能培训", 2, "万人次", "increment"],
  ],
  'p3-county-work-report.txt': [
    ["城镇新增就业", 4000, "人", "increment"],
    ["城镇调查失业率", 5.5, "%", "level"],
    ["居民人均可支配收入增长", 6, "%", "level"],
    ["新建乡镇卫生院", 2, "所", "increment"],
    ["改扩建村卫生室", 20, "个", "increment"],
    ["家庭医生签约服务覆盖率", 80, "%", "level"],
    ["新建中小学", 3, "所", "increment"],
    ["新增学位", 2400, "个", "increment"],
    ["建成县级养老服务中心", 1, "个", "increment"],
    ["新增养老床位", 300, "张", "increment"],
  ],
  'p4-tuoyu-action.txt': [
    ["每千人口拥有3岁以下婴幼儿托位数", 4.5, "个", "level"],
    ["普惠托位占比", 60, "%", "level"],
    ["普惠托育服务点", 1, "个", "level"],
    ["新建示范性托育机构", 12, "所", "increment"],
    ["培训托育从业人员", 1500, "人次", "increment"],
    ["托育机构备案率", 100, "%", "level"],
    ["新增普惠托位", 1000, "个", "increment"],
    ["新增普惠托位", 1200, "个", "increment"],
  ],
  'p5-news.txt': [
    ["新建社区嵌入式养老服务中心", 15, "个", "increment"],
    ["新增养老床位", 1000, "张", "increment"],
    ["新建儿童之家", 12, "所", "increment"],
    ["新建城市书房", 8, "个", "increment"],
    ["服务群众", 10, "万人次", "level"],
  ],
  'p6-traditional.txt': [
    ["养老机构护理型床位占比", 60, "%", "level"],
    ["综合养老服务中心", 1, "所", "level"],
    ["新建残疾人康复机构", 2, "所", "increment"],
    ["新增康复床位", 200, "张", "increment"],
    ["残疾儿童康复救助覆盖率", 95, "%", "level"],
    ["社会救助对象动态管理率", 100, "%", "level"],
  ],
  'p7-news-lastyear.txt': [
    ["新增普惠托位", 3000, "个", "increment"],
    ["每千人口托位数", 4.5, "个", "level"],
    ["托育服务覆盖率提高", 5, "个百分点", "increment"],
  ],
  'p8-trad-hk.txt': [
    ["新建长者日间照顾中心", 12, "所", "increment"],
    ["新增资助安老宿位", 1500, "个", "increment"],
    ["长者上门服务", 2, "万名", "level"],
    ["特殊教育学校适龄残疾儿童入学率", 95, "%", "level"],
  ],
  'p9-plan-mixed.txt': [
    ["每千人口拥有3岁以下婴幼儿托位数", 5, "个", "level"],
    ["普惠托位占比", 60, "%", "level"],
    ["新建、改扩建公办幼儿园", 20, "所", "increment"],
    ["新增学位", 6000, "个", "increment"],
    ["普惠性学位", 5000, "个", "increment"],
    ["新建街道综合养老服务中心", 15, "个", "increment"],
    ["街道综合养老服务中心", 1, "个", "level"],
    ["养老机构护理型床位占比", 70, "%", "level"],
    ["养老机构护理型床位占比(农村)", 60, "%", "level"],
  ],
};

describe('probe texts in the styles researchers collect', () => {
  it('covers every probe file', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, targets] of Object.entries(expected)) {
    it(`reads ${file}`, () => {
      const text = readFileSync(dir + file, 'utf8');
      const r = extractText(text);
      const prose = r.targets.filter((t) => t.source === 'prose');
      expect(prose.map((t) => [t.name, t.target.value, t.unit, t.kind])).toEqual(targets);
      // The quote is the text as written (Chinese numerals, traditional characters), where the record points.
      for (const t of prose) expect(normalize(text.slice(t.start, t.end)).text).toBe(t.quote);
    });
  }

  it('dates a county work report by the session it was given to, so 今年 is that year', () => {
    const r = extractText(readFileSync(dir + 'p3-county-work-report.txt', 'utf8'));
    expect(r.metadata).toMatchObject({ plan_title: '溪山县人民政府工作报告', issued: '2026-01-20', kind: 'annual_programme', period: { start: 2026, end: 2026 } });
    expect(new Set(r.targets.map((t) => t.target.year))).toEqual(new Set([2026]));
  });
});

