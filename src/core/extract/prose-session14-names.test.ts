// Leftovers session 13 named (h-names4), one test per family; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某县“十五五”教育和托育发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind]);
const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year]);

describe('a 分别 list of counts in one unit', () => {
  it('pairs things each item names with their values (托位和学位…6000个和4500个), the first item’s verb theirs', () => {
    // The whole list was one target, 新增托位和学位 6000 (read as new childcare places), and the 4500 was lost.
    expect(rows(`${PLAN}到2030年,全县新增托位和学位分别达到6000个和4500个。`)).toEqual([
      ['新增托位', 6000, '个', 'increment'],
      ['新增学位', 4500, '个', 'increment'],
    ]);
    // Three items, 以及 before the last, and reported as reached alike.
    expect(rows(`${PLAN}到2030年,新建幼儿园、中小学以及乡镇卫生院分别为12所、7所和4所。`)).toEqual([
      ['新建幼儿园', 12, '所', 'increment'],
      ['新建中小学', 7, '所', 'increment'],
      ['新建乡镇卫生院', 4, '所', 'increment'],
    ]);
    expect(reached('截至2025年底,全县新增托位和学位分别为2100个和1800个。')).toEqual([
      ['新增托位', 2100, '个', 'increment', 2025],
      ['新增学位', 1800, '个', 'increment', 2025],
    ]);
    // Work verbs sharing one noun are clear too: each verb's own count of it.
    expect(rows(`${PLAN}“十五五”期间,新建和改扩建幼儿园分别达到9所和14所。`)).toEqual([
      ['新建幼儿园', 9, '所', 'cumulative'],
      ['改扩建幼儿园', 14, '所', 'cumulative'],
    ]);
  });

  it('gives no record when the items are kinds or places of one thing, or fewer than the values', () => {
    // 公办和民办托位, 城市和农村养老床位: which value is whose is plain to a reader only through the shared noun, and a
    // wrong pair is worse than none; the whole list named with the first value (新增公办和民办托位 6000) was wrong.
    expect(rows(`${PLAN}到2030年,新增公办和民办托位分别达到6000个和2500个。`)).toEqual([]);
    expect(rows(`${PLAN}到2030年,新增城市和农村养老床位分别达到800张和600张。`)).toEqual([]);
    expect(rows(`${PLAN}到2030年,新增托位和学位分别达到6000个、4500个和900个。`)).toEqual([]);
  });
});
