// A county plan's indicator table with group rows merged across (一、幼有所育), a 单位 column, no 序号, names wrapping
// over up to three lines, a unit of two pieces (1/10万) and values with their own comparators (≥90, 95以上, <9, [3000]).
// As an HTML page for LibreOffice (cells set at the top or centred, the header on one row or 目标值 over the years: tests/fixtures/pdftotext/make-grouped-tables.ts
// turns each into a PDF and that into pdftotext's text), and as the same table in pipe rows, what the text must give.
const TITLE = '某县“十五五”民生事业发展规划';
const LEAD = '坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，补齐民生短板，推动基本公共服务均等化、普惠化、便捷化。到2030年，全县基本公共服务水平明显提高。';
const HEADER = ['指标', '单位', '2025年', '2030年', '属性'];
const ROWS: (string | string[])[] = [
  '一、幼有所育',
  ['每千人口拥有3岁以下婴幼儿托位数', '个', '4.1', '5.5', '预期性'],
  ['普惠性托育服务机构覆盖乡镇(街道)的比例', '%', '60', '≥90', '约束性'],
  '二、学有所教',
  ['学前教育毛入园率', '%', '91', '95以上', '预期性'],
  ['义务教育学校达到省定办学标准的小学和初中学校比例', '%', '88.5', '98', '约束性'],
  ['劳动年龄人口平均受教育年限', '年', '11.2', '11.8', '约束性'],
  '三、病有所医',
  ['孕产妇死亡率', '1/10万', '9.5', '<9', '约束性'],
  ['婴儿死亡率', '‰', '3.6', '<4.5', '约束性'],
  ['每千人口执业(助理)医师数', '人', '3.1', '3.6', '预期性'],
  '四、老有所养',
  ['新增养老床位', '张', '—', '[3000]', '预期性'],
  ['养老机构护理型床位占比', '%', '58', '65', '约束性'],
  ['城乡居民基本养老保险参保率', '%', '95', '96以上', '预期性'],
];

export function groupedTableTxt(): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [TITLE, LEAD, '表1 主要指标', row(HEADER), ...ROWS.map((r) => (typeof r === 'string' ? row([r, '', '', '', '']) : row(r))), '注:[]内为五年累计数。'].join('\n');
}

/** The page; with `twoRowHeader`, 目标值 spans 2025年 | 2030年 in a second header row and the other headings span both. */
export function groupedTableHtml(valign: 'top' | 'middle', twoRowHeader = false): string {
  const td = (c: string) => `<td valign="${valign}">${c}</td>`;
  const span = (c: string) => `<td rowspan="2" valign="${valign}">${c}</td>`;
  const header = twoRowHeader
    ? `<tr>${span('指标')}${span('单位')}<td colspan="2" valign="${valign}">目标值</td>${span('属性')}</tr><tr>${td('2025年')}${td('2030年')}</tr>`
    : `<tr>${HEADER.map(td).join('')}</tr>`;
  const rows = ROWS.map((r) => (typeof r === 'string' ? `<tr><td colspan="5" valign="${valign}">${r}</td></tr>` : `<tr>${r.map(td).join('')}</tr>`));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title>
<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt} table{border-collapse:collapse} td{border:1px solid #000;padding:2pt}</style></head><body>
<p>某县人民政府办公室</p><h1>${TITLE}</h1><p>${LEAD}</p><p>表1 主要指标</p>
<table><col width="150"><col width="60"><col width="70"><col width="70"><col width="60">
${header}
${rows.join('\n')}
</table><p>注：[]内为五年累计数。</p></body></html>`;
}

/** The same rows under a 领域 column merged down each group's rows (rowspan), set at the top or centred. */
function domainGroups(): { domain: string; rows: string[][] }[] {
  const groups: { domain: string; rows: string[][] }[] = [];
  for (const r of ROWS) {
    if (typeof r === 'string') groups.push({ domain: r.replace(/^[一二三四五六七八九十]+、/u, ''), rows: [] });
    else groups[groups.length - 1]?.rows.push(r);
  }
  return groups;
}

export function domainTableTxt(): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const body = domainGroups().flatMap((g) => g.rows.map((r) => row([g.domain, ...r])));
  return [TITLE, LEAD, '表1 主要指标', row(['领域', ...HEADER]), ...body, '注:[]内为五年累计数。'].join('\n');
}

export function domainTableHtml(valign: 'top' | 'middle'): string {
  const td = (c: string) => `<td valign="${valign}">${c}</td>`;
  const body = domainGroups().flatMap((g) => g.rows.map((r, k) => `<tr>${k === 0 ? `<td rowspan="${g.rows.length}" valign="${valign}">${g.domain}</td>` : ''}${r.map(td).join('')}</tr>`));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title>
<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt} table{border-collapse:collapse} td{border:1px solid #000;padding:2pt}</style></head><body>
<p>某县人民政府办公室</p><h1>${TITLE}</h1><p>${LEAD}</p><p>表1 主要指标</p>
<table><col width="60"><col width="150"><col width="60"><col width="70"><col width="70"><col width="60">
<tr>${['领域', ...HEADER].map(td).join('')}</tr>
${body.join('\n')}
</table><p>注：[]内为五年累计数。</p></body></html>`;
}
