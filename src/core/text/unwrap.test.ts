import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, originalSlice } from './normalize';
import { findJoins, unwrap } from './unwrap';

/** A paragraph hard-wrapped at `width` CJK characters, as pdftotext writes it. */
function wrapped(paragraph: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines.join('\n');
}

const PARAGRAPH =
  '全面推进健康城市建设,持续深化医药卫生体制改革,到2030年全市居民健康素养水平达到35%以上,每千人口执业医师数达到3.8人,' +
  '县域内就诊率保持在90%左右,基层医疗卫生机构诊疗量占比稳定在65%以上,二级以上公立医院全部建成互联网医院。';

describe('unwrap: hard-wrapped lines read as the sentence they were', () => {
  it('joins a paragraph wrapped at a fixed width, so a sentence keeps its name and value together', () => {
    const text = `第一章 健康城市\n\n${wrapped(PARAGRAPH, 24)}\n`;
    const n = normalize(text);
    expect(n.text).toContain(PARAGRAPH);
    expect(n.text.startsWith('第一章 健康城市\n\n')).toBe(true);
  });

  it('joins a sentence over a page number, and its span still covers exactly what was written', () => {
    const text = '(二)学有所教。义务教育学校标准化建设达标率达到100%,高中阶段教育毛入\n— 12 —\n学率稳定在97%以上。\n';
    const n = normalize(text);
    const at = n.text.indexOf('高中阶段教育毛入学率稳定在97%以上');
    expect(at).toBeGreaterThan(0);
    const span = { start: at, end: at + '高中阶段教育毛入学率稳定在97%以上'.length };
    expect(originalSlice(n, span)).toBe('高中阶段教育毛入\n— 12 —\n学率稳定在97%以上');
  });

  it('leaves a table flattened one cell per line, lists, headings and ended sentences alone', () => {
    const table = '序号\n指标\n单位\n2025年\n2030年\n属性\n1\n每千人口拥有3岁以下婴幼儿托位数\n个\n3.8\n5.5\n预期性';
    const list = [
      '(一)幼有所育。到2030年,普惠托位占比达到65%以上,每个街道至少建有1个嵌入式托育服务点,覆盖城乡',
      '(二)学有所教。义务教育学校标准化建设达标率达到100%,高中阶段教育毛入学率稳定在97%以上覆盖',
      '(三)病有所医。全市居民健康素养水平比2025年提高5个百分点,县域内就诊率保持在90%左右覆盖城乡',
      '1.老有所养。65岁及以上老年人健康管理率达到70%—75%,累计新增养老床位3000张,覆盖城乡全体老人',
      '第五条 住有所居。城镇老旧小区改造五年累计完成600个,基本完成2000年底前建成的老旧小区改造',
      '　　全市新增城镇就业岗位累计达到50万个,城镇调查失业率控制在5.5%以内,覆盖城乡全体劳动者群体',
      '| 指标 | 2025年 | 2030年 | 属性 | 备注 | 说明 | 来源 | 口径 | 其他 | 单位 |',
    ].join('\n');
    expect(findJoins(table)).toEqual([]);
    expect(findJoins(list)).toEqual([]);
    expect(normalize(`${table}\n\n${list}`).text.split('\n')).toHaveLength(`${table}\n\n${list}`.split('\n').length);
  });

  it('keeps words apart when it joins Latin text', () => {
    const line = 'The county will raise the share of nursing beds in its care homes to';
    const text = [line, line.replace('to', 'by'), line.replace('to', 'at'), 'seventy percent by 2030.'].join('\n');
    expect(normalize(text).text).toBe([line, line.replace('to', 'by'), line.replace('to', 'at'), 'seventy percent by 2030.'].join(' '));
  });

  it('joins the columns of a two-column page at their own narrower width, in a document whose other pages run the full width', () => {
    const FILLER = '坚持尽力而为、量力而行,聚焦群众最关心最直接最现实的利益问题,补足基本公共服务短板,织密扎牢社会保障网,推动基本公共服务均等化、普惠化、便捷化。';
    const full = Array.from({ length: 4 }, () => wrapped(FILLER + FILLER, 45)).join('\n');
    const column = Array.from({ length: 6 }, () => wrapped(FILLER, 20)).join('\n');
    const text = `${full}\n${column}\n到2030年,全市新建城市社区综合服务站20\n个,每个街道至少建成1个综合为老服务中心。\n${column}\n`;
    expect(normalize(text).text).toContain('全市新建城市社区综合服务站20个,每个街道');
  });

  it('joins no short list items at a narrower width: they end their sentences', () => {
    const items = ['新开工改造城镇老旧小区3011万平方米。', '建设100个口袋公园、10座体育公园。', '加装农村公路安全护栏4000公里。'];
    const wide = wrapped(PARAGRAPH + PARAGRAPH, 45);
    const text = `${wide}\n2025年重庆将接续办好15件重点民生实事\n2025-01-19 10:47:47 来源: 第1眼TV-华龙网\n${Array.from({ length: 6 }, () => items.join('\n')).join('\n')}\n`;
    expect(normalize(text).text).toContain('重点民生实事\n2025-01-19');
  });
});

/** Lines of varied length and shape: wrapped prose, cells, items, headings, page numbers, blank lines. */
const LINE = fc.oneof(
  fc.constantFrom('— 3 —', '', '序号', '3.8', '(一)幼有所育。', '1.老有所养', '第二章 目标', '| a | b |', '　　缩进段落'),
  fc.string({ unit: fc.constantFrom(...'养老托育目标新增达到个张所率,。0123456789%'), maxLength: 30 }),
  fc.constantFrom(PARAGRAPH.slice(0, 24), PARAGRAPH.slice(24, 48), PARAGRAPH.slice(48, 72)),
);

describe('unwrap properties', () => {
  it('never joins a line of a table, list or heading, is idempotent, and maps every span back', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const once = unwrap(text, null);
        // Only line breaks (and page-number lines between them) are dropped: what is left keeps its characters.
        const dropped = findJoins(text).map((j) => text.slice(j.start, j.end));
        for (const d of dropped) expect(d).toMatch(/^\n(?:\s*—\s*\d+\s*—\s*\n)?$/u);
        for (const j of findJoins(text)) {
          const next = text.slice(j.end, text.indexOf('\n', j.end) < 0 ? text.length : text.indexOf('\n', j.end));
          expect(next).not.toMatch(/^(?:\(|\||第|\u3000|\d+\.|[一二三四五六七八九十]+、)/u);
          const before = text.slice(0, j.start);
          expect(before).not.toMatch(/[。;:!?]$/u);
        }
        expect(unwrap(once.text, null).text).toBe(once.text);
        // Every unit of the result maps back to the unit it came from.
        const map = once.map;
        let last = -1;
        for (let i = 0; i < once.text.length; i++) {
          const from = map ? (map.start[i] ?? -1) : i;
          const ch = once.text[i];
          expect(ch === ' ' ? text[from] === '\n' || text[from] === ' ' : text[from] === ch).toBe(true);
          expect(from).toBeGreaterThan(last);
          last = from;
        }
      }),
    );
  });
});
